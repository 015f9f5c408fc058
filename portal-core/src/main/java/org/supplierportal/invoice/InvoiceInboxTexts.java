package org.supplierportal.invoice;

import java.math.BigDecimal;

/** What a buyer reads in the inbox about a blocked invoice: the invoice module's words, carried by its events. Pure. */
final class InvoiceInboxTexts {

    private InvoiceInboxTexts() {
    }

    /** The invoiced amount, or null when the ERP gave none. */
    static String invoiced(BigDecimal totalAmount, String currency) {
        return totalAmount == null ? null
                : "Invoiced " + totalAmount.stripTrailingZeros().toPlainString() + (currency == null ? "" : " " + currency);
    }

    static String blocked(String reason) {
        return reason + " Clear the variance with the supplier (credit note, corrected invoice) or release it.";
    }

    static String unblocked(InvoiceStatus status) {
        return "The invoice is now " + status.label().toLowerCase() + ".";
    }
}
