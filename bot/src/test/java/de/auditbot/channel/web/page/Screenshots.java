package de.auditbot.channel.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Screenshots of the page or a part of it, for people to look at. A screenshot shows only what
 * fits into the window, so the window grows to the part's height for the picture and shrinks back.
 */
final class Screenshots {

    private static final int MAX_HEIGHT = 12_000;

    private Screenshots() {
    }

    static Path of(WebDriver driver, String name, String css) {
        Path directory = Path.of(System.getProperty("auditbot.browser.screenshots", "target/screenshots"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebElement part = driver.findElement(By.cssSelector(css));
        Dimension window = driver.manage().window().getSize();
        long chrome = (Long) js.executeScript("return window.outerHeight - window.innerHeight;");
        try {
            Files.createDirectories(directory);
            int height = (int) Math.min(part.getRect().getHeight() + chrome, MAX_HEIGHT);
            driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(height, window.getHeight())));
            js.executeScript("arguments[0].scrollIntoView();", part);
            Path target = directory.resolve(name + ".png");
            Files.copy(part.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
