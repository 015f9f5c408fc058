package org.supplierportal.b2b.edifact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.ShippableLineView;

/**
 * One DESADV LIN group as an ASN line: its PO (the group's RFF+ON, else the header's one), the PO line
 * ({@link DesadvLineMatch}), the despatched quantity (QTY+12), the lot (GIN+BX or PIA with NB) and serial numbers
 * (GIN+BN), whether directly in the group or in its PCI groups. Pure.
 */
final class DesadvLines {

    private DesadvLines() {
    }

    /** QTY+12, the despatched quantity, of a LIN group. */
    static Optional<EdifactSegment> despatched(List<EdifactSegment> group) {
        return group.stream().filter(segment -> segment.tag().equals("QTY") && segment.component(1, 1).equals("12")).findFirst();
    }

    static Optional<AsnDraft.Line> line(List<EdifactSegment> group, List<String> headerOrders,
                                        Map<String, List<ShippableLineView>> orderLines, List<String> problems) {
        EdifactSegment lin = group.get(0);
        String where = "LIN (segment " + lin.position() + ")";
        Optional<EdifactSegment> ownOrder = group.stream()
                .filter(segment -> segment.tag().equals("RFF") && segment.component(1, 1).equals("ON")).findFirst();
        String number = ownOrder.map(rff -> rff.component(1, 2).strip())
                .orElse(headerOrders.size() == 1 ? headerOrders.get(0) : null);
        if (number == null) {
            problems.add(where + ": " + (headerOrders.isEmpty() ? "no RFF+ON says which PO it ships"
                    : "the DESADV names several POs (RFF+ON); name the line's own with RFF+ON in the line"));
            return Optional.empty();
        }
        List<ShippableLineView> lines = orderLines.getOrDefault(number, List.of());
        if (lines.isEmpty()) {
            problems.add(where + ": RFF+ON '" + number + "' is not one of your orders");
            return Optional.empty();
        }
        Optional<EdifactSegment> qty = despatched(group);
        if (qty.isEmpty()) {
            problems.add(where + ": no QTY+12 says how many are despatched");
            return Optional.empty();
        }
        BigDecimal quantity = decimal(qty.get().component(1, 2));
        if (quantity == null) {
            problems.add("QTY+12 (segment " + qty.get().position() + "): '" + qty.get().component(1, 2) + "' is not a quantity");
            return Optional.empty();
        }
        DesadvLineMatch.Parts parts = DesadvLineMatch.Parts.of(group);
        String lineNumber = DesadvLevels.references(group, "LI").stream().findFirst()
                .orElse(ownOrder.map(rff -> rff.component(1, 3).strip()).filter(n -> !n.isEmpty()).orElse(null));
        DesadvLineMatch.Match match = DesadvLineMatch.find(lin, lineNumber, parts, number, lines);
        if (match.problem() != null) {
            problems.add(where + ": " + match.problem());
            return Optional.empty();
        }
        Set<String> lots = new LinkedHashSet<>(parts.lots());
        List<String> serials = new ArrayList<>();
        for (EdifactSegment gin : group.stream().filter(segment -> segment.tag().equals("GIN")).toList()) {
            if (DesadvLevels.ranges(gin)) {
                problems.add("GIN (segment " + gin.position() + ") of " + where + ": a range of numbers (C208 from:to) is not"
                        + " taken; list each number");
                return Optional.empty();
            }
            switch (gin.element(1)) {
                case "BX" -> lots.addAll(DesadvLevels.identities(gin));
                case "BN" -> serials.addAll(DesadvLevels.identities(gin));
                default -> {
                    // Other identities of the goods (e.g. BJ on a line) say nothing the ASN line holds.
                }
            }
        }
        if (lots.size() > 1) {
            problems.add(where + ": several lots (" + String.join(", ", lots) + "); send one LIN per lot");
            return Optional.empty();
        }
        return Optional.of(new AsnDraft.Line(match.line().line().orderId().value(), match.line().line().lineNumber(), quantity,
                lots.stream().findFirst().orElse(null), serials));
    }

    /** An EDIFACT number, with a decimal point or comma; null when it is none. */
    static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
