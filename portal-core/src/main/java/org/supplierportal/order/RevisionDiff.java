package org.supplierportal.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two revisions of an order, field by field and line by line. Pure. */
final class RevisionDiff {

    private RevisionDiff() {
    }

    static List<RevisionChange> between(OrderDocument before, OrderDocument after) {
        List<RevisionChange> changes = new ArrayList<>();
        header(changes, ChangedField.BUYER, before.buyerName(), after.buyerName());
        header(changes, ChangedField.CURRENCY, before.currency(), after.currency());
        header(changes, ChangedField.PAYMENT_TERMS, before.paymentTerms(), after.paymentTerms());
        header(changes, ChangedField.INCOTERMS, before.incoterms(), after.incoterms());
        header(changes, ChangedField.SHIP_TO, before.shipTo(), after.shipTo());
        header(changes, ChangedField.ORDER_DATE, text(before.orderDate()), text(after.orderDate()));

        Map<Integer, OrderDocument.Line> old = byNumber(before.lines());
        Map<Integer, OrderDocument.Line> now = byNumber(after.lines());
        for (Integer number : new TreeSet<>(union(old.keySet(), now.keySet()))) {
            OrderDocument.Line was = old.get(number);
            OrderDocument.Line is = now.get(number);
            if (was == null) {
                changes.add(new RevisionChange(number, RevisionChange.Kind.LINE_ADDED, ChangedField.LINE, null, describe(is)));
            } else if (is == null) {
                changes.add(new RevisionChange(number, RevisionChange.Kind.LINE_REMOVED, ChangedField.LINE, describe(was), null));
            } else {
                line(changes, number, ChangedField.PART_NUMBER, was.partNumber(), is.partNumber());
                line(changes, number, ChangedField.SUPPLIER_PART_NUMBER, was.supplierPartNumber(), is.supplierPartNumber());
                line(changes, number, ChangedField.DESCRIPTION, was.description(), is.description());
                line(changes, number, ChangedField.QUANTITY, amount(was.quantity()), amount(is.quantity()));
                line(changes, number, ChangedField.UNIT, was.unit(), is.unit());
                line(changes, number, ChangedField.UNIT_PRICE, amount(was.unitPrice()), amount(is.unitPrice()));
                line(changes, number, ChangedField.PRICE_PER, amount(was.priceUnit()), amount(is.priceUnit()));
                line(changes, number, ChangedField.REQUESTED_DATE, text(was.requestedDate()), text(is.requestedDate()));
                line(changes, number, ChangedField.SCHEDULE, schedule(was), schedule(is));
            }
        }
        return changes;
    }

    /** The line numbers that are new or changed in {@code after}: the ones the supplier must answer again. */
    static java.util.Set<Integer> linesToAnswerAgain(List<RevisionChange> changes) {
        return changes.stream()
                .filter(change -> change.kind() == RevisionChange.Kind.LINE_ADDED || change.kind() == RevisionChange.Kind.LINE_CHANGED)
                .map(RevisionChange::lineNumber)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void header(List<RevisionChange> changes, ChangedField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new RevisionChange(null, RevisionChange.Kind.HEADER_CHANGED, field, before, after));
        }
    }

    private static void line(List<RevisionChange> changes, int number, ChangedField field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new RevisionChange(number, RevisionChange.Kind.LINE_CHANGED, field, before, after));
        }
    }

    private static Map<Integer, OrderDocument.Line> byNumber(List<OrderDocument.Line> lines) {
        return lines.stream().collect(Collectors.toMap(OrderDocument.Line::lineNumber, Function.identity(),
                (first, second) -> first, TreeMap::new));
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        java.util.Set<T> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String describe(OrderDocument.Line line) {
        // No words between the values: the screens show them in every language as they are.
        return line.partNumber() + ", " + amount(line.quantity()) + " " + line.unit() + ", " + line.requestedDate();
    }

    private static String schedule(OrderDocument.Line line) {
        return line.schedule().isEmpty() ? null : line.schedule().stream()
                .map(entry -> amount(entry.quantity()) + " (" + entry.date() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
