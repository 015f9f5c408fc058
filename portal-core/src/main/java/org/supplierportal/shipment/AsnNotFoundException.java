package org.supplierportal.shipment;

import java.util.UUID;

/** No such ASN, or not one the current user may see: the same answer, so nobody learns another supplier's ASNs. */
public class AsnNotFoundException extends RuntimeException {

    public AsnNotFoundException(UUID id) {
        super("No ASN " + id);
    }
}
