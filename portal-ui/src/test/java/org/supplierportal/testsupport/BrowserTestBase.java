package org.supplierportal.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One headless chromium per test class, logged out before each test; a screenshot of each test's last screen. */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {

    public static final String DEMO_PASSWORD = "demo123";

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void keepLastScreenAndLogOut(TestInfo test) {
        browser.screenshot(Path.of("target", "screenshots",
                getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test") + ".png"));
        browser.clearCookies();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
