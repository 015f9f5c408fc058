package org.supplierportal.b2b.edifact;

import java.util.ArrayList;
import java.util.List;

import org.supplierportal.shipment.ShippableLineView;

/**
 * Which PO line a DESADV LIN group ships: the PO's line number when the group gives it (RFF+LI, or the line number
 * 1156 of RFF+ON); else the one line whose part the item numbers name (PIA or LIN C212: IN or BP the buyer's part, SA
 * or VP the supplier's, an item number without a code either); else LIN 1082 as the line number. A part the group
 * names must then be the line's, so a line is never booked against the wrong part. Pure.
 */
final class DesadvLineMatch {

    private DesadvLineMatch() {
    }

    /** The line found, or why none. */
    record Match(ShippableLineView line, String problem) {
    }

    /** The item numbers a LIN group gives, by whose they are. */
    record Parts(List<String> buyer, List<String> supplier, List<String> uncoded, List<String> lots) {

        static Parts of(List<EdifactSegment> group) {
            Parts parts = new Parts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (EdifactSegment segment : group) {
                int first = segment.tag().equals("PIA") ? 2 : segment.tag().equals("LIN") ? 3 : 0;
                int last = segment.tag().equals("PIA") ? segment.elements().size() : first;
                for (int element = first; first > 0 && element <= last; element++) {
                    parts.add(segment.component(element, 1).strip(), segment.component(element, 2).strip());
                }
            }
            return parts;
        }

        private void add(String id, String code) {
            if (id.isEmpty()) {
                return;
            }
            switch (code) {
                case "IN", "BP" -> buyer.add(id);
                case "SA", "VP" -> supplier.add(id);
                case "NB" -> lots.add(id);
                case "" -> uncoded.add(id);
                default -> {
                    // Other numbers (EN, SRV, MF, ...) are not what the portal's lines are known by.
                }
            }
        }

        boolean name(ShippableLineView view) {
            return buyer.contains(view.line().partNumber()) || supplier.contains(view.line().supplierPartNumber())
                    || uncoded.contains(view.line().partNumber()) || uncoded.contains(view.line().supplierPartNumber());
        }

        boolean none() {
            return buyer.isEmpty() && supplier.isEmpty() && uncoded.isEmpty();
        }
    }

    /**
     * @param lineNumber the PO line number the group states (RFF+LI or RFF+ON 1156), or null
     */
    static Match find(EdifactSegment lin, String lineNumber, Parts parts, String orderNumber, List<ShippableLineView> lines) {
        ShippableLineView found;
        if (lineNumber != null) {
            found = byNumber(lineNumber, lines);
            if (found == null) {
                return new Match(null, "PO " + orderNumber + " has no line " + lineNumber + " (RFF+LI)");
            }
        } else {
            List<ShippableLineView> byPart = lines.stream().filter(parts::name).toList();
            ShippableLineView byLin = byNumber(lin.element(1), lines);
            if (byLin != null && (byPart.isEmpty() || byPart.contains(byLin))) {
                found = byLin;
            } else if (byPart.size() == 1) {
                found = byPart.get(0);
            } else {
                return new Match(null, "PO " + orderNumber + " has no line for LIN 1082 '" + lin.element(1) + "'"
                        + (parts.none() ? "" : " and the item numbers " + String.join(", ", all(parts)))
                        + (byPart.size() > 1 ? " (the part is on several lines: name the line with RFF+LI)" : ""));
            }
        }
        String mismatch = mismatch(found, parts);
        return mismatch == null ? new Match(found, null)
                : new Match(null, "PO " + orderNumber + " line " + found.line().lineNumber() + " is " + mismatch);
    }

    private static ShippableLineView byNumber(String number, List<ShippableLineView> lines) {
        String wanted = number.strip().replaceFirst("^0+(?=[0-9])", "");
        return lines.stream().filter(view -> Integer.toString(view.line().lineNumber()).equals(wanted)).findFirst().orElse(null);
    }

    /** What is wrong with the line for the item numbers the group gives, or null when they fit. */
    private static String mismatch(ShippableLineView view, Parts parts) {
        String part = view.line().partNumber();
        String supplierPart = view.line().supplierPartNumber();
        if (!parts.buyer().isEmpty() && !parts.buyer().contains(part)) {
            return "part " + part + ", not " + parts.buyer().get(0) + " (PIA IN)";
        }
        if (!parts.supplier().isEmpty() && supplierPart != null && !parts.supplier().contains(supplierPart)) {
            return "your part " + supplierPart + ", not " + parts.supplier().get(0) + " (PIA SA)";
        }
        if (!parts.uncoded().isEmpty() && !parts.uncoded().contains(part) && !parts.uncoded().contains(supplierPart)) {
            return "part " + part + (supplierPart == null ? "" : " (yours " + supplierPart + ")") + ", not "
                    + parts.uncoded().get(0) + " (PIA)";
        }
        return null;
    }

    private static List<String> all(Parts parts) {
        List<String> all = new ArrayList<>(parts.buyer());
        all.addAll(parts.supplier());
        all.addAll(parts.uncoded());
        return all;
    }
}
