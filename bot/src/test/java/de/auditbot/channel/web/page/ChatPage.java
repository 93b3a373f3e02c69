package de.auditbot.channel.web.page;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page as a test sees it: what the bot said, the quick replies, the progress bar and the
 * result. Every action waits until the page has drawn the bot's answer, which the page signals
 * by clearing {@code aria-busy} on its message log.
 */
public final class ChatPage {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final String root;

    public ChatPage(WebDriver driver, int port) {
        this.driver = driver;
        this.root = "http://127.0.0.1:" + port + "/";
    }

    /** Opens a new conversation and waits for the greeting. */
    public ChatPage openNew() {
        driver.get("about:blank");
        driver.get(root);
        waitUntilIdle(1);
        return this;
    }

    /** Opens an address relative to the page, e.g. a shared link, and waits until the page is idle. */
    public ChatPage openAddress(String relative) {
        driver.get("about:blank");
        driver.get(root + relative);
        waitUntilIdle(0);
        return this;
    }

    /** Loads the page again at its current address, as a reload or a shared link does. */
    public ChatPage reload() {
        String address = driver.getCurrentUrl();
        driver.get("about:blank");
        driver.get(address);
        waitUntilIdle(1);
        return this;
    }

    public String address() {
        return driver.getCurrentUrl();
    }

    public void clickQuickReply(String text) {
        int before = botMessages().size();
        WebElement button = quickReplies().stream()
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No quick reply '" + text + "' among " + quickReplyTexts()));
        button.click();
        waitUntilIdle(before + 1);
    }

    /** Types into the message field and presses Enter. */
    public void type(String text) {
        int before = botMessages().size();
        WebElement input = driver.findElement(By.id("message-input"));
        input.sendKeys(text, Keys.ENTER);
        waitUntilIdle(before + 1);
    }

    /** Presses keys on whatever has focus, as a keyboard-only user does. */
    public void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Presses keys on whatever has focus and waits for the bot's answer they cause. */
    public void pressAndAwaitBot(CharSequence... keys) {
        int before = botMessages().size();
        press(keys);
        waitUntilIdle(before + 1);
    }

    /**
     * Types a team name into the team field and applies it, which starts a new conversation for
     * that team in the same page; waits for its greeting.
     */
    public void chooseTeam(String name) {
        String before = address();
        WebElement field = driver.findElement(By.id("team-input"));
        field.clear();
        field.sendKeys(name, Keys.ENTER);
        new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(20)).withMessage(() -> "a new conversation")
                .until(d -> !d.getCurrentUrl().equals(before)
                        && "false".equals(d.findElement(By.id("messages")).getDomAttribute("aria-busy"))
                        && botMessages().size() == 1);
    }

    /** Clicks the language switch in the page header and waits for the bot's answer. */
    public void switchLanguage() {
        int before = botMessages().size();
        driver.findElement(By.id("language-switch")).click();
        waitUntilIdle(before + 1);
    }


    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public List<WebElement> botMessages() {
        return driver.findElements(By.cssSelector("#messages .message--bot .message__text"));
    }

    public List<WebElement> userMessages() {
        return driver.findElements(By.cssSelector("#messages .message--user .message__text"));
    }

    public String lastBotText() {
        List<WebElement> messages = botMessages();
        return messages.get(messages.size() - 1).getText();
    }

    public List<WebElement> quickReplies() {
        return driver.findElements(By.cssSelector("#quick-replies button"));
    }

    public List<String> quickReplyTexts() {
        return quickReplies().stream().map(WebElement::getText).toList();
    }

    public String progressLabel() {
        return driver.findElement(By.id("progress-label")).getText();
    }

    public String progressAnswered() {
        return driver.findElement(By.id("progress-answered")).getText();
    }

    public String progressValue() {
        return driver.findElement(By.id("progress-bar")).getDomProperty("value");
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public WebElement result() {
        return driver.findElement(By.id("result"));
    }

    public WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> elements(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Writes a screenshot of the whole page to target/screenshots/ for people to look at. */
    public Path screenshot(String name) {
        return Screenshots.of(driver, name, "html");
    }

    /** The same for one part of the page, e.g. the result below a long conversation. */
    public Path screenshot(String name, String css) {
        return Screenshots.of(driver, name, css);
    }

    private void waitUntilIdle(int botMessages) {
        new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(20)).withMessage(() -> "the bot's answer (" + botMessages + " bot messages)")
                .until(d -> "false".equals(d.findElement(By.id("messages")).getDomAttribute("aria-busy"))
                        && botMessages().size() >= botMessages);
    }
}
