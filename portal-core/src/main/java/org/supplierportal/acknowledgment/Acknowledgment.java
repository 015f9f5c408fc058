package org.supplierportal.acknowledgment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.supplierportal.order.Commitment;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tenancy.PersistableEntity;
import org.supplierportal.tolerance.LineEvaluation;

/** One acknowledgment of one order revision, as the supplier submitted it. Never changed afterwards. */
@Entity
@Table(name = "acknowledgment")
class Acknowledgment extends PersistableEntity {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID orderId;
    private int revision;
    private String idempotencyKey;
    private Instant submittedAt;
    private String submittedBy;
    private UUID submittedById;
    private String comment;

    @OneToMany(mappedBy = "acknowledgment", cascade = CascadeType.ALL)
    @OrderBy("lineNumber")
    private List<AcknowledgmentLine> lines = new ArrayList<>();

    protected Acknowledgment() {
    }

    Acknowledgment(UUID tenantId, UUID orderId, int revision, String idempotencyKey, Instant submittedAt,
                   String submittedBy, UUID submittedById, String comment) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.orderId = orderId;
        this.revision = revision;
        this.idempotencyKey = idempotencyKey;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.submittedById = submittedById;
        this.comment = comment;
    }

    AcknowledgmentLine add(AcknowledgmentLine line) {
        lines.add(line);
        return line;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID orderId() {
        return orderId;
    }

    int revision() {
        return revision;
    }

    String submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String comment() {
        return comment;
    }

    List<AcknowledgmentLine> lines() {
        return lines;
    }

    /** What became of each line, as the order stands now: a committed line with its commitment. */
    AcknowledgmentResult result(OrderForAnswer order) {
        List<LineOutcome> outcomes = lines.stream().map(line -> {
            OrderLineView orderLine = order.line(line.lineNumber()).orElse(null);
            Commitment commitment = line.outcome() == LineEvaluation.Outcome.COMMIT && orderLine != null
                    ? orderLine.commitment() : null;
            return new LineOutcome(line.id(), line.lineNumber(), line.decision(), line.outcome(), line.explanation(),
                    List.of(), commitment);
        }).toList();
        return new AcknowledgmentResult(id, new OrderId(orderId), order.number(), revision, submittedAt, submittedBy,
                comment, outcomes);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
