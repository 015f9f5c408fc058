package org.supplierportal.contact;

/** What a contact is the person to talk to for. */
public enum ContactFunction {
    SALES("Sales and order desk"),
    LOGISTICS("Shipping and logistics"),
    QUALITY("Quality"),
    ACCOUNTS("Invoices and payments"),
    MANAGEMENT("Management"),
    OTHER("Other");

    private final String label;

    ContactFunction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
