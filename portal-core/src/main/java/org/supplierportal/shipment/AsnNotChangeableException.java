package org.supplierportal.shipment;

/** The ASN was received (or cancelled) meanwhile: what arrived is fact, so it no longer changes. */
public class AsnNotChangeableException extends RuntimeException {

    public AsnNotChangeableException(String number, AsnStatus status) {
        super("ASN " + number + " is " + status.label().toLowerCase() + "; it can no longer be changed or cancelled."
                + (status == AsnStatus.CANCELLED ? "" : " Tell your customer about any difference."));
    }
}
