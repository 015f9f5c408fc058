package org.supplierportal.b2b;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.supplierportal.order.OrderDocument;

/**
 * What a revision changed in an order, line by line, as a partner's change document (X12 860, EDIFACT ORDCHG) carries
 * it: each changed line once, with one kind that says what happened to it. A line with more than one kind of change,
 * or a change to its part, description or unit, is {@link Kind#REPLACED}: the document then carries all its values.
 * Unchanged lines are left out. The header's changes are named field by field: a revision may change the header alone
 * (a new ship-to, another buyer), or only what no partner document carries (payment terms). Pure.
 *
 * @param before the revision the partner had
 * @param after  the revision it gets now; no lines means the ERP cancelled the whole order
 * @param header the header fields that changed, in the order of {@link HeaderField}
 */
public record OrderChange(OrderDocument before, OrderDocument after, List<Line> lines, Set<HeaderField> header) {

    public OrderChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        lines = List.copyOf(lines);
        header = header.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(header));
    }

    /** A field of the order's header a revision can change; the PO number never does (it names the order). */
    public enum HeaderField {
        ORDER_DATE("order date"), CURRENCY("currency"),
        /** The buyer's name, and the e-mail as the documents carry it: only with a name. */
        BUYER_CONTACT("buyer contact"), SHIP_TO("ship-to"), PAYMENT_TERMS("payment terms"), INCOTERMS("incoterms");

        private final String words;

        HeaderField(String words) {
            this.words = words;
        }

        /** The field in an admin's words, for the message log. */
        public String words() {
            return words;
        }
    }

    /** What happened to one line. */
    public enum Kind { ADDED, DELETED, QUANTITY_INCREASED, QUANTITY_DECREASED, PRICE_CHANGED, DATES_CHANGED, REPLACED }

    /**
     * One changed line.
     *
     * @param before the line as the partner had it, null when added
     * @param after  the line as it is now, null when deleted
     */
    public record Line(int lineNumber, Kind kind, OrderDocument.Line before, OrderDocument.Line after) {

        /** The line's values to send: the new ones, or the last known ones for a deleted line. */
        public OrderDocument.Line values() {
            return after != null ? after : before;
        }
    }

    /** The ERP cancelled the whole order: the new revision has no lines left. */
    public boolean cancelsOrder() {
        return after.lines().isEmpty();
    }

    public static OrderChange between(OrderDocument before, OrderDocument after) {
        Map<Integer, OrderDocument.Line> old = byNumber(before.lines());
        Map<Integer, OrderDocument.Line> now = byNumber(after.lines());
        TreeSet<Integer> numbers = new TreeSet<>(old.keySet());
        numbers.addAll(now.keySet());
        List<Line> changes = new ArrayList<>();
        for (int number : numbers) {
            OrderDocument.Line was = old.get(number);
            OrderDocument.Line is = now.get(number);
            Kind kind = was == null ? Kind.ADDED : is == null ? Kind.DELETED : kind(was, is);
            if (kind != null) {
                changes.add(new Line(number, kind, was, is));
            }
        }
        return new OrderChange(before, after, changes, headerChanges(before, after));
    }

    /** The header fields whose value the partner would see change; blank and missing are the same (neither is written). */
    static Set<HeaderField> headerChanges(OrderDocument was, OrderDocument is) {
        EnumSet<HeaderField> changed = EnumSet.noneOf(HeaderField.class);
        if (!was.orderDate().equals(is.orderDate())) {
            changed.add(HeaderField.ORDER_DATE);
        }
        if (!was.currency().equalsIgnoreCase(is.currency())) {
            changed.add(HeaderField.CURRENCY);
        }
        if (!Objects.equals(written(was.buyerName()), written(is.buyerName()))
                || !Objects.equals(buyerEmailAsWritten(was), buyerEmailAsWritten(is))) {
            changed.add(HeaderField.BUYER_CONTACT);
        }
        if (!Objects.equals(written(was.shipTo()), written(is.shipTo()))) {
            changed.add(HeaderField.SHIP_TO);
        }
        if (!Objects.equals(written(was.paymentTerms()), written(is.paymentTerms()))) {
            changed.add(HeaderField.PAYMENT_TERMS);
        }
        if (!Objects.equals(written(was.incoterms()), written(is.incoterms()))) {
            changed.add(HeaderField.INCOTERMS);
        }
        return changed;
    }

    private static String buyerEmailAsWritten(OrderDocument order) {
        return written(order.buyerName()) == null ? null : written(order.buyerEmail());
    }

    private static String written(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The kind of change between two versions of a line, or null when nothing the partner sees changed. */
    static Kind kind(OrderDocument.Line was, OrderDocument.Line is) {
        boolean quantity = !same(was.quantity(), is.quantity());
        boolean price = !same(was.unitPrice(), is.unitPrice()) || !same(was.priceUnit(), is.priceUnit());
        boolean dates = !was.requestedDate().equals(is.requestedDate()) || !scheduleDates(was).equals(scheduleDates(is));
        // Schedule quantities follow a changed line quantity; moved between dates of the same total, they are a change of their own.
        boolean other = !quantity && !scheduleQuantities(was).equals(scheduleQuantities(is))
                || !Objects.equals(was.partNumber(), is.partNumber())
                || !Objects.equals(was.supplierPartNumber(), is.supplierPartNumber())
                || !Objects.equals(was.description(), is.description())
                || !was.unit().equalsIgnoreCase(is.unit());
        int kinds = (quantity ? 1 : 0) + (price ? 1 : 0) + (dates ? 1 : 0);
        if (other || kinds > 1) {
            return Kind.REPLACED;
        }
        if (quantity) {
            return is.quantity().compareTo(was.quantity()) > 0 ? Kind.QUANTITY_INCREASED : Kind.QUANTITY_DECREASED;
        }
        return price ? Kind.PRICE_CHANGED : dates ? Kind.DATES_CHANGED : null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static List<java.time.LocalDate> scheduleDates(OrderDocument.Line line) {
        return line.schedule().stream().map(OrderDocument.Schedule::date).toList();
    }

    /** The schedule's quantities in one form (10 and 10.00 are the same quantity). */
    private static List<BigDecimal> scheduleQuantities(OrderDocument.Line line) {
        return line.schedule().stream().map(entry -> entry.quantity().stripTrailingZeros()).toList();
    }

    private static Map<Integer, OrderDocument.Line> byNumber(List<OrderDocument.Line> lines) {
        return lines.stream().collect(Collectors.toMap(OrderDocument.Line::lineNumber, Function.identity(),
                (first, second) -> first, TreeMap::new));
    }
}
