package org.supplierportal.erp.outbound;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One message for the ERP, delivered at least once and applied once (the ERP side checks its idempotency key). */
@Entity
@Table(name = "erp_outbound_message")
class OutboundMessage {

    /** NOT_FOR_THIS_ERP: about an order that did not come from the connected ERP (the demo's), so never sent to it. */
    enum Status { PENDING, SENT, DEAD, NOT_FOR_THIS_ERP }

    @Id
    private UUID id;
    private String idempotencyKey;
    private String kind;
    private UUID tenantId;
    private String subject;
    private String payload;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    /** The node sending it now, until when; set by {@link OutboundQueue#claimDue}, cleared by every outcome. */
    private String claimedBy;
    private Instant claimedUntil;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected OutboundMessage() {
    }

    OutboundMessage(String idempotencyKey, String kind, UUID tenantId, String subject, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.tenantId = tenantId;
        this.subject = subject;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        released();
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    void failed(String error, Instant nextAttempt) {
        released();
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = nextAttempt;
    }

    void dead(String error) {
        released();
        attempts++;
        lastError = truncate(error);
        status = Status.DEAD;
    }

    void notForThisErp(String reason) {
        released();
        lastError = truncate(reason);
        status = Status.NOT_FOR_THIS_ERP;
    }

    void replay(Instant now) {
        released();
        status = Status.PENDING;
        nextAttemptAt = now;
    }

    boolean isClaimedBy(String node) {
        return status == Status.PENDING && node.equals(claimedBy);
    }

    private void released() {
        claimedBy = null;
        claimedUntil = null;
    }

    UUID id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String payload() {
        return payload;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    int attempts() {
        return attempts;
    }

    Status status() {
        return status;
    }

    String subject() {
        return subject;
    }

    OutboundMessageView view() {
        return new OutboundMessageView(id, idempotencyKey, kind, subject, status.name(), attempts, nextAttemptAt,
                lastError, createdAt, sentAt);
    }

    private static String truncate(String text) {
        String value = text == null ? "unknown error" : text;
        return value.length() > 1900 ? value.substring(0, 1900) + "…" : value;
    }
}
