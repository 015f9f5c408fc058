package org.supplierportal.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.Browser;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.ErpIntegrationTest;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * The admin's integration screen with Tryton connected: a record that could not be taken in is replayed from its
 * dead letter once fixed in Tryton, a parked order is retried, and an import is started, each from its section of
 * the screen and confirmed there.
 */
@ErpIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationScreenBrowserIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @LocalServerPort
    int port;
    @Autowired
    ErpJobs jobs;
    @Autowired
    IntegrationMonitor monitor;
    @Autowired
    Actors actors;

    Browser browser;
    TrytonBuyer buyer;

    @BeforeAll
    void start() {
        TrytonTestServer tryton = TrytonTestServer.get();
        tryton.start();
        buyer = new TrytonBuyer(tryton.rpc());
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        // The product's code back, whatever happened: other tests place orders for it.
        buyer.setProductCode("Spare part for the dead-letter test", "ZZ-0001");
        if (browser != null) {
            browser.screenshot(Path.of("target", "screenshots", "IntegrationScreenBrowserIT.png"));
            browser.close();
        }
    }

    @Test
    void anAdminReplaysAFixedDeadLetterRetriesAParkedOrderAndStartsAnImportFromTheScreen() {
        long malformed = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("ZZ-0001", 5, "3.10", REQUESTED));
        buyer.removeProductCode("ZZ-0001");
        long unclaimed = buyer.placeOrder("SUP-9999", new TrytonBuyer.Line("BR-4711", 5, "1.85", REQUESTED));
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        String letter = "(id " + malformed + ")";
        String parked = actors.asSystem(() -> monitor.parkedOrders()).stream()
                .filter(order -> order.erpId().equals(String.valueOf(unclaimed))).findFirst().orElseThrow().number();

        browser.logIn("admin", BrowserTestBase.DEMO_PASSWORD).open("/admin/integration");
        browser.waitUntilText(By.id("dead-letters"), letter).waitUntilText(By.id("parked-orders"), parked);
        // What the connected ERP can do, in words rather than the capabilities' names.
        assertThat(browser.text(By.id("erp-connection"))).contains("import orders").contains("send ASNs")
                .doesNotContain("PULL_ORDERS").doesNotContain("pull orders");

        buyer.setProductCode("Spare part for the dead-letter test", "ZZ-0001");
        clickInRow("dead-letters", letter, "vaadin-checkbox");
        browser.click(By.id("replay-dead-letters"));
        browser.waitUntilNotification(letter + ": taken in (created)");
        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.text(By.id("dead-letters")).contains(letter));

        clickInRow("parked-orders", parked, "vaadin-button");
        browser.waitUntilNotification("PO " + parked + ": still parked");

        // Another context's poller on the shared database may be importing receipts at this moment: the screen then
        // says "already running" (as it must). Wait for that run to end and ask again.
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> {
            await().atMost(Duration.ofSeconds(60)).until(() -> actors.asSystem(() -> monitor.running(ErpJob.RECEIPTS)).isEmpty());
            scrollTo(By.id("run-" + ErpJob.RECEIPTS.jobName()));
            browser.click(By.id("run-" + ErpJob.RECEIPTS.jobName()));
            return browser.waitUntilAnyNotification("Goods receipts: started", "Goods receipts: already running").endsWith("started");
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> actors.asSystem(() -> monitor.running(ErpJob.RECEIPTS)).isEmpty()
                && !actors.asSystem(() -> monitor.recentRuns(ErpJob.RECEIPTS, 1)).isEmpty());
        assertThat(actors.asSystem(() -> monitor.recentRuns(ErpJob.RECEIPTS, 1)).getFirst().status()).isEqualTo("COMPLETED");
    }

    /** Scrolls an element into the view, as a person does before clicking it (chromium reports a button far above it as not displayed). */
    private void scrollTo(By by) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.driver().findElement(by));
    }

    /**
     * Clicks, as a person does, the first element matching {@code selector} in the grid row that shows {@code text}
     * (the row's selection box, its button). Vaadin's grid keeps its rows in its shadow DOM, the cells' content in the
     * light DOM.
     */
    private void clickInRow(String gridId, String text, String selector) {
        WebElement target = (WebElement) ((JavascriptExecutor) browser.driver()).executeScript("""
                const grid = document.getElementById(arguments[0]);
                for (const row of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
                  const cells = [...row.querySelectorAll('td slot')].map(slot => slot.assignedElements()[0]).filter(Boolean);
                  if (cells.some(cell => cell.textContent.includes(arguments[1]))) {
                    const found = cells.map(cell => cell.querySelector(arguments[2])).find(Boolean);
                    if (found) {
                      found.scrollIntoView({block: 'center'});
                      return found;
                    }
                  }
                }
                return null;""", gridId, text, selector);
        assertThat(target).as("%s in the row of %s showing %s", selector, gridId, text).isNotNull();
        target.click();
        browser.waitForVaadin();
    }
}
