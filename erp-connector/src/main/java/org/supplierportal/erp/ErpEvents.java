package org.supplierportal.erp;

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
}
