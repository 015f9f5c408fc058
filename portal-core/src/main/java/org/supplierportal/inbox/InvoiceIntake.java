package org.supplierportal.inbox;

import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.tenancy.RunsAsSystem;
import org.supplierportal.tolerance.ExplanationText;

/**
 * Blocked invoices in the inbox: one open exception per invoice (a new reason while it is open adds nothing),
 * resolved when the invoice moves on. Handled like {@link AnswerIntake}'s events: after commit, on their own, as the
 * system.
 */
@Service
@RunsAsSystem("buyer inbox")
class InvoiceIntake {

    private final BuyerExceptionRepository exceptions;
    private final ExceptionRecorder recorder;

    InvoiceIntake(BuyerExceptionRepository exceptions, ExceptionRecorder recorder) {
        this.exceptions = exceptions;
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(InvoiceEvents.InvoiceBlocked invoice) {
        String link = link(invoice.invoiceId());
        if (exceptions.findBySubjectLink(link).stream().noneMatch(BuyerException::isOpen)) {
            recorder.raise(BuyerException.invoiceBlocked(recorder.opening(invoice.tenantId()), invoice,
                            recorder.revisionOf(invoice.orderId()), link), "Invoice", invoice.invoiceNumber(),
                    ExceptionSubject.invoice(invoice.invoiceNumber()).english() + " blocked: "
                            + ExplanationText.readOrAsStored(String.valueOf(invoice.reason())).english());
        }
    }

    @ApplicationModuleListener
    void on(InvoiceEvents.InvoiceUnblocked invoice) {
        recorder.resolve(exceptions.findBySubjectLink(link(invoice.invoiceId())).stream(),
                ExceptionReason.invoiceMovedOn(invoice.status()));
    }

    /** Where the invoice opens in the portal. */
    private static String link(UUID invoiceId) {
        return "invoices/" + invoiceId;
    }
}
