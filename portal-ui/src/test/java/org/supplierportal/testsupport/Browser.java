package org.supplierportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven by Selenium, with the few moves the portal's browser tests need. Vaadin renders
 * its inputs in the light DOM, so plain CSS selectors reach them.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Browser.class);
    private static boolean versionsLogged;

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
        logVersionsOnce(driver);
    }

    /** Which browser and driver the run tests with: Debian's chromium moves on between machines. */
    private static synchronized void logVersionsOnce(ChromeDriver driver) {
        if (!versionsLogged) {
            versionsLogged = true;
            Object chrome = driver.getCapabilities().getCapability("chrome");
            String driverVersion = chrome instanceof java.util.Map<?, ?> info ? String.valueOf(info.get("chromedriverVersion")) : "?";
            log.info("Browser tests run in chromium {} with chromedriver {}",
                    driver.getCapabilities().getBrowserVersion(), driverVersion);
        }
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

    /**
     * The element's rendered text, all of it, whether scrolled into the view or not. Selenium's getText() leaves out
     * what lies outside the scrolling main area with chromedriver 156: an incident's facts read "PO 4500015980"
     * without ", line 10" only because that row sat above the visible part of the page (issue 9). A screen that
     * renders the element again between finding and reading it: the new one is read, as a person reads it.
     */
    public String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ready -> {
                    WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(ready);
                    return element == null ? null : renderedText(element);
                });
    }

    private String renderedText(WebElement element) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].innerText", element)).strip();
    }

    /**
     * Types into a field as a person does: focus it by a click, select what is there, type the text key by key, then
     * leave the field with Tab. The browser itself raises the input and change events, in its own order; no
     * synthetic events (a newer chromium dropped a value committed by a synthetic change event before the field's
     * own one, issue 9).
     */
    public Browser type(By by, String text) {
        typeKeys(find(by), text);
        sendKeys(Keys.TAB);
        waitForVaadin();
        return this;
    }

    /** Types into a Vaadin field (text, number, text area, combo box) by its id, as a person does; see {@link #type}. */
    public Browser fill(String fieldId, String value) {
        return type(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"), value);
    }

    /** Types a date into a Vaadin date picker as a person does (in the US format the test browser uses), then Enter. */
    public Browser fillDate(String fieldId, java.time.LocalDate date) {
        WebElement input = find(By.cssSelector("#" + fieldId + " input"));
        typeKeys(input, date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        return this;
    }

    private void typeKeys(WebElement field, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    /** Key strokes to whatever has the focus, as a person presses them. */
    public Browser sendKeys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Chooses an option of a Vaadin radio button group by its label. */
    public Browser choose(String groupId, String label) {
        click(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']//label"));
        return this;
    }

    /**
     * Clicks the element as soon as it can be clicked. A screen that renders a section again (a refresh while the
     * element was being found) replaces the element: then it is found again, as a person would click the new one.
     */
    public Browser click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(ready -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(ready);
            if (element == null) {
                return false;
            }
            // Into the middle of the view first: a sticky bar or the edge of a scrolling panel must not cover it.
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
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
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ignored -> driver.findElements(by).stream().anyMatch(element -> renderedText(element).contains(text)));
        return this;
    }

    /**
     * Waits for a confirmation (a Vaadin notification) with this text. Several may be open at once, the older ones
     * closing: any of them counts.
     */
    public Browser waitUntilNotification(String text) {
        waitUntilAnyNotification(text);
        return this;
    }

    /** Waits for a notification saying one of the texts; returns the one it says. */
    public String waitUntilAnyNotification(String... texts) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.concurrent.atomic.AtomicReference<String> found = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(200)).until(ignored ->
                    driver.findElements(By.tagName("vaadin-notification-card")).stream().anyMatch(card -> {
                        try {
                            String shown = card.getText();
                            seen.add(shown);
                            java.util.Arrays.stream(texts).filter(shown::contains).findFirst().ifPresent(found::set);
                            return found.get() != null;
                        } catch (org.openqa.selenium.StaleElementReferenceException closed) {
                            return false;
                        }
                    }));
        } catch (org.openqa.selenium.TimeoutException missing) {
            throw new AssertionError("No notification saying " + java.util.Arrays.toString(texts)
                    + "; the notifications seen meanwhile: " + seen, missing);
        }
        return found.get();
    }

    /** All the page's rendered text (see {@link #text}): what a person reads by scrolling through it. */
    public String pageText() {
        return renderedText(driver.findElement(By.tagName("body")));
    }

    /**
     * Chooses a file in a Vaadin upload, as a person does in the file dialog: the new choice replaces the last one
     * (chromedriver appends to a multiple-file input's selection otherwise, and the earlier file is sent again).
     */
    public Browser upload(String uploadId, Path file) {
        WebElement input = driver.findElement(By.id(uploadId)).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = ''", input);
        input.sendKeys(file.toString());
        waitForVaadin();
        return this;
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

    /** What a link of the page downloads, fetched with the browser's session (headless chromium keeps downloads to itself). */
    public HttpResponse<byte[]> download(By link) {
        String href = find(link).getAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("Downloading " + href + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
