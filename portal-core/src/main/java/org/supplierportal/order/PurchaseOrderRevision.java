package org.supplierportal.order;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.supplierportal.tenancy.PersistableEntity;

/** One revision of an order exactly as the ERP sent it (canonical JSON), kept for the change view and history. */
@Entity
@Table(name = "purchase_order_revision")
class PurchaseOrderRevision extends PersistableEntity {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID orderId;
    private int revision;
    private long erpRevision;
    private Instant receivedAt;
    private String contentHash;
    private int changeCount;
    private String document;

    protected PurchaseOrderRevision() {
    }

    PurchaseOrderRevision(PurchaseOrder order, int changeCount, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = order.tenantId().value();
        this.orderId = order.id().value();
        this.revision = order.revision();
        this.erpRevision = order.erpRevision();
        this.contentHash = order.contentHash();
        this.changeCount = changeCount;
        this.receivedAt = receivedAt;
    }

    String document() {
        return document;
    }

    /** Keeps the document of this revision now that a later one replaces it. */
    void keep(String json) {
        document = json;
    }

    int revision() {
        return revision;
    }

    RevisionSummary summary() {
        return new RevisionSummary(revision, erpRevision, receivedAt, changeCount);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
