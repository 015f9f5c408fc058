package org.supplierportal.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.SftpLogin;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/**
 * The EDI message log as an admin sees it: the 855 a supplier's system sent, applied, its raw text one click away;
 * and the supplier's EDI channel on its page. The last screen of each test is kept in target/screenshots.
 */
class MessageLogBrowserIT extends BrowserTestBase {

    @Autowired
    Actors actors;

    @Autowired

    ChosenLanguages languages;
    @Autowired
    TenantChannels channels;
    @Autowired
    OrderInbound inbound;
    @Autowired
    InboundDocuments documents;

    @Test
    void anAdminSeesTheAppliedDocumentAndOpensItsRawText() throws IOException {
        TestOrders.Builder order = appliedAcknowledgment("edi-log-", "EDI Log Books", "855-from-books.edi").order();

        browser.logIn("admin", DEMO_PASSWORD).open("/admin/b2b-messages")
                .waitUntilText(By.id("b2b-messages"), "855 0005 for PO " + order.number());
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '855 0005 for PO " + order.number() + "')]"));
        browser.waitUntilText(By.id("b2b-raw-document"), "BAK*00*AD*" + order.number());
        assertThat(browser.text(By.id("b2b-raw-document"))).contains("ACK*IR*0*UN");
    }

    /** The admin fixed the supplier's ISA ID and takes its refused 855 in again from the log: applied. */
    @Test
    void anAdminTakesARefusedDocumentInAgainAfterFixingTheSettings() throws IOException {
        String key = "edi-redo-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "EDI Redo Books", List.of("EDI-" + key), null, null,
                2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), x12("9999999")));
        TestOrders.Builder order = booksOrder("EDI-" + key);
        actors.asSystem(() -> inbound.receive(order.build()));
        SftpLogin partner = actors.as(actors.admin(), () -> channels.sftpLogin(key)).orElseThrow();
        InboundDocuments.InboundOutcome refused = documents.receive(partner, "855-redo.edi",
                corpus855().replace("POTEST1112", order.number()).getBytes(StandardCharsets.US_ASCII));
        assertThat(refused.applied()).as(refused.summary()).isFalse();
        actors.as(actors.admin(), () -> channels.update(supplier.id(), x12("1556150")));

        browser.logIn("admin", DEMO_PASSWORD).open("/admin/b2b-messages")
                .waitUntilText(By.id("b2b-messages"), "EDI Redo Books is ZZ:9999999");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'EDI Redo Books is ZZ:9999999')]"));
        browser.click(By.id("b2b-reprocess"));

        browser.waitUntilText(By.id("b2b-reprocess-outcome"), "Taken in again and applied: 855 0005 for PO " + order.number())
                .waitUntilText(By.id("b2b-messages"), "Reprocessed")
                .waitUntilText(By.id("b2b-messages"), "855 0005 for PO " + order.number());
        browser.click(By.xpath("//vaadin-button[.='Close']"));
        assertThat(browser.open("/admin/b2b-messages").waitUntilText(By.id("b2b-messages"), "Reprocessed").path())
                .as("still logged in as the admin").isEqualTo("/admin/b2b-messages");
    }

    /** The screen in the admin's German, the document's own texts as stored; its raw text downloads as it was. */
    @Test
    void anAdminWhoChoseGermanReadsTheLogInGerman() throws IOException {
        Sent sent = appliedAcknowledgment("edi-de-", "EDI Deutsch Bücher", "855-auf-deutsch.edi");
        TestOrders.Builder order = sent.order();
        languages.choose("admin", "de");
        try {
            browser.logIn("admin", DEMO_PASSWORD).open("/admin/b2b-messages")
                    .waitUntilText(By.id("b2b-messages"), "855 0005 for PO " + order.number());
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("EDI-Nachrichten");
            assertThat(browser.text(By.id("b2b-messages"))).contains("Zeitpunkt", "Was geschah", "Eingang: X12 855", "Übernommen",
                    "Bestellung " + order.number());
            browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '855 0005 for PO " + order.number() + "')]"));
            browser.waitUntilText(By.id("b2b-raw-document"), "BAK*00*AD*" + order.number());
            assertThat(browser.pageText()).contains("Empfangen: X12 855 855-auf-deutsch.edi", "Herunterladen", "Schließen");
            assertThat(new String(browser.download(By.id("b2b-download")).body(), StandardCharsets.US_ASCII)).isEqualTo(sent.text());
            browser.screenshot(Path.of("target", "screenshots", "b2b-log-de-dialog.png"));
            browser.click(By.xpath("//vaadin-button[.='Schließen']"));
        } finally {
            languages.forgetAll();
        }
    }

    @Test
    void theSupplierPageShowsItsEdiChannel() {
        String key = "edi-page-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "EDI Page Parts", List.of("EDI-" + key), null,
                null, 2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), new ChannelSettings(B2bChannel.X12, "004010", "ZZ",
                "PAGEPARTS", "PAGEPARTS", B2bTransport.SFTP, Set.of(B2bDocument.PURCHASE_ORDERS), null,
                "edi-password-for-tests", false)));

        browser.logIn("admin", DEMO_PASSWORD).open("/suppliers/" + key).waitUntilText(By.id("b2b-channel"), "ANSI X12 EDI");

        assertThat(browser.text(By.id("b2b-channel-facts"))).contains("ZZ:PAGEPARTS", "password set",
                "Purchase orders out (X12 850, EDIFACT ORDERS, cXML OrderRequest)");
    }

    /**
     * An admin puts a supplier on EDIFACT over SFTP on its page: the form shows only what that channel and transport
     * use (no GS code for EDIFACT, the SFTP password, no cXML credentials), saves, and the facts show the UNB ID; AS2
     * as transport swaps the SFTP fields for the AS2 ones; cXML proposes HTTPS.
     */
    @Test
    void anAdminSetsASupplierOnEdifactOnItsPageSeeingOnlyTheFieldsItUses() {
        String key = "edi-form-" + ProcessHandle.current().pid();
        actors.onboard(new TenantDefinition(key, "EDI Form Parts", List.of("EDI-" + key), null, null, 2, null, null));
        browser.logIn("admin", DEMO_PASSWORD).open("/suppliers/" + key).waitUntilText(By.id("b2b-channel"), "Portal only");
        assertThat(displayed("b2b-isa-id")).as("portal only: nothing to fill in").isFalse();

        pick("b2b-channel-select", "UN/EDIFACT EDI");
        assertThat(displayed("b2b-isa-id")).isTrue();
        assertThat(displayed("b2b-gs-code")).as("EDIFACT has no GS").isFalse();
        assertThat(displayed("b2b-sftp-password")).as("SFTP proposed").isTrue();
        assertThat(displayed("b2b-as2-url")).isFalse();
        browser.fill("b2b-version", "D96A").fill("b2b-isa-qualifier", "14").fill("b2b-isa-id", "8712199999999")
                .fill("b2b-sftp-password", "edifact-password-for-tests");
        browser.click(By.xpath("//*[@id='b2b-documents']//vaadin-checkbox[contains(normalize-space(.), 'Purchase orders out')]//label"));
        browser.click(By.id("save-b2b-channel")).waitUntilNotification("EDI channel of EDI Form Parts saved");
        browser.waitUntilText(By.id("b2b-channel-facts"), "Partner UNB ID");
        assertThat(browser.text(By.id("b2b-channel-facts"))).contains("UN/EDIFACT EDI", "14:8712199999999", "password set");

        pick("b2b-transport", "AS2");
        assertThat(displayed("b2b-as2-url")).isTrue();
        assertThat(displayed("b2b-as2-async-mdn")).as("asynchronous MDNs can be asked for").isTrue();
        assertThat(displayed("b2b-sftp-password")).isFalse();
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "b2b-channel-form-edifact-as2.png"));
        pick("b2b-channel-select", "cXML");
        assertThat(browser.text(By.id("b2b-transport"))).contains("HTTPS");
        assertThat(displayed("b2b-isa-id")).isFalse();
        assertThat(displayed("b2b-as2-url")).isFalse();
    }

    private boolean displayed(String id) {
        return browser.driver().findElements(By.id(id)).stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed);
    }

    /** Picks an item of a Vaadin select by its label, as a person does. */
    private void pick(String selectId, String label) {
        browser.click(By.id(selectId));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
        browser.waitForVaadin();
    }

    /** Bad channel settings are refused next to their field in the admin's German; the saved settings stay. */
    @Test
    void anAdminWhoChoseGermanIsRefusedBadChannelSettingsInGerman() {
        String key = "edi-refused-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "EDI Refused Parts", List.of("EDI-" + key), null,
                null, 2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), x12("REFUSEDPARTS")));
        languages.choose("admin", "de");
        try {
            browser.logIn("admin", DEMO_PASSWORD).open("/suppliers/" + key).waitUntilText(By.id("b2b-channel"), "EDI-Kanal");
            browser.fill("b2b-isa-id", "REFUSED;PARTS").click(By.id("save-b2b-channel"));

            browser.waitUntilText(By.cssSelector("#b2b-isa-id[invalid]"), "Geben Sie die ISA-Absender-ID des Partners an:"
                    + " bis zu 15 Buchstaben, Ziffern, Leerzeichen oder Bindestriche");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    browser.driver().findElement(By.id("b2b-isa-id")));
            browser.screenshot(Path.of("target", "screenshots", "b2b-channel-de-refused.png"));
            // The facts above the form still show what is saved (the field holds what was typed).
            assertThat(browser.pageText()).contains("ZZ:REFUSEDPARTS").doesNotContain("give the partner")
                    .doesNotContain("!channelRule.");
            assertThat(actors.as(actors.admin(), () -> channels.settings(supplier.id())).isaId()).isEqualTo("REFUSEDPARTS");
        } finally {
            languages.forgetAll();
        }
    }

    private record Sent(TestOrders.Builder order, String text) {
    }

    /** A supplier of the test's own on X12 over SFTP, whose system sent an 855 for its order: applied. */
    private Sent appliedAcknowledgment(String keyPrefix, String supplierName, String fileName) throws IOException {
        String key = keyPrefix + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, supplierName, List.of("EDI-" + key), null, null,
                2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), x12("1556150")));
        TestOrders.Builder order = booksOrder("EDI-" + key);
        actors.asSystem(() -> inbound.receive(order.build()));
        SftpLogin partner = actors.as(actors.admin(), () -> channels.sftpLogin(key)).orElseThrow();
        String text = corpus855().replace("POTEST1112", order.number());
        InboundDocuments.InboundOutcome outcome = documents.receive(partner, fileName, text.getBytes(StandardCharsets.US_ASCII));
        assertThat(outcome.applied()).as(outcome.summary()).isTrue();
        return new Sent(order, text);
    }

    private static ChannelSettings x12(String isaId) {
        return new ChannelSettings(B2bChannel.X12, "004010", "ZZ", isaId, "1556150", B2bTransport.SFTP,
                Set.of(B2bDocument.ORDER_ACKNOWLEDGMENTS), null, "edi-password-for-tests", false);
    }

    /** The order the corpus 855 answers: four lines of 3, 2, 1 and 2 units. */
    private static TestOrders.Builder booksOrder(String partyCode) {
        LocalDate requested = LocalDate.now().plusDays(30);
        return TestOrders.order(partyCode).line(1, "9780446360265", "3", "4.5", requested)
                .line(2, "9780767928427", "2", "15.99", requested).line(3, "9780099599531", "1", "1", requested)
                .line(4, "9780446360272", "2", "4.5", requested);
    }

    private static String corpus855() throws IOException {
        try (InputStream in = MessageLogBrowserIT.class.getResourceAsStream("/b2b/855.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
