package org.supplierportal.b2b;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;

import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.SftpLogin;

/**
 * The principal a supplier's system acts as once its channel authenticated it: a supplier user of that supplier and
 * no other, so the services' role checks, the tenant isolation and the audit trail treat it as they treat a person.
 */
public final class EdiPrincipal {

    private EdiPrincipal() {
    }

    public static CurrentUser of(SftpLogin partner) {
        UUID id = UUID.nameUUIDFromBytes(("edi:" + partner.tenantKey()).getBytes(StandardCharsets.UTF_8));
        return new CurrentUser(id, "edi:" + partner.tenantKey(), partner.tenantName() + " (EDI)", partner.tenantId(),
                partner.tenantName(), EnumSet.of(Role.SUPPLIER_USER));
    }
}
