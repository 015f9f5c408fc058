package org.supplierportal.businessevents;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;

/** Wraps a domain event in its envelope: the supplier's key in place of the internal tenant id, an id, a time. */
class BusinessEventEnvelopes {

    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    // A supplier's key never changes (tenants are matched by it), so it is looked up once per supplier.
    private final Map<TenantId, String> supplierKeys = new ConcurrentHashMap<>();

    BusinessEventEnvelopes(TenantService tenants, CurrentUsers currentUsers, Clock clock) {
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    BusinessEvent envelope(Object event) {
        return envelope(BusinessEventCatalogue.describe(event)
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getName() + " is not a business event")));
    }

    BusinessEvent envelope(BusinessEventCatalogue.Described described) {
        return new BusinessEvent(described.type().wireName(), described.type().version(), UUID.randomUUID(),
                clock.instant(), supplierKey(described.tenantId()), described.data());
    }

    /** The message key: the supplier's key, so one supplier's events stay in one partition, in order. */
    String supplierKey(Object event) {
        return BusinessEventCatalogue.describe(event).map(described -> supplierKey(described.tenantId()))
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getName() + " is not a business event"));
    }

    private String supplierKey(TenantId tenantId) {
        // Externalization runs after the change's commit, on its own thread, with nobody logged in: as the system.
        return supplierKeys.computeIfAbsent(tenantId, id -> currentUsers.runAsSystem("business events",
                () -> tenants.find(id).orElseThrow(() -> new IllegalStateException("no supplier " + id)).key()));
    }
}
