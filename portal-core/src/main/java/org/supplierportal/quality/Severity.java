package org.supplierportal.quality;

/** How bad a defect is; it sets how soon each step of the supplier's answer is due. */
public enum Severity {
    CRITICAL("Critical"),
    MAJOR("Major"),
    MINOR("Minor");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
