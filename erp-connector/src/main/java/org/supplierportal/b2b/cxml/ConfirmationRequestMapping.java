package org.supplierportal.b2b.cxml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;
import org.w3c.dom.Element;

/**
 * A cXML ConfirmationRequest turned into the acknowledgment a supplier submits on the screen. ConfirmationHeader
 * type {@code accept} accepts every line that awaits an answer, {@code reject} rejects them all; {@code detail},
 * {@code allDetail} and {@code except} answer per ConfirmationItem (with {@code except}, lines not mentioned are
 * accepted). Within an item, rejected portions reduce the quantity, a deliveryDate or UnitPrice other than the
 * order's proposes a change, and several accepted portions on different dates split the line. Pure: no Spring.
 */
final class ConfirmationRequestMapping {

    private static final Set<String> PER_ITEM = Set.of("detail", "allDetail", "except");
    private static final Set<String> ACCEPTING = Set.of("accept", "detail", "allDetail");

    private ConfirmationRequestMapping() {
    }

    /** The request, or the reasons it cannot be made, in the document's terms (ConfirmationItem, attribute). */
    record Result(AcknowledgmentRequest request, List<String> problems) {

        boolean mapped() {
            return problems.isEmpty();
        }
    }

    /** OrderReference@orderID: the buyer's PO number the confirmation answers. */
    static String orderNumber(Element confirmationRequest) {
        return CxmlReader.child(confirmationRequest, "OrderReference").map(reference -> reference.getAttribute("orderID").strip())
                .orElse("");
    }

