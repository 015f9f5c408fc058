package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.AsnFormSearch;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.PdfDocuments;
import org.supplierportal.testsupport.TestOrders;

/** A supplier ships two orders on one ASN, with packages and lots, and prints the labels; a buyer sees the ASN. */
class ShipmentBrowserIT extends BrowserTestBase {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(14);

    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;
    @Autowired
    ChosenLanguages languages;

    @AfterEach
    void removeTheSuppliersLanguage() {
        languages.forgetAll();
    }

    @Test
    void aSupplierShipsTwoOrdersOnOneAsnWithPackagesAndLotsAndPrintsTheLabels() throws Exception {
        String first = committedOrder("120");
        String second = committedOrder("40");

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/shipments");
        browser.click(By.id("new-asn")).waitUntilPath("/shipments/new");
        search(first);
        browser.click(By.id("add-" + first + "-10"));
        search(second);
        browser.click(By.id("add-" + second + "-10"));
        assertThat(browser.find(By.cssSelector("#asn-line-0-quantity input")).getAttribute("value")).isEqualTo("120");

        // 200 is more than the 120 open plus Acme's 5 %: refused next to the field, nothing sent.
        browser.fill("asn-line-0-quantity", "200").fill("asn-line-0-lot", "LOT-A7").fill("tracking-number", "JD0001234");
        browser.click(By.id("send-asn"));
        assertThat(browser.text(By.cssSelector("#asn-line-0-quantity[invalid]"))).contains("is more than the 120 pcs still open");
        shot("1-too-much");

        browser.fill("asn-line-0-quantity", "120");
        browser.click(By.id("package-per-line"));
        browser.fill("package-0-weight", "250").fill("package-1-weight", "80");
        shot("2-packed");
        browser.click(By.id("send-asn"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(driver -> browser.path().startsWith("/shipments/") && !browser.path().endsWith("/new"));
        browser.waitForVaadin();
        assertThat(browser.text(By.id("asn-confirmation"))).contains("is sent to your customer").contains("Print the labels");
        assertThat(browser.text(By.id("asn-packages"))).contains("(00) 00614141");
        assertThat(browser.text(By.id("asn-lines"))).contains(first).contains(second).contains("LOT-A7");
        shot("3-sent");

        String labels = pdfText(By.id("labels"));
        assertThat(labels).contains("(00) 00614141").contains("PO " + first).contains("LOT-A7").contains("Package 1 of 2");
        String slip = pdfText(By.id("packing-slip"));
        assertThat(slip).contains("Packing slip").contains(first).contains(second).contains("JD0001234");

        String asnPath = browser.path();
        browser.clearCookies();
        browser.logIn("buyer", DEMO_PASSWORD).open("/shipments");
        assertThat(browser.text(By.id("shipments"))).contains("Acme Metals").contains(first);
        browser.open(asnPath);
        assertThat(browser.findAll(By.id("change-asn"))).isEmpty();
        browser.clearCookies();
        browser.logIn("nordic.nils", DEMO_PASSWORD).open(asnPath);
        assertThat(browser.pageText()).contains("No such ASN").doesNotContain(first);
    }

    @Test
    void aCsvWithBadRowsIsRefusedWithARowReportAndAGoodOneFillsTheLines() throws Exception {
        String order = committedOrder("30");
        Path bad = Files.createTempFile("asn-lines", ".csv");
        Files.writeString(bad, "po_number,line,quantity,lot,serial_numbers\n" + order + ",10,abc,,\n4599999999,10,1,,\n");
        Path good = Files.createTempFile("asn-lines", ".csv");
        Files.writeString(good, "po_number,line,quantity,lot,serial_numbers\n" + order + ",10,3,LOT-CSV,S1;S2;S3\n");

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/shipments/new");
        upload(bad);
        browser.waitUntilText(By.id("asn-problems"), "Row 2: quantity 'abc' is not a quantity above 0");
        assertThat(browser.text(By.id("asn-problems"))).contains("Row 3: PO 4599999999 line 10 is not a line of one of your orders");
        assertThat(browser.findAll(By.id("asn-line-0-quantity"))).isEmpty();
        shot("4-csv-report");

        upload(good);
        browser.waitUntilText(By.id("asn-lines"), order);
        assertThat(browser.find(By.cssSelector("#asn-line-0-lot input")).getAttribute("value")).isEqualTo("LOT-CSV");
        assertThat(browser.find(By.cssSelector("#asn-line-0-serials textarea")).getAttribute("value")).isEqualTo("S1\nS2\nS3");
    }

    @Test
    void aGermanSupplierReadsTheCsvReportInGerman() throws Exception {
        languages.choose("acme.anna", "de");
        String order = committedOrder("30");
        Path bad = Files.createTempFile("asn-lines", ".csv");
        Files.writeString(bad, "po_number,line,quantity,lot,serial_numbers\n" + order + ",10,1e20,,\n4599999999,10,1,,\n");

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/shipments/new");
        upload(bad);
        browser.waitUntilText(By.id("asn-problems"), "Zeile 2: quantity: Zu groß: höchstens 14 Stellen vor dem Komma");
        assertThat(browser.text(By.id("asn-problems")))
                .contains("Zeile 3: Bestellung 4599999999 Pos. 10 gehört zu keiner Ihrer Bestellungen")
                .doesNotContain("Row ");
        shot("de-csv-report");
    }

    private void upload(Path file) {
        browser.upload("csv-upload", file);
    }

    private void search(String number) {
        AsnFormSearch.search(browser, number);
    }

    /** An order of Acme's, its line 10 confirmed; returns its PO number. */
    private String committedOrder(String quantity) {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-" + UUID.randomUUID().toString().substring(0, 4),
                quantity, "1.85", REQUESTED);
        OrderId id = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(id, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        return document.number();
    }

    /** Downloads a PDF the page links to, with the browser's session, and returns its text. */
    private String pdfText(By link) {
        HttpResponse<byte[]> response = browser.download(link);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("pdf"));
        return PdfDocuments.text(response.body());
    }

    private void shot(String name) {
        browser.screenshot(Path.of("target", "screenshots", "shipment-" + name + ".png"));
    }
}
