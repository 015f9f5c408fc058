package org.supplierportal.b2b.x12;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;

/**
 * An 855 (validated) turned into the acknowledgment a supplier submits on the screen: per PO1 line, ACK01 says what
 * the supplier does with it. IA accepts; IR, ID and R1-R4 reject; IQ (quantity), DR (date), IP (price, from PO104)
 * and IC (any of them) propose; several ACKs with quantity and date split the line into deliveries. Without PO1
 * lines, BAK02 AT or AK accepts and RJ rejects every line that awaits an answer. Pure: no Spring, no database.
 */
final class Ack855Mapping {

    private static final Set<String> ACCEPT = Set.of("IA");
    private static final Set<String> REJECT = Set.of("IR", "ID", "R1", "R2", "R3", "R4");
    private static final Set<String> CHANGE = Set.of("IQ", "DR", "IP", "IC");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private Ack855Mapping() {
    }

    /** The request, or the reasons it cannot be made, in the terms of the document (PO1 line, ACK code). */
    record Result(AcknowledgmentRequest request, List<String> problems) {

        boolean mapped() {
            return problems.isEmpty();
        }
    }

    /** BAK03: the buyer's PO number the 855 answers. */
    static String orderNumber(X12Transaction transaction) {
        return transaction.first("BAK").map(bak -> bak.element(3).strip()).orElse("");
    }

    static Result toRequest(X12Transaction transaction, OrderForAnswer order, String idempotencyKey, String comment) {
        List<String> problems = new ArrayList<>();
        List<LineAnswer> answers = new ArrayList<>();
        List<List<X12Segment>> lineLoops = lineLoops(transaction);
        if (lineLoops.isEmpty()) {
            String code = transaction.first("BAK").map(bak -> bak.element(2)).orElse("");
            for (OrderLineView line : order.lines()) {
                if (line.status() != LineStatus.AWAITING_ANSWER) {
                    continue;
                }
                switch (code) {
                    case "AT", "AK" -> answers.add(LineAnswer.accept(line.lineNumber()));
                    case "RJ" -> answers.add(LineAnswer.reject(line.lineNumber(), "Rejected in the supplier's 855 (BAK02 RJ)"));
                    default -> problems.add("BAK02 '" + code + "' without PO1 lines: only AT or AK (accept all) and RJ"
                            + " (reject all) answer an order without line detail");
                }
                if (!problems.isEmpty()) {
                    break;
                }
            }
        }
        for (List<X12Segment> loop : lineLoops) {
            answer(loop, order, problems).ifPresent(answers::add);
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new AcknowledgmentRequest(order.id(), order.revision(), idempotencyKey, comment, answers), List.of());
    }

    private static java.util.Optional<LineAnswer> answer(List<X12Segment> loop, OrderForAnswer order, List<String> problems) {
        X12Segment po1 = loop.get(0);
        String assigned = po1.element(1).strip();
        int lineNumber;
        try {
            lineNumber = Integer.parseInt(assigned);
        } catch (NumberFormatException e) {
            problems.add("PO1 (segment " + po1.position() + "): PO101 '" + assigned + "' is not a line number of PO " + order.number());
            return java.util.Optional.empty();
        }
        java.util.Optional<OrderLineView> ordered = order.line(lineNumber);
        if (ordered.isEmpty()) {
            problems.add("PO1 (segment " + po1.position() + "): PO " + order.number() + " revision " + order.revision()
                    + " has no line " + lineNumber);
            return java.util.Optional.empty();
        }
        List<X12Segment> acks = loop.stream().filter(segment -> segment.tag().equals("ACK")).toList();
        if (acks.isEmpty()) {
            problems.add("PO1 line " + lineNumber + ": no ACK segment says whether the line is accepted, changed or rejected");
            return java.util.Optional.empty();
        }
        String code = acks.get(0).element(1);
        if (ACCEPT.contains(code)) {
            return java.util.Optional.of(LineAnswer.accept(lineNumber));
        }
        if (REJECT.contains(code)) {
            return java.util.Optional.of(LineAnswer.reject(lineNumber, "Rejected in the supplier's 855 (ACK01 " + code + ")"));
        }
        if (!CHANGE.contains(code)) {
            problems.add("PO1 line " + lineNumber + ": ACK01 '" + code + "' is not an answer the portal takes;"
                    + " use IA (accept), IQ, DR, IP or IC (change) or IR (reject)");
            return java.util.Optional.empty();
        }
        return proposal(lineNumber, code, po1, acks, ordered.get(), problems);
    }

