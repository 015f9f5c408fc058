package org.supplierportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven by Selenium, with the few moves the portal's browser tests need. Vaadin renders
 * its inputs in the light DOM, so plain CSS selectors reach them.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(int port) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("portal-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** The underlying driver, for the rare check the helpers here do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
        return this;
    }

    public Browser logIn(String username, String password) {
        open("/login");
        type(By.cssSelector("vaadin-login-form input[name=username]"), username);
        type(By.cssSelector("vaadin-login-form input[name=password]"), password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));
        waitForVaadin();
        return this;
    }

    public Browser logOut() {
        click(By.id("logout"));
        waitUntilPath("/login");
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    public Browser type(By by, String text) {
        WebElement element = find(by);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Sets a Vaadin field's value the way a user would leave it: typed, then committed with a change event. */
    public Browser fill(String fieldId, String value) {
        WebElement input = find(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.clear();
        input.sendKeys(value);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        return this;
    }

    /** Types a date into a Vaadin date picker the way a user does (in the US format the test browser uses). */
    public Browser fillDate(String fieldId, java.time.LocalDate date) {
        WebElement input = find(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
        return this;
    }

    /** Chooses an option of a Vaadin radio button group by its label. */
    public Browser choose(String groupId, String label) {
        click(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']//label"));
        return this;
    }

    public Browser click(By by) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(by));
        // Into the middle of the view first: a sticky bar or the edge of a scrolling panel must not cover it.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
        return this;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public Browser waitUntilPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> path().equals(path));
        waitForVaadin();
        return this;
    }

    public Browser waitUntilText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    /**
     * Waits for a confirmation (a Vaadin notification) with this text. Several may be open at once, the older ones
     * closing: any of them counts.
     */
    public Browser waitUntilNotification(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(200)).until(ignored ->
                driver.findElements(By.tagName("vaadin-notification-card")).stream().anyMatch(card -> {
                    try {
                        return card.getText().contains(text);
                    } catch (org.openqa.selenium.StaleElementReferenceException closed) {
                        return false;
                    }
                }));
        return this;
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Menu entries shown in the navigation. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Waits until Vaadin has no pending server round trip. */
    public void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (document.readyState !== 'complete') return false;"
                        + "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary browser profile does not affect any result.
        }
    }
}
