package org.supplierportal.inbox;

/**
 * Why an exception is in the inbox, or how one closed itself without a buyer. Each kind is worded by the rules
 * bundle's {@code inbox.reason.<KIND>} with the reason's values ({@link ExceptionReason}), so every reader gets it in
 * their own language while the API and the audit log keep English.
 */
public enum ReasonKind {
    /** Values: the order's revision, the deadline (an ISO instant). */
    ACKNOWLEDGMENT_OVERDUE(2),
    /** Values: the incident number, the step ({@code StepKind} name), its due time (an ISO instant). */
    QUALITY_STEP_OVERDUE(3),
    /**
     * Values: why the invoice is blocked, as the invoice module keeps it: the portal's variances as an
     * {@code ExplanationText}, an ERP's reason as the ERP wrote it.
     */
    INVOICE_BLOCKED(1),
    /** Values: the quantity received, its unit (empty when none), the shipment reference (empty when none). */
    RECEIPT_WITHOUT_ASN(3),
    /**
     * Values: the quantity received, the quantity the ASN shipped, their unit (empty when none), the tolerance limit in %
     * the receipt is beyond (under when less arrived, over when more did).
     */
    RECEIPT_DIFFERS_FROM_ASN(4),
    /** Values: the ASN number, its PO numbers, the expected arrival (ISO date), the days since. */
    ASN_NOT_RECEIVED(4),
    /** Values: the committed date (ISO date). */
    SHIPMENT_OVERDUE(1),
    /** No values. */
    COUNTER_REJECTED(0),
    /**
     * The tolerance rules that sent a supplier's answer to a buyer; values: one per rule, its reason as a text
     * ({@code ExplanationText}: the rules bundle's key with its values).
     */
    TOLERANCE(-1),
    /** Resolved: the supplier acknowledged; values: the revision. */
    ACKNOWLEDGED(1),
    /** Resolved: the order changed; values: the new revision. */
    SUPERSEDED(1),
    /** Resolved: the supplier answered the step; values: the step ({@code StepKind} name). */
    STEP_ANSWERED(1),
    /** Resolved: the invoice moved on; values: its status ({@code InvoiceStatus} name). */
    INVOICE_MOVED_ON(1),
    /**
     * Words that are English only: a reason stored before reasons had a kind and not recognised since (the tolerance
     * rules' sentences among them); values: the text.
     */
    TEXT(1);

    private final int valueCount; // -1: one or more

    ReasonKind(int valueCount) {
        this.valueCount = valueCount;
    }

    /** Whether a reason of this kind has that many values (one or more for {@link #TOLERANCE}). */
    boolean takes(int count) {
        return valueCount < 0 ? count > 0 : count == valueCount;
    }
}
