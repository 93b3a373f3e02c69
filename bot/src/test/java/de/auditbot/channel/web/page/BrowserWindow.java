package de.auditbot.channel.web.page;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The conditions a page is seen under, whatever the page: window size, the system's colour
 * scheme, and what the browser console reports.
 */
public final class BrowserWindow {

    private final ChromeDriver driver;

    public BrowserWindow(ChromeDriver driver) {
        this.driver = driver;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Switches between the light and the dark colour scheme, as the system setting does. */
    public void darkScheme(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** How many CSS pixels the page is wider than the window (0: no sideways scrolling). */
    public long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** What the page wrote to the console at warning level or above since the last call (script errors, CSP). */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString)
                .toList();
    }
}
