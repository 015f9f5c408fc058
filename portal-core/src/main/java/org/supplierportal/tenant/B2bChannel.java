package org.supplierportal.tenant;

/** How a supplier's own systems exchange documents with the portal, besides its people using the screens. */
public enum B2bChannel {
    PORTAL_ONLY("Portal only (screens and API)"),
    X12("ANSI X12 EDI"),
    EDIFACT("UN/EDIFACT EDI"),
    CXML("cXML");

    private final String label;

    B2bChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
