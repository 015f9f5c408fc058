package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.supplierportal.input.DecimalLimit;
import org.supplierportal.input.TextRule;
import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tolerance.Explanation;

/**
 * What makes an ASN acceptable, as a pure function: every problem found, each on its field, in the supplier's words.
 * <ul>
 *   <li>the lines are the supplier's open order lines, committed unless the supplier may ship before acknowledging,
 *       all for one ship-to;</li>
 *   <li>per order line, no more than is still open plus the over-delivery tolerance;</li>
 *   <li>serial numbers, when given, one per piece and never twice;</li>
 *   <li>ship date on or before the expected arrival, not long past;</li>
 *   <li>packages, when given, hold exactly what the lines ship ({@link AsnPackageRules}).</li>
 * </ul>
 */
public final class AsnRules {

    /** How far back a ship date may lie: an ASN tells of goods leaving now, not of last month's. */
    static final int MAX_DAYS_IN_THE_PAST = 30;
    /** The columns' lengths (V8 migration); a serial number has no column of its own but is as long as a lot. */
    static final int TEXT_MAX = 100;
    static final int PACKAGE_TYPE_MAX = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AsnRules() {
    }

    /**
     * The facts the rules need besides the draft.
     *
     * @param lines            the order lines the draft names, as found (missing ones are not the supplier's)
     * @param shippedElsewhere per order line, what the supplier's other live ASNs already ship
     * @param overPercent      per part number, the over-delivery tolerance in percent
     * @param shipBeforeAcknowledgment whether the supplier may ship lines not yet committed
     */
    public record Facts(Map<OrderLineKey, ShippableLine> lines, Map<OrderLineKey, BigDecimal> shippedElsewhere,
                        Function<String, BigDecimal> overPercent, boolean shipBeforeAcknowledgment, LocalDate today) {
    }

