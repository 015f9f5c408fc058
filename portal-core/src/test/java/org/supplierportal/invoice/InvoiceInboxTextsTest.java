package org.supplierportal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The buyer's words about blocked invoices. */
class InvoiceInboxTextsTest {

    @Test
    void aBlockedInvoiceSaysWhatWasInvoicedWhyAndWhatToDo() {
        assertThat(InvoiceInboxTexts.invoiced(new BigDecimal("210.00"), "EUR")).isEqualTo("Invoiced 210 EUR");
        assertThat(InvoiceInboxTexts.invoiced(null, "EUR")).isNull();
        assertThat(InvoiceInboxTexts.blocked("Price 2.10 over the agreed 1.85.")).isEqualTo(
                "Price 2.10 over the agreed 1.85. Clear the variance with the supplier (credit note, corrected invoice) or release it.");
        assertThat(InvoiceInboxTexts.unblocked(InvoiceStatus.PAID)).isEqualTo("The invoice is now paid.");
    }
}
