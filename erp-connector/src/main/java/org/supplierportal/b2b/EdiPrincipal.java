package org.supplierportal.b2b;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;

import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.SftpLogin;

/**
 * The principal a supplier's system acts as once its channel authenticated it: a supplier user of that supplier and
 * no other, so the services' role checks, the tenant isolation and the audit trail treat it as they treat a person.
 */
public final class EdiPrincipal {

    private EdiPrincipal() {
    }

    public static CurrentUser of(SftpLogin partner) {
        return of(partner.tenantId(), partner.tenantKey(), partner.tenantName());
    }

    /** The same principal for a partner any transport authenticated (cXML's Sender credential and shared secret). */
    public static CurrentUser of(TenantId tenantId, String tenantKey, String tenantName) {
        UUID id = UUID.nameUUIDFromBytes(("edi:" + tenantKey).getBytes(StandardCharsets.UTF_8));
        return new CurrentUser(id, "edi:" + tenantKey, tenantName + " (EDI)", tenantId, tenantName,
                EnumSet.of(Role.SUPPLIER_USER));
    }
}
