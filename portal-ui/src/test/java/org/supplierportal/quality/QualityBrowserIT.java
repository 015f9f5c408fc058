package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/**
 * A buyer opens an incident on a PO line with a photo; the supplier answers the containment; the buyer returns and
 * accepts it. A German buyer reads the upload and a refused file in German; a German supplier reads an incident the ERP
 * opened from a rejected receipt in German.
 */
class QualityBrowserIT extends BrowserTestBase {

    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;
    @Autowired
    ChosenLanguages languages;
    @Autowired
    QualityService quality;
    @Autowired
    QualityQueries incidents;

    @AfterEach
    void forgetChosenLanguages() {
        languages.forgetAll();
    }

    @Test
    void aGermanBuyerReadsTheUploadAndARefusedFileInGerman() throws Exception {
        languages.choose("buyer", "de");
        Path fake = Files.createTempFile("bericht", ".pdf");
        Files.writeString(fake, "MZ not a pdf");

        browser.logIn("buyer", DEMO_PASSWORD).open("/quality/new");
        browser.waitUntilText(By.id("incident-files"), "Dateien hinzufügen");
        assertThat(uploadText("incident-files")).contains("Dateien hier ablegen").doesNotContain("Drop file");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('incident-files').scrollIntoView({block: 'center'})");
        shot("de-upload");
        browser.upload("incident-files", fake);
        browser.waitUntilNotification(fake.getFileName() + " ist keine echte PDF-Datei (ihr Inhalt sagt etwas anderes)."
                + " Speichern Sie sie erneut als PDF.");
        shot("de-upload-refused");
    }

    @Test
    void aGermanSupplierReadsAnIncidentTheErpOpenedFromARejectedReceiptInGerman() {
        TestOrders.Builder document = TestOrders.order("SUP-1001")
                .line(10, "BR-" + UUID.randomUUID().toString().substring(0, 6), "200", "1.85", LocalDate.now().plusDays(20));
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        String part = document.build().lines().getFirst().partNumber();
        actors.asSystem(() -> quality.openFromReceipt(new ShipmentEvents.ReceiptRejected(actors.tenant("acme-metals").id(),
                "TEST", "R-" + UUID.randomUUID(), order, document.number(), 10, part, null, new BigDecimal("200"),
                new BigDecimal("12"), "pcs", "Grate an der Bohrung", LocalDate.of(2026, 11, 30))));
        IncidentView incident = actors.as(actors.buyer(), () -> incidents.ofOrder(order)).getFirst();
        languages.choose("acme.anna", "de");

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/quality/" + incident.id());
        assertThat(browser.waitUntilText(By.cssSelector(".view-header"), "Beim Wareneingang zurückgewiesen: " + part)
                .text(By.cssSelector(".view-header"))).contains("ERP (Wareneingang)");
        assertThat(browser.text(By.id("incident-facts")))
                .contains("12 pcs von 200 am 30.11.2026 eingegangen, von der Wareneingangsprüfung zurückgewiesen:"
                        + " Grate an der Bohrung")
                .doesNotContain("Rejected");
        shot("de-from-receipt");
    }

