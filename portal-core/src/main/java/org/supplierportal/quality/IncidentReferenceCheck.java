package org.supplierportal.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supplierportal.order.ShippableLine;

/**
 * Whether the supplier, order, line, part and ASN an incident names belong together, and what follows from them:
 * the order's id, and the line's part when the buyer gave none. Pure: every problem is returned, nothing thrown.
 */
final class IncidentReferenceCheck {

    private IncidentReferenceCheck() {
    }

    /**
     * What the portal knows of the draft's references.
     *
     * @param supplierName the supplier's name, or null when the draft names no supplier the portal knows
     * @param orderLines   the lines of the supplier's order with the draft's PO number (empty: no such order)
     * @param asnSent      whether the supplier sent an ASN with the draft's ASN number
     */
    record Facts(String supplierName, List<ShippableLine> orderLines, boolean asnSent) {
    }

    /** The references resolved: the order (null when none is named) and the part; usable when there are no problems. */
    record Result(UUID orderId, String partNumber, List<QualityProblem> problems) {
    }

    static Result check(IncidentDraft draft, Facts facts) {
        List<QualityProblem> problems = new ArrayList<>();
        boolean knownSupplier = facts.supplierName() != null;
        if (draft.supplier() != null && !knownSupplier) {
            problems.add(QualityProblem.of("supplier", "quality.problem.noSuchSupplier"));
        }
        String partNumber = QualityRules.blank(draft.partNumber()) ? null : draft.partNumber().strip();
        UUID orderId = null;
        if (knownSupplier && !QualityRules.blank(draft.orderNumber())) {
            String order = draft.orderNumber().strip();
            if (facts.orderLines().isEmpty()) {
                problems.add(QualityProblem.of("orderNumber", "quality.problem.noSuchOrder", facts.supplierName(), order));
            } else {
                orderId = facts.orderLines().getFirst().orderId().value();
                partNumber = checkLine(draft, order, facts.orderLines(), partNumber, problems);
            }
        }
        if (knownSupplier && !QualityRules.blank(draft.asnNumber()) && !facts.asnSent()) {
            problems.add(QualityProblem.of("asnNumber", "quality.problem.noSuchAsn", facts.supplierName(),
                    draft.asnNumber().strip()));
        }
        return new Result(orderId, partNumber, problems);
    }

    /** The named line exists and is of the named part; without a part, the line's part is the incident's. */
    private static String checkLine(IncidentDraft draft, String order, List<ShippableLine> lines, String partNumber,
                                    List<QualityProblem> problems) {
        if (draft.orderLineNumber() == null) {
            return partNumber;
        }
        Optional<ShippableLine> line = lines.stream()
                .filter(candidate -> candidate.lineNumber() == draft.orderLineNumber()).findFirst();
        if (line.isEmpty()) {
            problems.add(QualityProblem.of("orderLineNumber", "quality.problem.noSuchLine", order, String.valueOf(draft.orderLineNumber())));
            return partNumber;
        }
        if (partNumber == null) {
            return line.get().partNumber();
        }
        if (!partNumber.equals(line.get().partNumber())) {
            problems.add(QualityProblem.of("partNumber", "quality.problem.otherPart", String.valueOf(draft.orderLineNumber()), order,
                    line.get().partNumber(), partNumber));
        }
        return partNumber;
    }
}
