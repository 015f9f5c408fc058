package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.quality.StepKind;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;
import org.supplierportal.tolerance.ToleranceLayer;

/** Why an exception is in the inbox and how it resolved itself: a kind with values, worded per reader; English for the API. */
class ExceptionReasonTest {

    private static final Locale SPANISH = Locale.of("es");
    private static final Instant DUE = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anOverdueQualityStepReadsInEachReadersLanguage() {
        ExceptionReason overdue = ExceptionReason.qualityStepOverdue("QI-000012", StepKind.CONTAINMENT, DUE);

        assertThat(overdue.english()).isEqualTo("The containment of QI-000012 was due 2026-11-30T12:00:00Z and the supplier"
                + " has not answered it. Remind the supplier.");
        assertThat(overdue.explanation().in(Locale.GERMAN)).isEqualTo("Die Sofortmaßnahme zu QI-000012 war am"
                + " 2026-11-30T12:00:00Z fällig, und der Lieferant hat sie nicht beantwortet. Erinnern Sie den Lieferanten.");
        assertThat(overdue.explanation().in(Locale.FRENCH)).startsWith("L’étape « action de confinement » de QI-000012 était due le");
        assertThat(overdue.explanation().in(SPANISH)).startsWith("La contención de QI-000012 vencía el");
        assertThat(overdue.explanation().in(Locale.SIMPLIFIED_CHINESE)).startsWith("QI-000012 的围堵措施应于");
        // The due time stays a time, so that each reader's screen writes it their way and in their zone.
        assertThat(overdue.explanation().arguments()).contains(DUE);
    }

    @Test
    void theShipmentsReasonsReadAsThePortalAlwaysWroteThemInEnglish() {
        assertThat(ExceptionReason.acknowledgmentOverdue(2, DUE).english())
                .isEqualTo("The acknowledgment of revision 2 was due 2026-11-30T12:00:00Z.");
        assertThat(ExceptionReason.receiptWithoutAsn(new BigDecimal("10.000"), "pcs", "DELIVERY-NOTE-77").english())
                .isEqualTo("Received 10 pcs under the reference DELIVERY-NOTE-77, which no ASN of the supplier names."
                        + " Ask the supplier to send ASNs.");
        assertThat(ExceptionReason.receiptWithoutAsn(new BigDecimal("2.5"), null, null).english())
                .isEqualTo("Received 2.5 without a shipment reference, which no ASN of the supplier names. Ask the supplier to send ASNs.");
        assertThat(ExceptionReason.asnNotReceived("ASN-7", "4500017001, 4500017002", LocalDate.of(2026, 12, 1), 3).english())
                .isEqualTo("The goods of ASN ASN-7 (PO 4500017001, 4500017002) were expected on 2026-12-01 and have not"
                        + " been received 3 days later. Check with the carrier or the supplier.");
        assertThat(ExceptionReason.shipmentOverdue(LocalDate.of(2026, 12, 1)).english()).isEqualTo("The supplier committed"
                + " this line for 2026-12-01 and has shipped nothing of it (no ASN, nothing received).");
        assertThat(ExceptionReason.counterRejected().english()).isEqualTo("The supplier rejected the buyer's counter-proposal.");
        assertThat(ExceptionReason.invoiceBlocked("Price 2.10 over the agreed 1.85.").english()).isEqualTo(
                "Price 2.10 over the agreed 1.85. Clear the variance with the supplier (credit note, corrected invoice) or release it.");
    }

