package org.supplierportal.erp;

import java.time.Instant;
import java.util.UUID;

/** What happens in the ERP connector, as events other modules (notifications) react to. */
public final class ErpEvents {

    private ErpEvents() {
    }

    /**
     * A record or message became a dead letter: retrying will not fix it, someone must. Published once per letter,
     * not at each further failure of the same record.
     *
     * @param direction {@code INBOUND} (an import) or {@code OUTBOUND} (a message to the ERP)
     * @param kind      what it is ("order", "receipt", "commitment", ...)
     * @param subject   what it is about, in words (a PO number)
     */
    public record DeadLetterOpened(UUID deadLetterId, String direction, String kind, String sourceSystem,
                                   String recordKey, String subject, String error) {
    }

    /**
     * An import job (orders, receipts, invoices, reconciliation) that ran well before failed: its feed stands still
     * until someone looks. Published for the first failed run only, not again at each scheduled run that fails the
     * same way; once a run succeeds, the next failure is news again.
     *
     * @param executionId the run, as the integration page lists it (0 when the job could not even start)
     * @param error       why, as the run recorded it
     */
    public record ImportFailed(String jobName, long executionId, Instant failedAt, String error) {
    }
}
