package org.supplierportal.b2b.edifact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;

/**
 * An ORDRSP (validated) turned into the acknowledgment a supplier submits on the screen. RFF+ON names the PO; per LIN
 * (1082 = the PO line number), 1229 says what the supplier does with the line: 5 accepts, 7 rejects, 3 or 6 propose
 * the quantity of QTY+113 (or QTY+21), the date of DTM+69 (or DTM+2) and the price of PRI (per its 5284 basis);
 * several SCC schedules with QTY and DTM split the line into deliveries. A LIN without 1229 follows BGM 1225 (29
 * accepted, 27 rejected, 4 changed); without LIN, BGM 29 accepts and 27 rejects every line that awaits an answer.
 * Pure: no Spring, no database.
 */
final class OrdrspMapping {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private OrdrspMapping() {
    }

    /** The request, or the reasons it cannot be made, in the terms of the document (LIN line, 1229 code). */
    record Result(AcknowledgmentRequest request, List<String> problems) {

        boolean mapped() {
            return problems.isEmpty();
        }
    }

    /** RFF+ON in the header: the buyer's PO number the ORDRSP answers. */
    static String orderNumber(EdifactMessage message) {
        for (EdifactSegment segment : message.segments()) {
            if (segment.tag().equals("LIN")) {
                break;
            }
            if (segment.tag().equals("RFF") && segment.component(1, 1).equals("ON")) {
                return segment.component(1, 2).strip();
            }
        }
        return "";
    }

    static Result toRequest(EdifactMessage message, OrderForAnswer order, String idempotencyKey, String comment) {
        List<String> problems = new ArrayList<>();
        List<LineAnswer> answers = new ArrayList<>();
        String function = message.first("BGM").map(bgm -> bgm.element(3)).orElse("");
        List<List<EdifactSegment>> lines = lineGroups(message);
        if (lines.isEmpty()) {
            for (OrderLineView line : order.lines()) {
                if (line.status() != LineStatus.AWAITING_ANSWER) {
                    continue;
                }
                switch (function) {
                    case "29" -> answers.add(LineAnswer.accept(line.lineNumber()));
                    case "27" -> answers.add(LineAnswer.reject(line.lineNumber(), "Rejected in the supplier's ORDRSP (BGM 27)"));
                    default -> {
                        problems.add("BGM 1225 '" + function + "' without LIN lines: only 29 (accept all) and 27 (reject"
                                + " all) answer an order without line detail");
                        return new Result(null, problems);
                    }
                }
            }
        }
        for (List<EdifactSegment> group : lines) {
            answer(group, function, order, problems).ifPresent(answers::add);
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new AcknowledgmentRequest(order.id(), order.revision(), idempotencyKey, comment, answers), List.of());
    }

    private static Optional<LineAnswer> answer(List<EdifactSegment> group, String function, OrderForAnswer order,
                                               List<String> problems) {
        EdifactSegment lin = group.get(0);
        int lineNumber;
        try {
            lineNumber = Integer.parseInt(lin.element(1).strip());
        } catch (NumberFormatException e) {
            problems.add("LIN (segment " + lin.position() + "): '" + lin.element(1) + "' is not a line number of PO " + order.number());
            return Optional.empty();
        }
        Optional<OrderLineView> ordered = order.line(lineNumber);
        if (ordered.isEmpty()) {
            problems.add("LIN (segment " + lin.position() + "): PO " + order.number() + " revision " + order.revision()
                    + " has no line " + lineNumber);
            return Optional.empty();
        }
        String action = lin.element(2).isEmpty() ? switch (function) {
            case "29" -> "5";
            case "27" -> "7";
            case "4" -> "3";
            default -> "";
        } : lin.element(2);
        return switch (action) {
            case "5" -> Optional.of(LineAnswer.accept(lineNumber));
            case "7", "2" -> Optional.of(LineAnswer.reject(lineNumber, reason(group, action)));
            case "3", "6" -> OrdrspLineChange.proposal(lineNumber, group, ordered.get(), problems);
            default -> {
                problems.add("LIN line " + lineNumber + ": 1229 '" + action + "' is not an answer the portal takes;"
                        + " use 5 (accepted), 3 or 6 (changed) or 7 (not accepted)");
                yield Optional.empty();
            }
        };
    }

    private static String reason(List<EdifactSegment> group, String action) {
        return group.stream().filter(segment -> segment.tag().equals("FTX")).map(ftx -> ftx.component(4, 1))
                .filter(text -> !text.isBlank()).findFirst()
                .orElse("Rejected in the supplier's ORDRSP (LIN 1229 " + action + ")");
    }

    /** The LIN groups: each LIN with the segments that follow it up to the next LIN or UNS. */
    private static List<List<EdifactSegment>> lineGroups(EdifactMessage message) {
        List<List<EdifactSegment>> groups = new ArrayList<>();
        List<EdifactSegment> current = null;
        for (EdifactSegment segment : message.segments()) {
            switch (segment.tag()) {
                case "LIN" -> {
                    current = new ArrayList<>();
                    current.add(segment);
                    groups.add(current);
                }
                case "UNS", "UNT" -> current = null;
                default -> {
                    if (current != null) {
                        current.add(segment);
                    }
                }
            }
        }
        return groups;
    }

    static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
    }

    /** DTM C507 as a date: format 102 (CCYYMMDD) or 203 (CCYYMMDDHHMM, the time dropped). */
    static LocalDate date(EdifactSegment dtm, int lineNumber, List<String> problems) {
        String value = dtm.component(1, 2).strip();
        String format = dtm.component(1, 3).isEmpty() ? "102" : dtm.component(1, 3);
        try {
            return switch (format) {
                case "102" -> LocalDate.parse(value, CCYYMMDD);
                case "203" -> LocalDate.parse(value.substring(0, 8), CCYYMMDD);
                default -> throw new DateTimeParseException("format " + format, value, 0);
            };
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            problems.add("LIN line " + lineNumber + ": DTM+" + dtm.component(1, 1) + " '" + value + "' (format " + format
                    + ") is not a date; use format 102 (CCYYMMDD)");
            return null;
        }
    }

    /** A PRI price per its basis (5284) as the price per the order line's price unit. */
    static BigDecimal pricePerPriceUnit(BigDecimal price, BigDecimal basis, OrderLineView ordered) {
        BigDecimal each = basis == null || basis.signum() == 0 ? price : price.divide(basis, 10, RoundingMode.HALF_UP);
        return each.multiply(ordered.priceUnit()).setScale(Math.max(ordered.unitPrice().scale(), 2), RoundingMode.HALF_UP);
    }
}
