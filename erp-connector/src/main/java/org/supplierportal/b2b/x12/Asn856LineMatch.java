package org.supplierportal.b2b.x12;

import java.util.List;
import java.util.Objects;

import org.supplierportal.shipment.ShippableLineView;

/**
 * Which PO line an 856 item ships, from its LIN: the purchaser's line number (qualifier PL) when given; else the one
 * line whose buyer's part number (BP) or supplier's part number (VP) it names; else LIN01 as the line number. A part
 * number the LIN names must then be the line's, so an item is never booked against the wrong part. Pure.
 */
final class Asn856LineMatch {

    private Asn856LineMatch() {
    }

    /** The line found, or why none. */
    record Match(ShippableLineView line, String problem) {
    }

    /** The product ID of the first LIN pair (LIN02/03, 04/05, ...) with this qualifier, or null. */
    static String id(X12Segment lin, String qualifier) {
        for (int element = 2; element < lin.elements().size(); element += 2) {
            if (lin.element(element).equals(qualifier) && !lin.element(element + 1).isBlank()) {
                return lin.element(element + 1).strip();
            }
        }
        return null;
    }

    static Match find(X12Segment lin, String orderNumber, List<ShippableLineView> lines) {
        String buyerPart = id(lin, "BP");
        String vendorPart = id(lin, "VP");
        String purchaserLine = id(lin, "PL");
        ShippableLineView found;
        if (purchaserLine != null) {
            found = byNumber(purchaserLine, lines);
            if (found == null) {
                return new Match(null, "PO " + orderNumber + " has no line " + purchaserLine + " (LIN PL)");
            }
        } else {
            List<ShippableLineView> byPart = lines.stream().filter(view -> names(view, buyerPart, vendorPart)).toList();
            ShippableLineView byAssigned = byNumber(lin.element(1), lines);
            if (byAssigned != null && (byPart.isEmpty() || byPart.contains(byAssigned))) {
                found = byAssigned;
            } else if (byPart.size() == 1) {
                found = byPart.get(0);
            } else {
                return new Match(null, "PO " + orderNumber + " has no line for " + described(lin.element(1), buyerPart, vendorPart)
                        + (byPart.size() > 1 ? " (the part is on several lines: name the line with LIN PL)" : ""));
            }
        }
        String mismatch = mismatch(found, buyerPart, vendorPart);
        return mismatch == null ? new Match(found, null)
                : new Match(null, "PO " + orderNumber + " line " + found.line().lineNumber() + " is " + mismatch);
    }

    private static ShippableLineView byNumber(String number, List<ShippableLineView> lines) {
        String wanted = number.strip();
        return lines.stream().filter(view -> Integer.toString(view.line().lineNumber()).equals(wanted)
                || wanted.matches("0+[0-9]+") && Integer.toString(view.line().lineNumber()).equals(wanted.replaceFirst("^0+", "")))
                .findFirst().orElse(null);
    }

    private static boolean names(ShippableLineView view, String buyerPart, String vendorPart) {
        return buyerPart != null && buyerPart.equals(view.line().partNumber())
                || vendorPart != null && vendorPart.equals(view.line().supplierPartNumber());
    }

    /** What is wrong with the line for the part numbers the LIN names, or null when they fit. */
    private static String mismatch(ShippableLineView view, String buyerPart, String vendorPart) {
        if (buyerPart != null && !buyerPart.equals(view.line().partNumber())) {
            return "part " + view.line().partNumber() + ", not " + buyerPart + " (LIN BP)";
        }
        String supplierPart = view.line().supplierPartNumber();
        if (vendorPart != null && supplierPart != null && !vendorPart.equals(supplierPart)) {
            return "your part " + supplierPart + ", not " + vendorPart + " (LIN VP)";
        }
        return null;
    }

    private static String described(String assigned, String buyerPart, String vendorPart) {
        StringBuilder text = new StringBuilder("LIN01 '" + Objects.requireNonNullElse(assigned, "") + "'");
        if (buyerPart != null) {
            text.append(", part ").append(buyerPart).append(" (BP)");
        }
        if (vendorPart != null) {
            text.append(", your part ").append(vendorPart).append(" (VP)");
        }
        return text.toString();
    }
}