    private static java.util.Optional<LineAnswer> proposal(int lineNumber, String code, X12Segment po1, List<X12Segment> acks,
                                                           OrderLineView ordered, List<String> problems) {
        BigDecimal price = null;
        if (code.equals("IP") || code.equals("IC")) {
            BigDecimal each = decimal(po1.element(4));
            if (each != null) {
                BigDecimal perPriceUnit = each.multiply(ordered.priceUnit()).setScale(Math.max(ordered.unitPrice().scale(), 2),
                        RoundingMode.HALF_UP);
                price = perPriceUnit.compareTo(ordered.unitPrice()) == 0 ? null : perPriceUnit;
            } else if (code.equals("IP")) {
                problems.add("PO1 line " + lineNumber + ": ACK01 IP (price changed) needs the new unit price in PO104");
                return java.util.Optional.empty();
            }
        }
        if (acks.size() > 1) {
            List<LineAnswer.Delivery> deliveries = new ArrayList<>();
            for (X12Segment ack : acks) {
                BigDecimal quantity = decimal(ack.element(2));
                LocalDate date = date(ack.element(5), lineNumber, problems);
                if (quantity == null || date == null) {
                    problems.add("PO1 line " + lineNumber + ": each ACK of a split needs a quantity (ACK02) and a date (ACK05)");
                    return java.util.Optional.empty();
                }
                deliveries.add(new LineAnswer.Delivery(quantity, date));
            }
            return java.util.Optional.of(LineAnswer.split(lineNumber, deliveries));
        }
        X12Segment ack = acks.get(0);
        BigDecimal quantity = code.equals("IQ") || code.equals("IC") ? decimal(ack.element(2)) : null;
        LocalDate date = code.equals("DR") || code.equals("IC") || code.equals("IQ") ? date(ack.element(5), lineNumber, problems) : null;
        if (quantity != null && quantity.compareTo(ordered.quantity()) == 0) {
            quantity = null;
        }
        if (date != null && date.equals(ordered.requestedDate())) {
            date = null;
        }
        if (quantity == null && date == null && price == null) {
            if (problems.isEmpty()) {
                problems.add("PO1 line " + lineNumber + ": ACK01 " + code + " says the line changed, but no quantity (ACK02),"
                        + " date (ACK05) or price (PO104) differs from the order");
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LineAnswer.propose(lineNumber, quantity, date, price));
    }

    /** The PO1 loops: each PO1 with the segments that follow it up to the next PO1 or CTT. */
    private static List<List<X12Segment>> lineLoops(X12Transaction transaction) {
        List<List<X12Segment>> loops = new ArrayList<>();
        List<X12Segment> current = null;
        for (X12Segment segment : transaction.segments()) {
            switch (segment.tag()) {
                case "PO1" -> {
                    current = new ArrayList<>();
                    current.add(segment);
                    loops.add(current);
                }
                case "CTT", "SE" -> current = null;
                default -> {
                    if (current != null) {
                        current.add(segment);
                    }
                }
            }
        }
        return loops;
    }

    private static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }

    private static LocalDate date(String value, int lineNumber, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), CCYYMMDD);
        } catch (DateTimeParseException e) {
            problems.add("PO1 line " + lineNumber + ": ACK05 '" + value + "' is not a date (CCYYMMDD)");
            return null;
        }
    }
}
