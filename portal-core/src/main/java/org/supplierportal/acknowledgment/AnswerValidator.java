package org.supplierportal.acknowledgment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.supplierportal.input.DecimalLimit;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.SupplierAnswer;

/**
 * Checks the answers of an acknowledgment against the order and turns each into the rules' {@link SupplierAnswer}.
 * Every problem is tied to its field and said in the supplier's terms. Pure.
 */
final class AnswerValidator {

    /** The columns' lengths (V4 migration). */
    static final int COMMENT_MAX = 2000;
    static final int REASON_MAX = 1000;
    static final int UNIT_MAX = 20;
    static final int CURRENCY_MAX = 3;
    static final int IDEMPOTENCY_KEY_MAX = 100;

    private AnswerValidator() {
    }

    /** The acknowledgment's own fields: its comment and the caller's idempotency key. */
    static List<FieldProblem> checkRequest(AcknowledgmentRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        text(request.comment(), COMMENT_MAX, "comment", null, problems);
        text(request.idempotencyKey(), IDEMPOTENCY_KEY_MAX, "Idempotency-Key", null, problems);
        return problems;
    }

    record Result(Map<Integer, SupplierAnswer> answers, List<FieldProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param requireAllOpenLines whether every line awaiting an answer must be answered (submitting) or not (preview)
     */
    static Result validate(OrderForAnswer order, List<LineAnswer> lines, LocalDate today, boolean requireAllOpenLines) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, SupplierAnswer> answers = new LinkedHashMap<>();
        Set<Integer> seen = new HashSet<>();
        int digits = currencyDigits(order.currency());
        for (int i = 0; i < lines.size(); i++) {
            LineAnswer answer = lines.get(i);
            String at = "lines[" + i + "].";
            Integer number = answer.lineNumber();
            OrderLineView line = order.line(answer.lineNumber()).orElse(null);
            if (line == null) {
                problems.add(new FieldProblem(at + "lineNumber", number, "PO " + order.number() + " has no line " + number + "."));
                continue;
            }
            if (!seen.add(number)) {
                problems.add(FieldProblem.of(at + "lineNumber", number, "ack.problem.answeredTwice"));
                continue;
            }
            if (line.status() != LineStatus.AWAITING_ANSWER) {
                problems.add(FieldProblem.of(at + "lineNumber", number, "ack.problem.notAnswerable",
                        Explanation.of("ack.lineInSentence." + line.status().name())));
                continue;
            }
            if (answer.decision() == null) {
                problems.add(FieldProblem.of(at + "decision", number, "ack.problem.decision"));
                continue;
            }
            int before = problems.size();
            checkTexts(answer, at, number, problems);
            SupplierAnswer converted = switch (answer.decision()) {
                case ACCEPT -> SupplierAnswer.accept();
                case REJECT -> {
                    if (answer.rejectReason() == null || answer.rejectReason().isBlank()) {
                        problems.add(FieldProblem.of(at + "rejectReason", number, "ack.problem.rejectReason"));
                    }
                    yield SupplierAnswer.reject();
                }
                case PROPOSE -> proposal(answer, line, at, today, digits, order.currency(), problems);
            };
            if (problems.size() == before) {
                answers.put(number, converted);
            }
        }
        if (requireAllOpenLines) {
            List<Integer> unanswered = order.lines().stream()
                    .filter(line -> line.status() == LineStatus.AWAITING_ANSWER)
                    .map(OrderLineView::lineNumber)
                    .filter(number -> !seen.contains(number))
                    .toList();
            if (!unanswered.isEmpty()) {
                problems.add(FieldProblem.of("lines", null, "ack.problem.unanswered", unanswered.size(),
                        unanswered.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
        return new Result(answers, problems);
    }

    private static SupplierAnswer proposal(LineAnswer answer, OrderLineView line, String at, LocalDate today, int digits,
                                           String currency, List<FieldProblem> problems) {
        int number = answer.lineNumber();
        if (!numbersFit(answer, at, number, problems)) {
            // Nothing is calculated with (or repeated from) a number the database could not even keep.
            return SupplierAnswer.reject();
        }
        List<SupplierAnswer.Delivery> deliveries = new ArrayList<>();
        if (answer.isSplit()) {
            if (answer.quantity() != null || answer.date() != null) {
                problems.add(FieldProblem.of(at + "deliveries", number, "ack.problem.eitherSplit"));
            }
            for (int d = 0; d < answer.deliveries().size(); d++) {
                LineAnswer.Delivery delivery = answer.deliveries().get(d);
                String where = at + "deliveries[" + d + "].";
                quantity(delivery.quantity(), where + "quantity", number, problems, true);
                date(delivery.date(), where + "date", number, today, problems, true);
                if (delivery.quantity() != null && delivery.date() != null) {
                    deliveries.add(new SupplierAnswer.Delivery(delivery.quantity(), delivery.date()));
                }
            }
            if (answer.deliveries().size() < 2) {
                problems.add(FieldProblem.of(at + "deliveries", number, "ack.problem.splitTwo"));
            }
        } else {
            quantity(answer.quantity(), at + "quantity", number, problems, false);
            date(answer.date(), at + "date", number, today, problems, false);
            deliveries.add(new SupplierAnswer.Delivery(
                    answer.quantity() == null ? line.quantity() : answer.quantity(),
                    answer.date() == null ? line.requestedDate() : answer.date()));
        }
        if (answer.unitPrice() != null) {
            if (answer.unitPrice().signum() <= 0) {
                problems.add(FieldProblem.of(at + "unitPrice", number, "ack.problem.priceAboveZero"));
            } else if (answer.unitPrice().stripTrailingZeros().scale() > digits) {
                // Safe to repeat: numbersFit has already refused what does not fit the column (at most 18 digits).
                problems.add(FieldProblem.of(at + "unitPrice", number, "ack.problem.priceDecimals", currency, digits,
                        answer.unitPrice().toPlainString()));
            }
        }
        if (answer.currency() != null && !answer.currency().isBlank() && !isCurrency(answer.currency())) {
            problems.add(FieldProblem.of(at + "currency", number, "ack.problem.currencyCode", answer.currency()));
        }
        boolean changesSomething = answer.isSplit() || answer.quantity() != null || answer.date() != null
                || answer.unitPrice() != null || notBlank(answer.unit()) || notBlank(answer.currency());
        if (!changesSomething) {
            problems.add(FieldProblem.of(at + "decision", number, "ack.problem.proposalChangesNothing"));
        }
        if (deliveries.isEmpty()) {
            deliveries.add(new SupplierAnswer.Delivery(line.quantity(), line.requestedDate()));
        }
        return new SupplierAnswer(SupplierAnswer.Decision.PROPOSE, deliveries, blankToNull(answer.unit()),
                answer.unitPrice(), blankToNull(answer.currency()) == null ? null : answer.currency().toUpperCase());
    }

    /** Every number of the answer fits its column; each one that does not is a problem of its field. */
    private static boolean numbersFit(LineAnswer answer, String at, int number, List<FieldProblem> problems) {
        int before = problems.size();
        fit(DecimalLimit.ORDER_QUANTITY, answer.quantity(), at + "quantity", number, problems);
        fit(DecimalLimit.PRICE, answer.unitPrice(), at + "unitPrice", number, problems);
        for (int d = 0; d < answer.deliveries().size(); d++) {
            fit(DecimalLimit.ORDER_QUANTITY, answer.deliveries().get(d).quantity(), at + "deliveries[" + d + "].quantity",
                    number, problems);
        }
        return problems.size() == before;
    }

    private static void fit(DecimalLimit limit, BigDecimal value, String field, int number, List<FieldProblem> problems) {
        FieldProblem problem = InputProblems.number(limit, value, field, number);
        if (problem != null) {
            problems.add(problem);
        }
    }

    /** The texts of an answer, within their columns. */
    private static void checkTexts(LineAnswer answer, String at, int number, List<FieldProblem> problems) {
        text(answer.rejectReason(), REASON_MAX, at + "rejectReason", number, problems);
        text(answer.comment(), COMMENT_MAX, at + "comment", number, problems);
        text(answer.unit(), UNIT_MAX, at + "unit", number, problems);
        text(answer.currency(), CURRENCY_MAX, at + "currency", number, problems);
    }

    static void text(String value, int max, String field, Integer number, List<FieldProblem> problems) {
        FieldProblem problem = InputProblems.text(value, max, field, number);
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static void quantity(BigDecimal quantity, String field, int number, List<FieldProblem> problems, boolean required) {
        if (quantity == null) {
            if (required) {
                problems.add(FieldProblem.of(field, number, "ack.problem.quantity"));
            }
        } else if (quantity.signum() <= 0) {
            problems.add(FieldProblem.of(field, number, "ack.problem.quantityAboveZero"));
        }
    }

    private static void date(LocalDate date, String field, int number, LocalDate today, List<FieldProblem> problems,
                             boolean required) {
        if (date == null) {
            if (required) {
                problems.add(FieldProblem.of(field, number, "ack.problem.date"));
            }
        } else if (date.isBefore(today)) {
            problems.add(FieldProblem.of(field, number, "ack.problem.datePast", date));
        }
    }

    static int currencyDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.toUpperCase());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return notBlank(value) ? value.strip() : null;
    }
}
