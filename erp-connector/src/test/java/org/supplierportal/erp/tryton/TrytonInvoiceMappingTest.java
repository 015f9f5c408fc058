package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceStatus;
import tools.jackson.databind.JsonNode;

/**
 * A supplier invoice as Tryton 6.0 answered the invoice feed (recorded) at each step of its life: entered (draft),
 * validated, posted; a second one entered by mistake and cancelled. It bills 84 of purchase line 1 at 2.10.
 */
class TrytonInvoiceMappingTest {

    @ParameterizedTest(name = "{0}: Tryton''s {2} is {3}")
    @CsvSource({
            "supplier-invoice-draft.json,     1, draft,     RECEIVED",
            "supplier-invoice-validated.json, 1, validated, IN_MATCHING",
            "supplier-invoice-posted.json,    1, posted,    APPROVED",
            "supplier-invoice-cancelled.json, 2, cancelled, CANCELLED"})
    void eachStateOfTheInvoiceInTrytonIsTheStatusTheSupplierSees(String recording, long invoiceId, String trytonState,
                                                                 InvoiceStatus status) {
        JsonNode recorded = RecordedTryton.answer(recording);
        JsonNode invoice = invoice(recorded, invoiceId);

        InvoiceDocument document = record(recorded, invoice).document();

        assertThat(invoice.get("state").asString()).isEqualTo(trytonState);
        assertThat(document.status()).isEqualTo(status);
        assertThat(document.paidOn()).isNull();
    }

    @Test
    void aPaidInvoiceCarriesTheDateItsPaymentWasReconciled() {
        // Paying needs a payment method and a reconciliation the test server does not set up: the posted invoice as
        // Tryton shows it once paid, its state and reconciliation date changed.
        JsonNode recorded = RecordedTryton.answer("supplier-invoice-posted.json");
        JsonNode paid = RecordedTryton.with(RecordedTryton.with(invoice(recorded, 1), "state", "\"paid\""), "reconciled",
                "{\"__class__\": \"date\", \"year\": 2026, \"month\": 12, \"day\": 29}");

        InvoiceDocument document = record(recorded, paid).document();

        assertThat(document.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(document.paidOn()).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void theInvoiceBillsTheOrderOfItsPurchaseLinesLineByLine() {
        JsonNode recorded = RecordedTryton.answer("supplier-invoice-posted.json");

        InvoiceDocument document = record(recorded, invoice(recorded, 1)).document();

        assertThat(document.sourceSystem()).isEqualTo("TRYTON");
        assertThat(document.erpInvoiceId()).isEqualTo("1");
        assertThat(document.supplierPartyCode()).isEqualTo("SUP-1001");
        assertThat(document.invoiceNumber()).as("the supplier's number").isEqualTo("INV-2026-118");
        assertThat(document.erpNumber()).as("Tryton's number, given when validated").isEqualTo("1");
        assertThat(document.erpOrderId()).isEqualTo("1");
        assertThat(document.invoiceDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(document.currency()).isEqualTo("EUR");
        assertThat(document.totalAmount()).isEqualByComparingTo("176.40");
        assertThat(document.lines()).singleElement().satisfies(line -> {
            assertThat(line.erpLineId()).isEqualTo("1");
            assertThat(line.quantity()).isEqualByComparingTo("84");
            assertThat(line.unitPrice()).isEqualByComparingTo("2.10");
        });
    }

    @Test
    void aLineThatBillsNoPurchaseLineIsLeftOutAndNamesNoOrder() {
        JsonNode recorded = RecordedTryton.answer("supplier-invoice-draft.json");
        JsonNode freight = RecordedTryton.with(recorded.get("lines").get(0), "origin", "null");

        InvoiceDocument document = TrytonInvoiceMapping.record(invoice(recorded, 1), List.of(freight), Map.of()).document();

        assertThat(document.lines()).isEmpty();
        assertThat(document.erpOrderId()).isNull();
    }

    @Test
    void anInvoiceNeverWrittenSinceItWasEnteredStandsInTheFeedAtItsCreation() {
        JsonNode recorded = RecordedTryton.answer("supplier-invoice-draft.json");

        PulledRecord<InvoiceDocument> record = record(recorded, invoice(recorded, 1));

        assertThat(invoice(recorded, 1).get("write_date").isNull()).isTrue();
        assertThat(record.position().changedAt()).isEqualTo(Instant.parse("2026-11-30T16:54:47.769930Z"));
        assertThat(record.document().erpNumber()).as("a draft has no number yet").isNull();
    }

    @Test
    void aStateTrytonMayAddLaterIsReceivedUntilTheMappingKnowsIt() {
        assertThat(TrytonInvoiceMapping.status("proforma")).isEqualTo(InvoiceStatus.RECEIVED);
        assertThat(TrytonInvoiceMapping.status(null)).isEqualTo(InvoiceStatus.RECEIVED);
    }

    /** The invoice with its lines and their purchases, as the adapter reads them from the recording. */
    private static PulledRecord<InvoiceDocument> record(JsonNode recorded, JsonNode invoice) {
        List<Long> ids = RecordedTryton.list(invoice.get("lines")).stream().map(JsonNode::asLong).toList();
        List<JsonNode> lines = RecordedTryton.list(recorded.get("lines")).stream()
                .filter(line -> ids.contains(line.get("id").asLong())).toList();
        Map<Long, Long> purchaseOfLine = new HashMap<>();
        recorded.get("purchaseLines").forEach(line -> purchaseOfLine.put(line.get("id").asLong(), line.get("purchase").asLong()));
        return TrytonInvoiceMapping.record(invoice, lines, purchaseOfLine);
    }

    private static JsonNode invoice(JsonNode recorded, long id) {
        return RecordedTryton.list(recorded.get("invoices")).stream().filter(invoice -> invoice.get("id").asLong() == id)
                .findFirst().orElseThrow();
    }
}
