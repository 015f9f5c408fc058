package org.supplierportal.tolerance;

/** Where a limit comes from, most general first. */
public enum ToleranceLayer {
    GLOBAL("portal default"),
    SUPPLIER("supplier's own limit"),
    PART("limit for this part number");

    private final String label;

    ToleranceLayer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
