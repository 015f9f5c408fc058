package org.supplierportal.erp.inbound;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.supplierportal.tenancy.PersistableEntity;

/**
 * An order for an ERP party no supplier tenant claims (yet): kept aside, visible to admins, taken in once a tenant
 * with that party code exists.
 */
@Entity
@Table(name = "erp_parked_order")
class ParkedOrder extends PersistableEntity {

    @Id
    private UUID id;
    private String sourceSystem;
    private String erpId;
    private String number;
    private String partyCode;
    private String payload;
    private String reason;
    private String status;
    private Instant parkedAt;
    private Instant updatedAt;

    protected ParkedOrder() {
    }

    ParkedOrder(String sourceSystem, String erpId, String number, String partyCode, String payload, String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.sourceSystem = sourceSystem;
        this.erpId = erpId;
        this.status = "PARKED";
        this.parkedAt = now;
        update(number, partyCode, payload, reason, now);
    }

    void update(String newNumber, String newPartyCode, String newPayload, String newReason, Instant now) {
        number = newNumber;
        partyCode = newPartyCode;
        payload = newPayload;
        reason = newReason;
        status = "PARKED";
        updatedAt = now;
    }

    void takenIn(Instant now) {
        status = "TAKEN_IN";
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String payload() {
        return payload;
    }

    String status() {
        return status;
    }

    ParkedOrderView view() {
        return new ParkedOrderView(id, sourceSystem, erpId, number, partyCode, reason, status, parkedAt, updatedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
