package org.supplierportal.acknowledgment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.supplierportal.order.Commitment;
import org.supplierportal.tolerance.LineEvaluation;
import org.supplierportal.tolerance.SupplierAnswer;
import org.supplierportal.tenancy.PersistableEntity;

/** The answer to one line, with its evaluation and, later, the buyer's decision on it. */
@Entity
@Table(name = "acknowledgment_line")
class AcknowledgmentLine extends PersistableEntity {

    /** What a buyer decided on an answer that needed one. */
    enum BuyerDecision { APPROVED, REJECTED, COUNTERED, COUNTER_ACCEPTED, COUNTER_REJECTED }

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledgment_id")
    private Acknowledgment acknowledgment;
    private UUID orderLineId;
    private int lineNumber;
    @Enumerated(EnumType.STRING)
    private SupplierAnswer.Decision decision;
    private String proposedUnit;
    private BigDecimal proposedPrice;
    private String proposedCurrency;
    private String rejectReason;
    private String comment;
    @Enumerated(EnumType.STRING)
    private LineEvaluation.Outcome outcome;
    private String explanation;
    @Enumerated(EnumType.STRING)
    private BuyerDecision buyerDecision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acknowledgment_delivery", joinColumns = @JoinColumn(name = "acknowledgment_line_id"))
    @OrderColumn(name = "position")
    private List<ProposedDelivery> deliveries = new ArrayList<>();

    protected AcknowledgmentLine() {
    }

    AcknowledgmentLine(Acknowledgment acknowledgment, UUID orderLineId, int lineNumber, SupplierAnswer answer,
                       String rejectReason, String comment, LineEvaluation evaluation) {
        this.id = UUID.randomUUID();
        this.acknowledgment = acknowledgment;
        this.tenantId = acknowledgment.tenantId();
        this.orderLineId = orderLineId;
        this.lineNumber = lineNumber;
        this.decision = answer.decision();
        this.proposedUnit = answer.unit();
        this.proposedPrice = answer.unitPrice();
        this.proposedCurrency = answer.currency();
        this.rejectReason = rejectReason;
        this.comment = comment;
        this.outcome = evaluation.outcome();
        this.explanation = evaluation.outcome() == LineEvaluation.Outcome.COMMIT ? evaluation.summary()
                : evaluation.reasonForBuyer();
        answer.deliveries().forEach(delivery ->
                deliveries.add(new ProposedDelivery(tenantId, delivery.quantity(), delivery.date())));
    }

    void decided(BuyerDecision decision) {
        this.buyerDecision = decision;
    }

    UUID id() {
        return id;
    }

    Acknowledgment acknowledgment() {
        return acknowledgment;
    }

    int lineNumber() {
        return lineNumber;
    }

    SupplierAnswer.Decision decision() {
        return decision;
    }

    LineEvaluation.Outcome outcome() {
        return outcome;
    }

    String explanation() {
        return explanation;
    }

    String rejectReason() {
        return rejectReason;
    }

    BuyerDecision buyerDecision() {
        return buyerDecision;
    }

    /** The proposal as a commitment, given the ordered price to keep when no other was proposed. */
    Commitment proposalAsCommitment(BigDecimal orderedPrice) {
        return new Commitment(deliveries.stream()
                .map(delivery -> new Commitment.Delivery(delivery.quantity(), delivery.date())).toList(),
                proposedPrice == null ? orderedPrice : proposedPrice);
    }

    List<Commitment.Delivery> proposedDeliveries() {
        return deliveries.stream().map(delivery -> new Commitment.Delivery(delivery.quantity(), delivery.date())).toList();
    }

    BigDecimal proposedPrice() {
        return proposedPrice;
    }

    String proposedUnit() {
        return proposedUnit;
    }

    String proposedCurrency() {
        return proposedCurrency;
    }

    String comment() {
        return comment;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
