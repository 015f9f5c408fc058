package org.supplierportal.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.tenancy.TenantId;

/**
 * A subscription as the screen shows it (never its secret).
 *
 * @param tenantId     the API client's supplier; null for a buyer-side client
 * @param supplierName its name
 */
public record WebhookView(UUID id, UUID apiClientId, String apiClientName, TenantId tenantId, String supplierName, String url,
                          Set<BusinessEventType> eventTypes, Status status, Instant createdAt, String createdBy) {

    public enum Status { ACTIVE, PAUSED }
}
