package org.supplierportal.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.supplierportal.audit.AuditSummary;
import org.supplierportal.tolerance.AuditSummaries;
import org.supplierportal.tolerance.Explanation;

/**
 * What the order's History tab says of each change to it, as sentences of the rules bundle: the trail keeps them in
 * English, each reader reads them in their own language. Pure.
 */
final class OrderHistory {

    private OrderHistory() {
    }

    static AuditSummary received(String orderNumber, String sourceSystem) {
        return AuditSummaries.of(Explanation.of("audit.orderReceived", orderNumber, sourceSystem));
    }

    static AuditSummary revised(String orderNumber, int revision, int changes) {
        return AuditSummaries.of(Explanation.of("audit.orderRevised", orderNumber, revision, changes));
    }

    /** A line agreed: its deliveries and price (in the line's unit, price unit and the order's currency), and how. */
    static AuditSummary committed(String orderNumber, int lineNumber, Commitment commitment, CommitmentSource source,
                                  String unit, BigDecimal priceUnit, String currency) {
        return AuditSummaries.of(Explanation.of("audit.lineCommitted." + source.name(), orderNumber, lineNumber,
                OrderWords.deliveries(commitment.deliveries(), unit),
                OrderWords.price(commitment.unitPrice(), currency, priceUnit, unit)));
    }

    static AuditSummary goodsReceived(String orderNumber, int lineNumber, BigDecimal quantity, String unit, String reference) {
        Explanation received = OrderWords.quantity(quantity, unit);
        return AuditSummaries.of(reference == null
                ? Explanation.of("audit.goodsReceived.noReference", orderNumber, lineNumber, received)
                : Explanation.of("audit.goodsReceived", orderNumber, lineNumber, received, reference));
    }

    /** A line's new state: which line, then its note. */
    static AuditSummary lineChanged(String orderNumber, int lineNumber, LineNote note) {
        List<Explanation> sentences = new ArrayList<>();
        sentences.add(Explanation.of("audit.line", orderNumber, lineNumber));
        sentences.addAll(note.sentences());
        return AuditSummaries.of(sentences);
    }
}
