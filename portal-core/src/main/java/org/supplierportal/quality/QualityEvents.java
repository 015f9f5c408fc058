package org.supplierportal.quality;

import java.time.Instant;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** What the quality module tells the rest of the portal (the buyer inbox). */
public final class QualityEvents {

    private QualityEvents() {
    }

    /**
     * A step is still the supplier's turn after its due time.
     *
     * @param title   the incident's title as {@code ExplanationText} keeps it (the inbox words it per reader)
     * @param rule    why the buyer sees it and what to do, in the buyer's words
     */
    public record StepOverdue(TenantId tenantId, UUID incidentId, String incidentNumber, StepKind kind, Instant dueAt,
                              OrderId orderId, String orderNumber, String partNumber, String title, String rule) {
    }

    /**
     * The supplier answered a step (an overdue exception about it no longer needs the buyer).
     *
     * @param resolution why an exception about the step resolved itself, in the buyer's words
     */
    public record StepAnswered(TenantId tenantId, UUID incidentId, String incidentNumber, StepKind kind, String resolution) {
    }

    /** The buyer accepted the last step of an incident: it is closed. */
    public record IncidentClosed(TenantId tenantId, UUID incidentId, String incidentNumber) {
    }

    /** A new incident against a supplier (opened by a buyer or the ERP): its people are told. */
    public record IncidentOpened(TenantId tenantId, UUID incidentId, String incidentNumber) {
    }

    /**
     * The buyer sent a step back: the supplier must answer it again.
     *
     * @param comment    what the buyer found missing
     * @param returnedAt when, which tells one return of the step from the next
     */
    public record StepReturned(TenantId tenantId, UUID incidentId, String incidentNumber, StepKind kind, String comment,
                               Instant dueAt, Instant returnedAt) {
    }

    /**
     * A step still the supplier's turn falls due within the reminder window ({@code portal.quality.due-soon-window}).
     * Raised once per step and due time.
     */
    public record StepDueSoon(TenantId tenantId, UUID incidentId, String incidentNumber, StepKind kind, Instant dueAt) {
    }
}
