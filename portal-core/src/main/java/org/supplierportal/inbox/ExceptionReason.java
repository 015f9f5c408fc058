package org.supplierportal.inbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.OrderWords;
import org.supplierportal.quality.StepKind;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * Why an exception is in the inbox, or how it closed itself, as a kind with values rather than words: a screen or an
 * e-mail words it in the reader's language ({@link #explanation()}: times, dates and quantities as values the reader's
 * formats apply to), the API and the audit log in English ({@link #english()}).
 *
 * @param values as {@link ReasonKind} lists them, each as text (numbers plain, dates and instants in ISO form)
 */
public record ExceptionReason(ReasonKind kind, List<String> values) {

    public ExceptionReason {
        if (kind == null || values == null || !kind.takes(values.size()) || values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("a reason of kind " + kind + " cannot have the values " + values);
        }
        values = List.copyOf(values);
        explain(kind, values); // fails loudly on a value that does not read as its kind's
    }

    public static ExceptionReason text(String english) {
        return new ExceptionReason(ReasonKind.TEXT, List.of(english));
    }

    public static ExceptionReason acknowledgmentOverdue(int revision, Instant dueAt) {
        return of(ReasonKind.ACKNOWLEDGMENT_OVERDUE, String.valueOf(revision), wholeSeconds(dueAt));
    }

    public static ExceptionReason qualityStepOverdue(String incidentNumber, StepKind step, Instant dueAt) {
        return of(ReasonKind.QUALITY_STEP_OVERDUE, incidentNumber, step.name(), wholeSeconds(dueAt));
    }

    public static ExceptionReason invoiceBlocked(String erpReason) {
        return of(ReasonKind.INVOICE_BLOCKED, erpReason == null ? "" : erpReason);
    }

    public static ExceptionReason receiptWithoutAsn(BigDecimal received, String unit, String reference) {
        return of(ReasonKind.RECEIPT_WITHOUT_ASN, plain(received), unit == null ? "" : unit,
                reference == null ? "" : reference);
    }

    public static ExceptionReason receiptDiffersFromAsn(BigDecimal received, BigDecimal shipped, String unit,
                                                       BigDecimal limitPercent) {
        return of(ReasonKind.RECEIPT_DIFFERS_FROM_ASN, plain(received), plain(shipped), unit == null ? "" : unit,
                plain(limitPercent));
    }

    public static ExceptionReason asnNotReceived(String asnNumber, String orderNumbers, LocalDate expectedArrival, int daysLate) {
        return of(ReasonKind.ASN_NOT_RECEIVED, asnNumber, orderNumbers, expectedArrival.toString(), String.valueOf(daysLate));
    }

    public static ExceptionReason shipmentOverdue(LocalDate committedFor) {
        return of(ReasonKind.SHIPMENT_OVERDUE, committedFor.toString());
    }

    /** The reasons of the tolerance rules that sent an answer to a buyer, each as {@link ExplanationText} keeps it. */
    public static ExceptionReason tolerance(List<String> reasons) {
        return new ExceptionReason(ReasonKind.TOLERANCE, reasons);
    }

    public static ExceptionReason counterRejected() {
        return of(ReasonKind.COUNTER_REJECTED);
    }

    public static ExceptionReason acknowledged(int revision) {
        return of(ReasonKind.ACKNOWLEDGED, String.valueOf(revision));
    }

    public static ExceptionReason superseded(int revision) {
        return of(ReasonKind.SUPERSEDED, String.valueOf(revision));
    }

    public static ExceptionReason stepAnswered(StepKind step) {
        return of(ReasonKind.STEP_ANSWERED, step.name());
    }

    public static ExceptionReason invoiceMovedOn(InvoiceStatus status) {
        return of(ReasonKind.INVOICE_MOVED_ON, status.name());
    }

    /** The reason as a key of the rules bundle with its values, each of the type the reader's formats apply to. */
    public Explanation explanation() {
        return explain(kind, values);
    }

    /** In English, as the API and the audit log keep it. */
    public String english() {
        return explanation().english();
    }

    private static ExceptionReason of(ReasonKind kind, String... values) {
        return new ExceptionReason(kind, List.of(values));
    }

    private static Explanation explain(ReasonKind kind, List<String> values) {
        String key = "inbox.reason." + kind.name();
        return switch (kind) {
            case ACKNOWLEDGMENT_OVERDUE -> Explanation.of(key, values.get(0), Instant.parse(values.get(1)));
            case QUALITY_STEP_OVERDUE -> Explanation.of(key, values.get(0), step(values.get(1)), Instant.parse(values.get(2)));
            case RECEIPT_WITHOUT_ASN -> Explanation.of(values.get(2).isEmpty() ? key + ".noReference" : key,
                    OrderWords.quantity(new BigDecimal(values.get(0)), values.get(1)), values.get(2));
            case RECEIPT_DIFFERS_FROM_ASN -> receiptDifference(key, new BigDecimal(values.get(0)),
                    new BigDecimal(values.get(1)), values.get(2), new BigDecimal(values.get(3)));
            case ASN_NOT_RECEIVED -> Explanation.of(key, values.get(0), values.get(1), LocalDate.parse(values.get(2)),
                    Integer.valueOf(values.get(3)));
            case SHIPMENT_OVERDUE -> Explanation.of(key, LocalDate.parse(values.get(0)));
            case COUNTER_REJECTED -> Explanation.of(key);
            case TOLERANCE -> rules(values);
            case STEP_ANSWERED -> Explanation.of(key, step(values.get(0)));
            case INVOICE_MOVED_ON -> Explanation.of(key, Explanation.of("inbox.invoiceInSentence."
                    + InvoiceStatus.valueOf(values.get(0)).name()));
            // the portal's variances in the reader's words, an ERP's reason as the ERP wrote it
            case INVOICE_BLOCKED -> Explanation.of(key, ExplanationText.readOrAsStored(values.get(0)));
            case ACKNOWLEDGED, SUPERSEDED, TEXT -> Explanation.of(key, values.get(0));
        };
    }

    /**
     * Each rule's sentence after the other: the first, then (inbox.reason.TOLERANCE.more) the rest, so that a language
     * sets sentences apart its own way whatever their number.
     */
    private static Explanation rules(List<String> values) {
        Explanation rules = Explanation.of("inbox.reason.TOLERANCE", ExplanationText.read(values.getLast()));
        for (int index = values.size() - 2; index >= 0; index--) {
            rules = Explanation.of("inbox.reason.TOLERANCE.more", ExplanationText.read(values.get(index)), rules);
        }
        return rules;
    }

    /** Short or over, by how much (as a quantity and in % of what was shipped, to one decimal) and the limit. */
    private static Explanation receiptDifference(String key, BigDecimal received, BigDecimal shipped, String unit,
                                                 BigDecimal limitPercent) {
        BigDecimal gap = received.subtract(shipped).abs();
        BigDecimal gapPercent = shipped.signum() == 0 ? BigDecimal.ZERO
                : gap.multiply(BigDecimal.valueOf(100)).divide(shipped, 1, RoundingMode.HALF_UP);
        return Explanation.of(key + (received.compareTo(shipped) < 0 ? ".short" : ".over"), OrderWords.quantity(received, unit),
                OrderWords.quantity(shipped, unit), OrderWords.quantity(gap, unit), gapPercent, limitPercent);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Explanation step(String stepName) {
        return Explanation.of("quality.stepInSentence." + StepKind.valueOf(stepName).name());
    }

    /** A deadline as the English text (API, audit) shows it: to the second, not to the nanosecond. */
    private static String wholeSeconds(Instant moment) {
        return moment.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
