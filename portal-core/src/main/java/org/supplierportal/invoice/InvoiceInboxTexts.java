package org.supplierportal.invoice;

import java.math.BigDecimal;
import java.util.List;

import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * What a buyer reads in the inbox about a blocked invoice: the invoice module's words, carried by its events. The
 * amount and the portal's reasons are keys of the rules bundle with their values ({@link ExplanationText}), read in
 * each reader's language; an ERP's own reason stays as the ERP wrote it. Pure.
 */
final class InvoiceInboxTexts {

    private InvoiceInboxTexts() {
    }

    /** The invoiced amount, or null when the ERP gave none. */
    static String invoiced(BigDecimal totalAmount, String currency) {
        return totalAmount == null ? null : ExplanationText.of(currency == null
                ? Explanation.of("summary.invoiced.noCurrency", totalAmount.stripTrailingZeros())
                : Explanation.of("summary.invoiced", totalAmount.stripTrailingZeros(), currency));
    }

    /**
     * Why the invoice is blocked, as kept: the ERP's reason (if any) as it wrote it, then each variance the portal
     * found (invoice.reason.more sets them apart the language's way).
     */
    static String reason(String erpReason, List<Explanation> variances) {
        Explanation reason = variances.getLast();
        for (int index = variances.size() - 2; index >= 0; index--) {
            reason = Explanation.of("invoice.reason.more", variances.get(index), reason);
        }
        return ExplanationText.of(erpReason == null ? reason
                : Explanation.of("invoice.reason.more", ExplanationText.asStored(erpReason), reason));
    }

    /** For the API and the audit log: the reason in English and what to do. */
    static String blocked(String reason) {
        return english(reason) + " Clear the variance with the supplier (credit note, corrected invoice) or release it.";
    }

    /** A block reason as kept (the portal's reasons, or the ERP's or older plain words) in English. */
    static String english(String reason) {
        return reason == null ? null : ExplanationText.readOrAsStored(reason).english();
    }

    static String unblocked(InvoiceStatus status) {
        return "The invoice is now " + status.label().toLowerCase() + ".";
    }
}
