package org.supplierportal.quality;

import java.time.Instant;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** What the quality module tells the rest of the portal (the buyer inbox). */
public final class QualityEvents {

    private QualityEvents() {
    }

    /** A step is still the supplier's turn after its due time. */
    public record StepOverdue(TenantId tenantId, UUID incidentId, String incidentNumber, StepKind kind, Instant dueAt,
                              OrderId orderId, String orderNumber, String partNumber, String title) {
    }

    /** The supplier answered a step (an overdue exception about it no longer needs the buyer). */
    public record StepAnswered(TenantId tenantId, UUID incidentId, String incidentNumber, StepKind kind) {
    }

    /** A new incident against a supplier (opened by a buyer or the ERP): its people are told. */
    public record IncidentOpened(TenantId tenantId, UUID incidentId, String incidentNumber) {
    }
}
