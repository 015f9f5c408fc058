package org.supplierportal.notification;

import java.util.UUID;

import org.supplierportal.tenancy.TenantId;

/**
 * A person a notification is for.
 *
 * @param tenantId their supplier, null for buyers and admins
 * @param reader   the language and time zone they chose, which their e-mails are written in
 */
record Recipient(UUID userId, TenantId tenantId, String displayName, String email, ReaderLocale reader) {

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
