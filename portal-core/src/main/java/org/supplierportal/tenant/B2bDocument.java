package org.supplierportal.tenant;

/** The documents a supplier exchanges over its B2B channel. */
public enum B2bDocument {
    PURCHASE_ORDERS("Purchase orders out (X12 850, EDIFACT ORDERS, cXML OrderRequest)"),
    /** Kept apart from new orders: many partners' EDI systems take 850s but cannot process 860s. */
    ORDER_CHANGES("Order changes out (X12 860, EDIFACT ORDCHG, cXML OrderRequest update)"),
    ORDER_ACKNOWLEDGMENTS("Order acknowledgments in (X12 855, EDIFACT ORDRSP, cXML ConfirmationRequest)"),
    SHIP_NOTICES("Ship notices in (X12 856, EDIFACT DESADV, cXML ShipNoticeRequest)");

    private final String label;

    B2bDocument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
