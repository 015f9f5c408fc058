package org.supplierportal.b2b.log;

import org.supplierportal.tenancy.TenantId;

/**
 * A document entering the message log: whose, which way, what it is and its raw text.
 *
 * @param direction IN from the partner, OUT to it
 * @param partnerId the partner's ISA qualifier and ID, e.g. ZZ:1556150
 */
public record B2bDocument(TenantId tenantId, String direction, String standard, String documentType, String partnerId,
                          String interchangeControl, String groupControl, String fileName, String raw) {

    public static final String IN = "IN";
    public static final String OUT = "OUT";
}
