package org.supplierportal.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.Explanation;

/**
 * An incident as the screens and the API show it, steps in their usual order. Title, defect and who opened it are
 * English here (the API, the audit log); a screen or an e-mail words {@code titleWords}, {@code defectWords} and
 * {@code openedByWords} in its reader's language: a person's words stay as they wrote them, the portal's own (an
 * incident the ERP opened from a rejected receipt) are keys of the rules bundle with their values.
 */
public record IncidentView(UUID id, TenantId tenantId, String supplierName, String number, IncidentStatus status,
                           Severity severity, IncidentSource source, String title, String defect, String partNumber,
                           OrderId orderId, String orderNumber, Integer orderLineNumber, String asnNumber, String lot,
                           BigDecimal quantityAffected, String unit, String openedBy, Instant openedAt,
                           Instant closedAt, long version, List<StepView> steps, List<AttachmentView> attachments,
                           Explanation titleWords, Explanation defectWords, Explanation openedByWords) {

    public StepView step(StepKind kind) {
        return steps.stream().filter(step -> step.kind() == kind).findFirst().orElseThrow();
    }

    /** The earliest step that is still the supplier's turn, if any. */
    public Optional<StepView> nextDueStep() {
        return steps.stream().filter(step -> step.status().awaitsSupplier())
                .min(java.util.Comparator.comparing(StepView::dueAt));
    }

    /** Whose turn it is: the supplier's (an answer to give), the buyer's (an answer to review), or nobody's. */
    public enum Turn { SUPPLIER, BUYER, NOBODY }

    public Turn turn() {
        if (status == IncidentStatus.CLOSED) {
            return Turn.NOBODY;
        }
        return steps.stream().anyMatch(step -> step.status() == StepStatus.SUBMITTED) ? Turn.BUYER : Turn.SUPPLIER;
    }

    public List<AttachmentView> attachmentsOf(StepKind kind) {
        return attachments.stream().filter(attachment -> attachment.stepKind() == kind).toList();
    }
}
