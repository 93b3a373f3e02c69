package de.auditbot.channel.web;

import de.auditbot.channel.web.page.AxeCheck;
import de.auditbot.channel.web.page.BrowserWindow;
import de.auditbot.channel.web.page.ChatPage;
import de.auditbot.channel.web.page.ChromiumBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;

/**
 * A test class (one instance for all its tests) that drives the bot's chat page in one headless
 * Chromium window of desktop size, with axe-core at hand: the browser starts before the first test
 * and quits after the last.
 */
abstract class ChatPageInChromium {

    static final int DESKTOP_WIDTH = 1000;
    static final int DESKTOP_HEIGHT = 800;

    @Value("${local.server.port}")
    int port;

    ChromeDriver driver;
    AxeCheck axe;
    ChatPage page;
    BrowserWindow window;

    @BeforeAll
    void startBrowser() {
        axe = AxeCheck.load();
        driver = ChromiumBrowser.start(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        page = new ChatPage(driver, port);
        window = new BrowserWindow(driver);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
