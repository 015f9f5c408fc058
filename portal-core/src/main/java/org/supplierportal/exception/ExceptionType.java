package org.supplierportal.exception;

/** What a buyer exception is about. */
public enum ExceptionType {
    OUTSIDE_TOLERANCE("Answer outside tolerance"),
    SUPPLIER_REJECTED_LINE("Line rejected by supplier"),
    COUNTER_REJECTED("Counter-proposal rejected"),
    ACKNOWLEDGMENT_OVERDUE("Acknowledgment overdue");

    private final String label;

    ExceptionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Exceptions on a supplier's answer take approve / reject / counter; an overdue one is closed with a note. */
    public boolean isAnswerDecision() {
        return this != ACKNOWLEDGMENT_OVERDUE;
    }
}