    static Result toRequest(Element confirmationRequest, OrderForAnswer order, String idempotencyKey, String comment) {
        List<String> problems = new ArrayList<>();
        Element header = CxmlReader.child(confirmationRequest, "ConfirmationHeader").orElse(null);
        if (header == null) {
            return new Result(null, List.of("ConfirmationRequest has no ConfirmationHeader"));
        }
        String type = header.getAttribute("type");
        String headerComment = comments(header);
        List<Element> items = CxmlReader.children(confirmationRequest, "ConfirmationItem");
        List<LineAnswer> answers = new ArrayList<>();
        switch (type) {
            case "accept", "reject" -> {
                if (type.equals("reject") && !items.isEmpty()) {
                    problems.add("ConfirmationHeader type=\"reject\" must not carry ConfirmationItem elements");
                }
                items.forEach(item -> answer(item, order, problems).ifPresent(answers::add));
                Set<Integer> answered = answers.stream().map(LineAnswer::lineNumber).collect(Collectors.toSet());
                for (OrderLineView line : awaiting(order)) {
                    if (!answered.contains(line.lineNumber())) {
                        answers.add(type.equals("accept") ? LineAnswer.accept(line.lineNumber())
                                : LineAnswer.reject(line.lineNumber(), reason(headerComment)));
                    }
                }
            }
            case "detail", "allDetail", "except" -> {
                if (items.isEmpty()) {
                    problems.add("ConfirmationHeader type=\"" + type + "\" needs ConfirmationItem elements, one per line it answers");
                }
                items.forEach(item -> answer(item, order, problems).ifPresent(answers::add));
                if (type.equals("except")) {
                    Set<Integer> answered = answers.stream().map(LineAnswer::lineNumber).collect(Collectors.toSet());
                    awaiting(order).stream().filter(line -> !answered.contains(line.lineNumber()))
                            .forEach(line -> answers.add(LineAnswer.accept(line.lineNumber())));
                }
            }
            default -> problems.add("ConfirmationHeader type=\"" + type + "\" is not an answer the portal takes; use accept,"
                    + " reject, detail, allDetail or except");
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        String fullComment = headerComment.isEmpty() ? comment : comment + ": " + headerComment;
        return new Result(new AcknowledgmentRequest(order.id(), order.revision(), idempotencyKey, fullComment, answers), List.of());
    }

    private static List<OrderLineView> awaiting(OrderForAnswer order) {
        return order.lines().stream().filter(line -> line.status() == LineStatus.AWAITING_ANSWER).toList();
    }

    private static Optional<LineAnswer> answer(Element item, OrderForAnswer order, List<String> problems) {
        String where = "ConfirmationItem lineNumber=\"" + item.getAttribute("lineNumber") + "\"";
        int lineNumber;
        try {
            lineNumber = Integer.parseInt(item.getAttribute("lineNumber").strip());
        } catch (NumberFormatException e) {
            problems.add(where + ": lineNumber is not a line number of PO " + order.number());
            return Optional.empty();
        }
        Optional<OrderLineView> ordered = order.line(lineNumber);
        if (ordered.isEmpty()) {
            problems.add(where + ": PO " + order.number() + " revision " + order.revision() + " has no line " + lineNumber);
            return Optional.empty();
        }
        List<Element> statuses = CxmlReader.children(item, "ConfirmationStatus");
        List<Portion> portions = new ArrayList<>();
        for (Element status : statuses) {
            portion(status, where, order.currency(), ordered.get(), problems).ifPresent(portions::add);
        }
        if (portions.size() != statuses.size()) {
            return Optional.empty();
        }
        BigDecimal itemQuantity = decimal(item.getAttribute("quantity"));
        BigDecimal sum = portions.stream().map(Portion::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (itemQuantity == null || sum.compareTo(itemQuantity) != 0) {
            problems.add(where + ": its ConfirmationStatus quantities add up to " + sum.toPlainString()
                    + ", not the item's quantity \"" + item.getAttribute("quantity") + "\"");
            return Optional.empty();
        }
        return Optional.of(lineAnswer(lineNumber, portions, ordered.get()));
    }

    /** One ConfirmationStatus: so many units accepted (on a date, at a price) or rejected. */
    private record Portion(boolean rejected, BigDecimal quantity, LocalDate date, BigDecimal price, String comment) {
    }

    private static Optional<Portion> portion(Element status, String where, String currency, OrderLineView ordered,
                                             List<String> problems) {
        String type = status.getAttribute("type");
        BigDecimal quantity = decimal(status.getAttribute("quantity"));
        if (quantity == null || quantity.signum() < 0) {
            problems.add(where + ": ConfirmationStatus quantity \"" + status.getAttribute("quantity") + "\" is not a quantity");
            return Optional.empty();
        }
        if (type.equals("reject")) {
            return Optional.of(new Portion(true, quantity, null, null, comments(status)));
        }
        if (!ACCEPTING.contains(type)) {
            problems.add(where + ": ConfirmationStatus type=\"" + type + "\" is not an answer the portal takes;"
                    + " use accept, detail or reject");
            return Optional.empty();
        }
        LocalDate date = null;
        if (!status.getAttribute("deliveryDate").isBlank()) {
            date = CxmlDates.day(status.getAttribute("deliveryDate"));
            if (date == null) {
                problems.add(where + ": deliveryDate \"" + status.getAttribute("deliveryDate") + "\" is not a date");
                return Optional.empty();
            }
        }
        BigDecimal price = null;
        Optional<Element> money = CxmlReader.child(status, "UnitPrice").flatMap(unitPrice -> CxmlReader.child(unitPrice, "Money"));
        if (money.isPresent()) {
            if (!currency.equalsIgnoreCase(money.get().getAttribute("currency"))) {
                problems.add(where + ": UnitPrice is in " + money.get().getAttribute("currency") + ", the order in " + currency);
                return Optional.empty();
            }
            BigDecimal each = decimal(CxmlReader.text(money.get()));
            if (each == null) {
                problems.add(where + ": UnitPrice Money \"" + CxmlReader.text(money.get()) + "\" is not an amount");
                return Optional.empty();
            }
            price = each.multiply(ordered.priceUnit()).setScale(Math.max(ordered.unitPrice().scale(), 2), RoundingMode.HALF_UP);
        }
        return Optional.of(new Portion(false, quantity, date, price, comments(status)));
    }

    private static LineAnswer lineAnswer(int lineNumber, List<Portion> portions, OrderLineView ordered) {
        List<Portion> accepted = portions.stream().filter(portion -> !portion.rejected() && portion.quantity().signum() > 0).toList();
        String comment = portions.stream().map(Portion::comment).filter(text -> !text.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
        if (accepted.isEmpty()) {
            return LineAnswer.reject(lineNumber, reason(comment));
        }
        BigDecimal price = accepted.stream().map(Portion::price).filter(p -> p != null && p.compareTo(ordered.unitPrice()) != 0)
                .findFirst().orElse(null);
        Set<LocalDate> dates = accepted.stream().map(portion -> portion.date() == null ? ordered.requestedDate() : portion.date())
                .collect(Collectors.toSet());
        LineAnswer answer;
        if (dates.size() > 1 && price == null) {
            answer = LineAnswer.split(lineNumber, accepted.stream().map(portion -> new LineAnswer.Delivery(portion.quantity(),
                    portion.date() == null ? ordered.requestedDate() : portion.date())).toList());
        } else {
            BigDecimal quantity = accepted.stream().map(Portion::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate date = dates.iterator().next();
            BigDecimal changedQuantity = quantity.compareTo(ordered.quantity()) == 0 ? null : quantity;
            LocalDate changedDate = date.equals(ordered.requestedDate()) ? null : date;
            answer = changedQuantity == null && changedDate == null && price == null ? LineAnswer.accept(lineNumber)
                    : LineAnswer.propose(lineNumber, changedQuantity, changedDate, price);
        }
        return comment.isEmpty() ? answer : answer.withComment(comment);
    }

    private static String comments(Element element) {
        return CxmlReader.children(element, "Comments").stream().map(CxmlReader::text).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String reason(String comment) {
        return comment.isEmpty() ? "Rejected in the supplier's cXML ConfirmationRequest" : comment;
    }

    private static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
