package org.supplierportal.notification;

import java.util.List;
import java.util.Objects;

import org.supplierportal.tenancy.TenantId;

/**
 * A notification before it has recipients.
 *
 * @param supplier  the supplier it concerns; a supplier-audience notification goes to this supplier's people only
 * @param dedupKey  the same thing told twice (a redelivered event) has the same key and is told once
 * @param arguments the values of its texts, in the order the bundle's patterns number them
 * @param link      the portal route that acts on it, without the host ("orders/<id>")
 */
record NotificationDraft(NotificationType type, TenantId supplier, String dedupKey, List<String> arguments, String link) {

    NotificationDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(link, "link");
        if (type.audience() == Audience.SUPPLIER && supplier == null) {
            throw new IllegalArgumentException(type + " is a supplier's notification and needs the supplier");
        }
        arguments = arguments.stream().map(argument -> argument == null ? "" : argument).toList();
    }
}
