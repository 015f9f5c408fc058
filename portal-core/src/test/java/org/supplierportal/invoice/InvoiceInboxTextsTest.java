package org.supplierportal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/** The buyer's words about blocked invoices: English as before, each reader's language, the ERP's words as written. */
class InvoiceInboxTextsTest {

    @Test
    void aBlockedInvoiceSaysWhatWasInvoicedWhyAndWhatToDo() {
        assertThat(ExplanationText.read(InvoiceInboxTexts.invoiced(new BigDecimal("210.00"), "EUR")).english())
                .isEqualTo("Invoiced 210 EUR");
        assertThat(ExplanationText.read(InvoiceInboxTexts.invoiced(new BigDecimal("210.00"), null)).english())
                .isEqualTo("Invoiced 210");
        assertThat(InvoiceInboxTexts.invoiced(null, "EUR")).isNull();
        assertThat(InvoiceInboxTexts.blocked("Price 2.10 over the agreed 1.85.")).isEqualTo(
                "Price 2.10 over the agreed 1.85. Clear the variance with the supplier (credit note, corrected invoice) or release it.");
        assertThat(InvoiceInboxTexts.unblocked(InvoiceStatus.PAID)).isEqualTo("The invoice is now paid.");
    }

    @Test
    void theAmountReadsInEachBuyersLanguage() {
        Explanation invoiced = ExplanationText.read(InvoiceInboxTexts.invoiced(new BigDecimal("210.00"), "EUR"));

        assertThat(invoiced.in(Locale.GERMAN)).isEqualTo("In Rechnung gestellt: 210 EUR");
        assertThat(invoiced.in(Locale.FRENCH)).isEqualTo("Facturé : 210 EUR");
        assertThat(invoiced.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("开票金额：210 EUR");
    }

    @Test
    void theErpsReasonStaysAsWrittenBeforeThePortalsVariancesInTheReadersLanguage() {
        String reason = InvoiceInboxTexts.reason("Zahlsperre R", List.of(Explanation.of("invoice.reason.notOnOrder"),
                Explanation.of("invoice.reason.notOnOrder")));

        assertThat(InvoiceInboxTexts.english(reason)).isEqualTo(
                "Zahlsperre R An invoiced line is not on the order. An invoiced line is not on the order.");
        assertThat(ExplanationText.read(reason).in(Locale.GERMAN)).isEqualTo("Zahlsperre R Eine berechnete Position steht"
                + " nicht in der Bestellung. Eine berechnete Position steht nicht in der Bestellung.");
        assertThat(InvoiceInboxTexts.blocked(InvoiceInboxTexts.reason(null, List.of(Explanation.of("invoice.reason.notOnOrder")))))
                .isEqualTo("An invoiced line is not on the order. Clear the variance with the supplier (credit note,"
                        + " corrected invoice) or release it.");
        assertThat(InvoiceInboxTexts.english("Blocked by AP: duplicate")).isEqualTo("Blocked by AP: duplicate");
    }
}
