package org.supplierportal.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
    TenantChannels channels;
    @Autowired
    OrderInbound inbound;
    @Autowired
    InboundDocuments documents;

    @Test
    void anAdminSeesTheAppliedDocumentAndOpensItsRawText() throws IOException {
        String key = "edi-log-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "EDI Log Books", List.of("EDI-" + key), null, null,
                2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), x12("1556150")));
        TestOrders.Builder order = booksOrder("EDI-" + key);
        actors.asSystem(() -> inbound.receive(order.build()));
        SftpLogin partner = actors.as(actors.admin(), () -> channels.sftpLogin(key)).orElseThrow();

        InboundDocuments.InboundOutcome outcome = documents.receive(partner, "855-from-books.edi",
                corpus855().replace("POTEST1112", order.number()).getBytes(StandardCharsets.US_ASCII));
        assertThat(outcome.applied()).as(outcome.summary()).isTrue();

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
                .waitUntilText(By.id("b2b-messages"), "reprocessed")
                .waitUntilText(By.id("b2b-messages"), "855 0005 for PO " + order.number());
        browser.click(By.xpath("//vaadin-button[.='Close']"));
        assertThat(browser.open("/admin/b2b-messages").waitUntilText(By.id("b2b-messages"), "reprocessed").path())
                .as("still logged in as the admin").isEqualTo("/admin/b2b-messages");
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