    /** The upload's text, its own (Vaadin's, in its shadow root) and what it was given (the button). */
    private String uploadText(String id) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const upload = document.getElementById(arguments[0]);"
                        + " return upload.innerText + ' ' + upload.shadowRoot.textContent;", id));
    }

    @Test
    void aBuyerOpensAnIncidentAndTheSupplierAnswersTheContainment() throws Exception {
        String po = order();
        Path photo = Files.createTempFile("burr", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path fake = Files.createTempFile("report", ".pdf");
        Files.writeString(fake, "MZ not a pdf");

        browser.logIn("buyer", DEMO_PASSWORD).open("/quality");
        browser.click(By.id("new-incident")).waitUntilPath("/quality/new");
        browser.click(By.id("open-incident"));
        browser.waitUntilText(By.id("incident-problems"), "Choose the supplier");
        assertThat(browser.text(By.cssSelector("#incident-title[invalid]"))).contains("Give the incident a short title");
        shot("1-refused");

        browser.find(By.cssSelector("#incident-supplier input")).sendKeys("Acme Metals");
        browser.find(By.cssSelector("#incident-supplier input")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.choose("incident-severity", "Critical");
        browser.fill("incident-title", "Burr on bore edge").fill("incident-defect", "12 of 200 brackets with burrs on the bore edge.")
                .fill("incident-po", po).fill("incident-line", "10").fill("incident-lot", "L-77").fill("incident-quantity", "12")
                .fill("incident-unit", "pcs");
        browser.upload("incident-files", fake);
        browser.upload("incident-files", photo);
        browser.waitUntilText(By.id("incident-file-list"), photo.getFileName().toString());
        assertThat(browser.text(By.id("incident-file-list"))).doesNotContain(fake.getFileName().toString());
        shot("2-filled");
        browser.click(By.id("open-incident"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> browser.path().matches("/quality/[0-9a-f-]{36}"));
        browser.waitForVaadin();
        String incidentPath = browser.path();
        assertThat(browser.text(By.id("incident-facts"))).contains("PO " + po + ", line 10").contains("L-77");
        assertThat(browser.text(By.id("incident-attachments"))).contains(photo.getFileName().toString());
        assertThat(browser.text(By.id("step-containment"))).contains("Waiting for the supplier");
        shot("3-opened");

        browser.clearCookies();
        browser.logIn("nordic.nils", DEMO_PASSWORD).open(incidentPath);
        assertThat(browser.pageText()).contains("No such incident").doesNotContain("Burr on bore edge");

        browser.clearCookies();
        browser.logIn("acme.anna", DEMO_PASSWORD).open("/");
        assertThat(Long.parseLong(browser.text(By.cssSelector("#quality-steps-due .action-count")).replace(",", ""))).isPositive();
        browser.open("/quality?mine");
        assertThat(browser.text(By.id("incidents"))).contains("Burr on bore edge");
        browser.open(incidentPath);
        browser.click(By.id("send-containment"));
        assertThat(browser.text(By.cssSelector("#response-containment[invalid]"))).contains("Write your containment");
        browser.fill("response-containment", "All 200 brackets in stock sorted; 12 reworked. Shipments on hold until checked.");
        browser.click(By.id("send-containment"));
        browser.waitUntilText(By.id("step-status-containment"), "Waiting for the buyer's review");
        assertThat(browser.text(By.id("response-text-containment"))).contains("12 reworked");
        shot("4-answered");

        browser.clearCookies();
        browser.logIn("buyer", DEMO_PASSWORD).open(incidentPath);
        browser.click(By.id("return-containment"));
        assertThat(browser.text(By.cssSelector("#comment-containment[invalid]"))).contains("Say what is missing");
        browser.fill("comment-containment", "Please also check the goods in transit.");
        browser.click(By.id("return-containment"));
        browser.waitUntilText(By.id("step-status-containment"), "Returned to the supplier");

        browser.clearCookies();
        browser.logIn("acme.anna", DEMO_PASSWORD).open(incidentPath);
        assertThat(browser.text(By.id("review-containment"))).contains("Please also check the goods in transit.");
        browser.fill("response-containment", "Stock sorted, 12 reworked; the 40 pcs in transit were stopped and sorted too.");
        browser.click(By.id("send-containment"));
        browser.waitUntilText(By.id("step-status-containment"), "Waiting for the buyer's review");

        browser.clearCookies();
        browser.logIn("buyer", DEMO_PASSWORD).open(incidentPath);
        browser.click(By.id("accept-containment"));
        browser.waitUntilText(By.id("step-status-containment"), "Accepted");
        assertThat(browser.text(By.id("step-root-cause"))).contains("Waiting for the supplier");
        shot("5-accepted");
    }

    private String order() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-" + UUID.randomUUID().toString().substring(0, 6),
                "200", "1.85", LocalDate.now().plusDays(20));
        actors.asSystem(() -> inbound.receive(document.build()));
        return document.number();
    }

    private void shot(String name) {
        browser.screenshot(Path.of("target", "screenshots", "quality-" + name + ".png"));
    }
}
