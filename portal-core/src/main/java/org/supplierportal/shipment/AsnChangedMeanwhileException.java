package org.supplierportal.shipment;

/** Someone changed the ASN since it was opened; the supplier reloads rather than overwriting that change. */
public class AsnChangedMeanwhileException extends RuntimeException {

    public AsnChangedMeanwhileException(String number) {
        super("ASN " + number + " was changed by someone else since you opened it. Reload it and make your change again.");
    }
}
