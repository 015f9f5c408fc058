package org.supplierportal.notification;

import java.util.UUID;

import org.supplierportal.tenancy.TenantId;

/** A person a notification is for. @param tenantId their supplier, null for buyers and admins */
record Recipient(UUID userId, TenantId tenantId, String displayName, String email) {

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