    public static List<AsnProblem> check(AsnDraft draft, Facts facts) {
        List<AsnProblem> problems = new ArrayList<>();
        checkHeader(draft, facts.today(), problems);
        checkTexts(draft, problems);
        if (!numbersFit(draft, problems)) {
            // Nothing is added up, compared or repeated from a number the database could not even keep.
            return problems;
        }
        if (draft.lines().isEmpty()) {
            problems.add(AsnProblem.of("lines", "asn.problem.noLines"));
            return problems;
        }
        Map<OrderLineKey, List<Integer>> positions = new LinkedHashMap<>();
        Set<String> shipTos = new LinkedHashSet<>();
        Set<String> serials = new HashSet<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            AsnDraft.Line line = draft.lines().get(i);
            String at = "lines[" + i + "]";
            OrderLineKey key = new OrderLineKey(new OrderId(line.orderId()), line.lineNumber());
            ShippableLine orderLine = line.orderId() == null ? null : facts.lines().get(key);
            if (orderLine == null) {
                problems.add(AsnProblem.of(at, "asn.problem.notYourLine", String.valueOf(line.lineNumber())));
                continue;
            }
            String po = orderLine.orderNumber();
            String lineNumber = String.valueOf(orderLine.lineNumber());
            Explanation status = Explanation.of("asn.lineStatus." + orderLine.status().name());
            if (!orderLine.open()) {
                problems.add(AsnProblem.of(at, "asn.problem.lineClosed", po, lineNumber, status));
                continue;
            }
            if (!orderLine.committed() && !facts.shipBeforeAcknowledgment()) {
                problems.add(AsnProblem.of(at, "asn.problem.notConfirmed", po, lineNumber, status));
            }
            positions.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            shipTos.add(Objects.requireNonNullElse(orderLine.shipTo(), ""));
            checkQuantity(line, orderLine, at, problems);
            checkSerials(line, at, serials, problems);
        }
        positions.forEach((key, at) -> checkOpenQuantity(draft, key, at, facts, problems));
        if (shipTos.size() > 1) {
            problems.add(AsnProblem.of("lines", "asn.problem.shipTos", String.join("; ", shipTos)));
        }
        problems.addAll(AsnPackageRules.check(draft));
        return problems;
    }

    private static void checkHeader(AsnDraft draft, LocalDate today, List<AsnProblem> problems) {
        if (draft.shipDate() == null) {
            problems.add(AsnProblem.of("shipDate", "asn.problem.shipDate"));
        } else if (draft.shipDate().isBefore(today.minusDays(MAX_DAYS_IN_THE_PAST))) {
            problems.add(AsnProblem.of("shipDate", "asn.problem.shipDateLongAgo", MAX_DAYS_IN_THE_PAST));
        }
        if (draft.expectedArrival() == null) {
            problems.add(AsnProblem.of("expectedArrival", "asn.problem.arrival"));
        } else if (draft.shipDate() != null && draft.expectedArrival().isBefore(draft.shipDate())) {
            problems.add(AsnProblem.of("expectedArrival", "asn.problem.arrivalBeforeShipDate"));
        }
    }

    /** Every text within its column and free of control characters. */
    private static void checkTexts(AsnDraft draft, List<AsnProblem> problems) {
        checkText(draft.carrier(), TEXT_MAX, "carrier", problems);
        checkText(draft.trackingNumber(), TEXT_MAX, "trackingNumber", problems);
        checkText(draft.billOfLading(), TEXT_MAX, "billOfLading", problems);
        for (int i = 0; i < draft.lines().size(); i++) {
            AsnDraft.Line line = draft.lines().get(i);
            checkText(line.lot(), TEXT_MAX, "lines[" + i + "].lot", problems);
            for (int s = 0; s < line.serials().size(); s++) {
                Explanation problem = TextRule.translatable(line.serials().get(s), TEXT_MAX);
                if (problem != null) {
                    problems.add(AsnProblem.of("lines[" + i + "].serials", "asn.problem.serialText", s + 1, problem));
                    break;
                }
            }
        }
        for (int p = 0; p < draft.packages().size(); p++) {
            checkText(draft.packages().get(p).type(), PACKAGE_TYPE_MAX, "packages[" + p + "].type", problems);
        }
    }

    private static void checkText(String value, int max, String field, List<AsnProblem> problems) {
        Explanation problem = TextRule.translatable(value, max);
        if (problem != null) {
            problems.add(new AsnProblem(field, problem.english(), problem));
        }
    }

    /** Every quantity and weight fits what the database keeps; each one that does not is a problem of its field. */
    private static boolean numbersFit(AsnDraft draft, List<AsnProblem> problems) {
        int before = problems.size();
        for (int i = 0; i < draft.lines().size(); i++) {
            fit(DecimalLimit.SHIPPED_QUANTITY, draft.lines().get(i).quantity(), "lines[" + i + "].quantity", problems);
        }
        for (int p = 0; p < draft.packages().size(); p++) {
            AsnDraft.Package pack = draft.packages().get(p);
            fit(DecimalLimit.WEIGHT_KG, pack.grossWeightKg(), "packages[" + p + "].grossWeightKg", problems);
            for (int c = 0; c < pack.contents().size(); c++) {
                fit(DecimalLimit.SHIPPED_QUANTITY, pack.contents().get(c).quantity(),
                        "packages[" + p + "].contents[" + c + "].quantity", problems);
            }
        }
        return problems.size() == before;
    }

    private static void fit(DecimalLimit limit, BigDecimal value, String field, List<AsnProblem> problems) {
        Explanation problem = limit.translatable(value);
        if (problem != null) {
            problems.add(new AsnProblem(field, problem.english(), problem));
        }
    }

    private static void checkQuantity(AsnDraft.Line line, ShippableLine orderLine, String at, List<AsnProblem> problems) {
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            problems.add(AsnProblem.of(at + ".quantity", "asn.problem.quantity"));
        }
    }

    private static void checkSerials(AsnDraft.Line line, String at, Set<String> seen, List<AsnProblem> problems) {
        if (line.serials().isEmpty() || line.quantity() == null) {
            return;
        }
        BigDecimal count = BigDecimal.valueOf(line.serials().size());
        if (line.quantity().compareTo(count) != 0) {
            problems.add(AsnProblem.of(at + ".serials", "asn.problem.serialCount", line.serials().size(), line.quantity()));
        }
        List<String> twice = line.serials().stream().filter(serial -> !seen.add(serial)).toList();
        if (!twice.isEmpty()) {
            problems.add(AsnProblem.of(at + ".serials", "asn.problem.serialTwice", String.join(", ", twice)));
        }
    }

    /** All the ASN's lines of one order line together stay within what is open plus the over-delivery tolerance. */
    private static void checkOpenQuantity(AsnDraft draft, OrderLineKey key, List<Integer> at, Facts facts,
                                          List<AsnProblem> problems) {
        ShippableLine orderLine = facts.lines().get(key);
        BigDecimal here = at.stream().map(i -> draft.lines().get(i).quantity())
                .filter(Objects::nonNull).filter(quantity -> quantity.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal already = facts.shippedElsewhere().getOrDefault(key, BigDecimal.ZERO).max(orderLine.receivedQuantity());
        BigDecimal target = orderLine.targetQuantity();
        BigDecimal open = target.subtract(already).max(BigDecimal.ZERO);
        BigDecimal percent = Objects.requireNonNullElse(facts.overPercent().apply(orderLine.partNumber()), BigDecimal.ZERO);
        BigDecimal allowance = target.multiply(percent).divide(HUNDRED);
        BigDecimal limit = open.add(allowance);
        if (here.compareTo(limit) > 0) {
            String unit = orderLine.unit() == null ? "" : orderLine.unit();
            String field = "lines[" + at.getLast() + "].quantity";
            String line = String.valueOf(orderLine.lineNumber());
            problems.add(allowance.signum() > 0
                    ? AsnProblem.of(field, "asn.problem.moreThanOpenWithAllowance", orderLine.orderNumber(), line, here, unit, open, percent, limit)
                    : AsnProblem.of(field, "asn.problem.moreThanOpen", orderLine.orderNumber(), line, here, unit, open));
        }
    }
}
