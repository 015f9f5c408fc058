package org.supplierportal.order;

/**
 * What changed between two revisions of an order: a screen words it in its reader's language (the translations'
 * {@code changes.field.<NAME>}), the API and the audit log in English ({@link #label()}).
 */
public enum ChangedField {
    BUYER("Buyer"),
    CURRENCY("Currency"),
    PAYMENT_TERMS("Payment terms"),
    INCOTERMS("Incoterms"),
    SHIP_TO("Ship to"),
    ORDER_DATE("Order date"),
    /** A whole line, added or removed. */
    LINE("Line"),
    PART_NUMBER("Part number"),
    SUPPLIER_PART_NUMBER("Supplier part number"),
    DESCRIPTION("Description"),
    QUANTITY("Quantity"),
    UNIT("Unit"),
    UNIT_PRICE("Unit price"),
    PRICE_PER("Price per"),
    REQUESTED_DATE("Requested date"),
    SCHEDULE("Schedule");

    private final String label;

    ChangedField(String label) {
        this.label = label;
    }

    /** In English, as the API has always named it. */
    public String label() {
        return label;
    }
}
