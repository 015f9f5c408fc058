package org.supplierportal.businessevents;

/** The events the portal publishes, with their names on the wire and the version of their data's shape. */
public enum BusinessEventType {
    ORDER_RECEIVED("order.received"),
    ORDER_REVISED("order.revised"),
    LINE_COMMITTED("acknowledgment.line-committed"),
    LINE_SENT_TO_BUYER("acknowledgment.line-sent-to-buyer"),
    BUYER_DECIDED("acknowledgment.buyer-decided"),
    ASN_SENT("asn.sent"),
    ASN_CHANGED("asn.changed"),
    ASN_CANCELLED("asn.cancelled"),
    RECEIPT_MATCHED("receipt.matched"),
    RECEIPT_DIFFERS_FROM_ASN("receipt.differs-from-asn"),
    RECEIPT_WITHOUT_ASN("receipt.without-asn"),
    RECEIPT_REJECTED("receipt.rejected"),
    INCIDENT_OPENED("incident.opened"),
    INCIDENT_STEP_ANSWERED("incident.step-answered"),
    INCIDENT_CLOSED("incident.closed"),
    INVOICE_STATUS_CHANGED("invoice.status-changed");

    private final String wireName;

    BusinessEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code type} field of the envelope, as the AsyncAPI document names it. */
    public String wireName() {
        return wireName;
    }

    /** Every type starts at 1; a change a consumer could not read raises it (and the AsyncAPI document's schema). */
    public int version() {
        return 1;
    }
}