    @Test
    void aReasonInAnotherLanguageKeepsTheERPsWordsAndTranslatesTheRest() {
        assertThat(ExceptionReason.invoiceBlocked("Price 2.10 over the agreed 1.85.").explanation().in(Locale.GERMAN))
                .isEqualTo("Price 2.10 over the agreed 1.85. Klären Sie die Abweichung mit dem Lieferanten (Gutschrift,"
                        + " korrigierte Rechnung) oder geben Sie die Rechnung frei.");
        assertThat(ExceptionReason.receiptWithoutAsn(new BigDecimal("10"), "pcs", "DN-77").explanation().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("已按参考号 DN-77 收到 10 pcs，但供应商的发货通知中均未列出该参考号。请要求供应商发送发货通知。");
        assertThat(ExceptionReason.counterRejected().explanation().in(Locale.FRENCH))
                .isEqualTo("Le fournisseur a refusé la contre-proposition de l’acheteur.");
    }

    @Test
    void thePortalsOwnInvoiceReasonIsTranslatedAndTheApiKeepsEnglish() {
        ExceptionReason blocked = ExceptionReason.invoiceBlocked(ExplanationText.of(Explanation.of("invoice.reason.more",
                ExplanationText.asStored("ERP-Sperre 7"), Explanation.of("invoice.reason.notOnOrder"))));

        assertThat(blocked.english()).isEqualTo("ERP-Sperre 7 An invoiced line is not on the order. Clear the variance with"
                + " the supplier (credit note, corrected invoice) or release it.");
        assertThat(blocked.explanation().in(Locale.GERMAN)).isEqualTo("ERP-Sperre 7 Eine berechnete Position steht nicht in der"
                + " Bestellung. Klären Sie die Abweichung mit dem Lieferanten (Gutschrift, korrigierte Rechnung) oder geben Sie"
                + " die Rechnung frei.");
    }

    /** Short or over, by how much and the limit: as the shipment module words it for the business events, and per reader. */
    @Test
    void aReceiptThatDiffersFromItsAsnReadsInEachReadersLanguageWithTheirNumbers() {
        ExceptionReason shortReceipt = ExceptionReason.receiptDiffersFromAsn(new BigDecimal("1234.5"), new BigDecimal("1500.000"),
                "kg", new BigDecimal("2"));
        ExceptionReason overReceipt = ExceptionReason.receiptDiffersFromAsn(new BigDecimal("106"), new BigDecimal("100"), null,
                new BigDecimal("5"));

        assertThat(shortReceipt.values()).containsExactly("1234.5", "1500", "kg", "2");
        assertThat(shortReceipt.english()).isEqualTo(
                "Received 1234.5 kg of the 1500 kg the ASN shipped: 265.5 kg short (17.7 %; the limit is 2 % under).");
        assertThat(overReceipt.english())
                .isEqualTo("Received 106, more than the 100 the ASN shipped: 6 over (6 %; the limit is 5 % over).");
        assertThat(shortReceipt.explanation().in(Locale.GERMAN)).isEqualTo("Eingegangen sind 1234.5 kg von 1500 kg laut"
                + " Lieferavis: 265.5 kg zu wenig (17.7 %; zulässig sind höchstens 2 % weniger).");
        // The numbers stay numbers, so that a screen writes them the reader's way (1.234,5 in German).
        assertThat(shortReceipt.explanation().arguments()).contains(new BigDecimal("17.7"), new BigDecimal("2"));
        assertThat(shortReceipt.explanation().arguments().getFirst())
                .isEqualTo(Explanation.of("inbox.quantity", new BigDecimal("1234.5"), "kg"));
        assertThat(overReceipt.explanation().in(Locale.FRENCH)).startsWith("Reçu 106, plus que les 100 expédiés").contains("6 en trop");
        assertThat(shortReceipt.explanation().in(SPANISH)).contains("faltan 265.5 kg");
        assertThat(overReceipt.explanation().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "收到 106，多于发货通知所列的 100：超出 6（6%；允许最多多出 5%）。");
    }

    @Test
    void howAnExceptionResolvedItselfReadsInEachReadersLanguage() {
        assertThat(ExceptionReason.acknowledged(2).english()).isEqualTo("The supplier acknowledged revision 2.");
        assertThat(ExceptionReason.superseded(3).explanation().in(Locale.GERMAN))
                .isEqualTo("Überholt: Die Bestellung wurde mit Revision 3 geändert.");
        assertThat(ExceptionReason.stepAnswered(StepKind.ROOT_CAUSE).english()).isEqualTo("The supplier answered the root cause.");
        assertThat(ExceptionReason.stepAnswered(StepKind.ROOT_CAUSE).explanation().in(SPANISH))
                .isEqualTo("El proveedor respondió a la causa raíz.");
        assertThat(ExceptionReason.invoiceMovedOn(InvoiceStatus.APPROVED).english()).isEqualTo("The invoice is now approved for payment.");
        assertThat(ExceptionReason.invoiceMovedOn(InvoiceStatus.PAID).explanation().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("该发票现在的状态为：已付款。");
    }

    /** The rules that sent an answer to a buyer: each its own sentence, in the reader's language, in English as before. */
    @Test
    void theToleranceRulesReasonsReadInEachReadersLanguage() {
        Explanation over = Explanation.of("tolerance.quantity.over", new BigDecimal("120"), "pcs", new BigDecimal("20"),
                new BigDecimal("100"), new BigDecimal("5"), ToleranceLayer.SUPPLIER);
        Explanation late = Explanation.of("tolerance.date.late", LocalDate.of(2026, 12, 24), 9L, LocalDate.of(2026, 12, 15),
                2L, ToleranceLayer.SUPPLIER);
        ExceptionReason rules = ExceptionReason.tolerance(List.of(ExplanationText.of(over), ExplanationText.of(late)));

        assertThat(rules.english()).isEqualTo(over.english() + " " + late.english())
                .startsWith("Quantity 120 pcs is 20 % over the ordered 100; the limit is 5 % over (supplier's own limit).");
        assertThat(rules.explanation().in(Locale.GERMAN)).isEqualTo(over.in(Locale.GERMAN) + " " + late.in(Locale.GERMAN))
                .startsWith("Die Menge 120 pcs liegt 20 % über der bestellten Menge von 100");
        assertThat(rules.explanation().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(over.in(Locale.SIMPLIFIED_CHINESE) + late.in(Locale.SIMPLIFIED_CHINESE));
        assertThat(ExceptionReason.tolerance(List.of(ExplanationText.of(Explanation.of("tolerance.rejection")))).english())
                .isEqualTo("You reject the line; a buyer decides what happens to it.");
    }

    /** A reason stored before reasons had a kind (and not recognised since) reads as it was stored, in every language. */
    @Test
    void aReasonKeptAsTextReadsAsStored() {
        ExceptionReason text = ExceptionReason.text("Quantity 120 is 20 % over; it's beyond the limit");

        assertThat(text.english()).isEqualTo("Quantity 120 is 20 % over; it's beyond the limit");
        assertThat(text.explanation().in(Locale.GERMAN)).isEqualTo("Quantity 120 is 20 % over; it's beyond the limit");
    }

    @Test
    void aReasonWhoseValuesDoNotFitItsKindIsRefused() {
        assertThatThrownBy(() -> new ExceptionReason(ReasonKind.ACKNOWLEDGMENT_OVERDUE, List.of("2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExceptionReason(ReasonKind.SHIPMENT_OVERDUE, List.of("first of December")))
                .isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> new ExceptionReason(ReasonKind.STEP_ANSWERED, List.of("INSPECTION")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExceptionReason(ReasonKind.TOLERANCE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
