package org.supplierportal.inbox;

/** What a buyer exception is about. */
public enum ExceptionType {
    OUTSIDE_TOLERANCE("Answer outside tolerance"),
    SUPPLIER_REJECTED_LINE("Line rejected by supplier"),
    COUNTER_REJECTED("Counter-proposal rejected"),
    ACKNOWLEDGMENT_OVERDUE("Acknowledgment overdue"),
    RECEIPT_DIFFERS_FROM_ASN("Receipt differs from ASN"),
    RECEIPT_WITHOUT_ASN("Receipt without ASN"),
    ASN_NOT_RECEIVED("ASN not received"),
    SHIPMENT_OVERDUE("Shipment overdue"),
    QUALITY_STEP_OVERDUE("Quality step overdue"),
    INVOICE_BLOCKED("Invoice blocked");

    private final String label;

    ExceptionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Exceptions on a supplier's answer take approve / reject / counter; the others are closed with a note. */
    public boolean isAnswerDecision() {
        return this == OUTSIDE_TOLERANCE || this == SUPPLIER_REJECTED_LINE || this == COUNTER_REJECTED;
    }
}
