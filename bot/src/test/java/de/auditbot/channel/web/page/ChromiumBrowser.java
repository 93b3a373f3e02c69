package de.auditbot.channel.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's Chromium headless through Debian's chromedriver. Both paths are pinned, so that
 * Selenium Manager never tries to download a browser or driver (the machine has no such access);
 * the flags keep Chromium from reaching out to the network on its own.
 */
public final class ChromiumBrowser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ChromiumBrowser() {
    }

    /** A new headless browser with an empty profile and the given window size in CSS pixels. */
    public static ChromeDriver start(int width, int height) {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing. The browser tests of the chat page need "
                        + "Debian's Chromium and its driver: apt-get install -y chromium chromium-driver "
                        + "(.ci/run installs them).");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-color-profile=srgb",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String profile() {
        try {
            Path directory = Files.createTempDirectory("auditbot-chromium-");
            directory.toFile().deleteOnExit();
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
