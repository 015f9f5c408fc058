package org.supplierportal.acknowledgment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.supplierportal.order.Commitment;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tolerance.SupplierAnswer;

/** What a line is committed to when an answer is agreed. Pure. */
final class CommitmentRules {

    private CommitmentRules() {
    }

    /** Accepting keeps the buyer's schedule when there is one; a proposal brings its own deliveries. */
    static Commitment ofAnswer(SupplierAnswer answer, OrderLineView line) {
        if (answer.decision() == SupplierAnswer.Decision.ACCEPT) {
            List<Commitment.Delivery> deliveries = line.schedule().isEmpty()
                    ? List.of(new Commitment.Delivery(line.quantity(), line.requestedDate()))
                    : line.schedule().stream().map(entry -> new Commitment.Delivery(entry.quantity(), entry.date())).toList();
            return new Commitment(deliveries, line.unitPrice());
        }
        return new Commitment(answer.deliveries().stream()
                .map(delivery -> new Commitment.Delivery(delivery.quantity(), delivery.date())).toList(),
                answer.unitPrice() == null ? line.unitPrice() : answer.unitPrice());
    }

    /**
     * A buyer's counter-proposal the supplier accepted, as one delivery: each of its values where the buyer gave one,
     * otherwise the supplier's proposal (all of it, by its last date), otherwise the order line.
     *
     * @param proposed      the deliveries the supplier had proposed (empty when it proposed none)
     * @param proposedPrice the price the supplier had proposed, or null
     */
    static Commitment ofAcceptedCounter(CounterProposal counter, List<Commitment.Delivery> proposed,
                                        BigDecimal proposedPrice, OrderLineView line) {
        BigDecimal quantity = counter.quantity() != null ? counter.quantity()
                : proposed.isEmpty() ? line.quantity() : proposed.stream().map(Commitment.Delivery::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate date = counter.date() != null ? counter.date()
                : proposed.isEmpty() ? line.requestedDate() : proposed.getLast().date();
        BigDecimal price = counter.unitPrice() != null ? counter.unitPrice()
                : proposedPrice != null ? proposedPrice : line.unitPrice();
        return new Commitment(List.of(new Commitment.Delivery(quantity, date)), price);
    }
}
