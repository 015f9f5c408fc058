package org.supplierportal.tolerance;

/** The rules an answer is judged by, each with the name people know it by. */
public enum ToleranceRule {
    QUANTITY("Quantity"),
    DELIVERY_DATE("Delivery date"),
    PRICE("Price"),
    /** Another unit of measure than ordered: never automatic. */
    UNIT("Unit"),
    /** Another currency than ordered: never automatic. */
    CURRENCY("Currency"),
    /** The supplier rejects the line: never automatic. */
    REJECTION("Rejection");

    private final String label;

    ToleranceRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
