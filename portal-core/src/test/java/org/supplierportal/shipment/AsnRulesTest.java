package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.TenantId;

class AsnRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID OTHER_ORDER = UUID.randomUUID();

    @Test
    void exactlyTheOpenQuantityPlusTheOverDeliveryAllowanceIsAcceptedAndOneMoreIsNot() {
        // 500 ordered and committed, 5 % over allowed: at most 525; 100 already on another ASN: at most 425 here.
        assertThat(check(draft(line(ORDER, 10, "425")), facts(Map.of(key(ORDER, 10), new BigDecimal("100")), "5"))).isEmpty();

        assertThat(check(draft(line(ORDER, 10, "425.0001")), facts(Map.of(key(ORDER, 10), new BigDecimal("100")), "5")))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("lines[0].quantity");
                    assertThat(problem.message()).isEqualTo("PO 4500017001 line 10: 425.0001 pcs is more than the 400 pcs"
                            + " still open plus the 5 % over-delivery allowance (at most 425 pcs)");
                });
    }

    @Test
    void twoAsnLinesOfOneOrderLineCountTogether() {
        assertThat(check(draft(line(ORDER, 10, "300"), line(ORDER, 10, "201")), facts(Map.of(), "0")))
                .extracting(AsnProblem::field).containsExactly("lines[1].quantity");
        assertThat(check(draft(line(ORDER, 10, "300"), line(ORDER, 10, "201")), facts(Map.of(), "0.00"))
                .getFirst().message()).contains("(no over-delivery is allowed for this part)");
    }

    @Test
    void whatWasReceivedCountsWhenItIsMoreThanWhatIsOnAsns() {
        AsnRules.Facts facts = new AsnRules.Facts(Map.of(key(ORDER, 10), orderLine(ORDER, 10, LineStatus.COMMITTED, "Plant 1", "450")),
                Map.of(), part -> BigDecimal.ZERO, false, TODAY);

        assertThat(check(draft(line(ORDER, 10, "50")), facts)).isEmpty();
        assertThat(check(draft(line(ORDER, 10, "51")), facts)).hasSize(1);
    }

    @Test
    void aLineNotYetConfirmedShipsOnlyWhenTheSupplierMayShipBeforeAcknowledging() {
        Map<OrderLineKey, ShippableLine> lines = Map.of(key(ORDER, 10), orderLine(ORDER, 10, LineStatus.AWAITING_ANSWER, "Plant 1", "0"));

        assertThat(check(draft(line(ORDER, 10, "10")), new AsnRules.Facts(lines, Map.of(), part -> BigDecimal.ZERO, false, TODAY)))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("is not confirmed yet"));
        assertThat(check(draft(line(ORDER, 10, "10")), new AsnRules.Facts(lines, Map.of(), part -> BigDecimal.ZERO, true, TODAY)))
                .isEmpty();
    }

    @Test
    void rejectedLinesUnknownLinesAndTwoShipTosAreRefused() {
        Map<OrderLineKey, ShippableLine> lines = Map.of(
                key(ORDER, 10), orderLine(ORDER, 10, LineStatus.COMMITTED, "Plant 1", "0"),
                key(ORDER, 20), orderLine(ORDER, 20, LineStatus.REJECTED, "Plant 1", "0"),
                key(OTHER_ORDER, 10), orderLine(OTHER_ORDER, 10, LineStatus.COMMITTED, "Plant 2", "0"));
        AsnRules.Facts facts = new AsnRules.Facts(lines, Map.of(), part -> BigDecimal.ZERO, false, TODAY);

        List<AsnProblem> problems = check(draft(line(ORDER, 10, "1"), line(ORDER, 20, "1"), line(ORDER, 30, "1"),
                line(OTHER_ORDER, 10, "1")), facts);

        assertThat(problems).extracting(AsnProblem::field).containsExactly("lines[1]", "lines[2]", "lines");
        assertThat(problems.get(0).message()).isEqualTo("PO 4500017001 line 20 is rejected, agreed; it cannot be shipped");
        assertThat(problems.get(2).message()).contains("different places (Plant 1; Plant 2)");
    }

    @Test
    void serialNumbersAreOnePerPieceAndNeverTwice() {
        AsnDraft.Line fewer = new AsnDraft.Line(ORDER, 10, new BigDecimal("3"), null, List.of("S1", "S2"));
        AsnDraft.Line twice = new AsnDraft.Line(ORDER, 10, new BigDecimal("2"), null, List.of("S1", "S9"));

        assertThat(check(draft(fewer, twice), facts(Map.of(), "0")))
                .extracting(AsnProblem::message)
                .containsExactly("A serialised part needs one serial number per piece: 2 serial numbers for a quantity of 3",
                        "Serial number S1 appears twice");
    }

    @Test
    void datesAreInOrderAndNotLongPast() {
        AsnDraft late = new AsnDraft(TODAY.minusDays(31), TODAY.minusDays(32), null, null, null, List.of(line(ORDER, 10, "1")), List.of());

        assertThat(check(late, facts(Map.of(), "0"))).extracting(AsnProblem::field).containsExactly("shipDate", "expectedArrival");
        assertThat(check(new AsnDraft(TODAY.minusDays(30), TODAY, null, null, null, List.of(line(ORDER, 10, "1")), List.of()),
                facts(Map.of(), "0"))).isEmpty();
    }

    @Test
    void packagesHoldExactlyWhatTheLinesShip() {
        AsnDraft packed = new AsnDraft(TODAY, TODAY.plusDays(2), null, null, null,
                List.of(line(ORDER, 10, "100"), line(OTHER_ORDER, 10, "50")),
                List.of(new AsnDraft.Package("Pallet", null, List.of(new AsnDraft.Content(1, new BigDecimal("60")),
                                new AsnDraft.Content(2, new BigDecimal("50")))),
                        new AsnDraft.Package("Pallet", null, List.of(new AsnDraft.Content(1, new BigDecimal("30")),
                                new AsnDraft.Content(3, new BigDecimal("1"))))));
        Map<OrderLineKey, ShippableLine> lines = Map.of(
                key(ORDER, 10), orderLine(ORDER, 10, LineStatus.COMMITTED, "Plant 1", "0"),
                key(OTHER_ORDER, 10), orderLine(OTHER_ORDER, 10, LineStatus.COMMITTED, "Plant 1", "0"));

        assertThat(AsnRules.check(packed, new AsnRules.Facts(lines, Map.of(), part -> BigDecimal.ZERO, false, TODAY)))
                .extracting(AsnProblem::field, AsnProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("packages[1].contents[1].line", "There is no ASN line 3"),
                        org.assertj.core.groups.Tuple.tuple("lines[0].quantity",
                                "ASN line 1 ships 100 but its packages hold 90; pack all of it, or remove the packages"));
    }

    @Test
    void ssccsASuppliersSystemLabelledMustBeRealAndEachOnOnePackage() {
        String sscc = Sscc.nth("0614141", 7);
        String mistyped = sscc.substring(0, 17) + ((sscc.charAt(17) - '0' + 1) % 10);
        AsnDraft labelled = new AsnDraft(TODAY, TODAY.plusDays(2), null, null, null, List.of(line(ORDER, 10, "10")),
                List.of(new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(1, new BigDecimal("4"))), sscc),
                        new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(1, new BigDecimal("3"))), mistyped),
                        new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(1, new BigDecimal("3"))), sscc)));

        assertThat(check(labelled, facts(Map.of(), "0"))).extracting(AsnProblem::field, AsnProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("packages[1].sscc",
                        "'" + mistyped + "' is not an SSCC: 18 digits ending in the GS1 check digit"),
                org.assertj.core.groups.Tuple.tuple("packages[2].sscc", "SSCC " + sscc + " is on another package of this ASN already"));
        assertThat(check(new AsnDraft(TODAY, TODAY.plusDays(2), null, null, null, List.of(line(ORDER, 10, "10")),
                List.of(new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(1, BigDecimal.TEN)), sscc))),
                facts(Map.of(), "0"))).isEmpty();
    }

    private static List<AsnProblem> check(AsnDraft draft, AsnRules.Facts facts) {
        return AsnRules.check(draft, facts);
    }

    private static AsnRules.Facts facts(Map<OrderLineKey, BigDecimal> shippedElsewhere, String overPercent) {
        return new AsnRules.Facts(Map.of(key(ORDER, 10), orderLine(ORDER, 10, LineStatus.COMMITTED, "Plant 1", "0")),
                shippedElsewhere, part -> new BigDecimal(overPercent), false, TODAY);
    }

    private static AsnDraft draft(AsnDraft.Line... lines) {
        return new AsnDraft(TODAY, TODAY.plusDays(2), "DHL", null, null, List.of(lines), List.of());
    }

    private static AsnDraft.Line line(UUID order, int lineNumber, String quantity) {
        return new AsnDraft.Line(order, lineNumber, new BigDecimal(quantity), null, List.of());
    }

    private static OrderLineKey key(UUID order, int lineNumber) {
        return new OrderLineKey(new OrderId(order), lineNumber);
    }

    private static ShippableLine orderLine(UUID order, int lineNumber, LineStatus status, String shipTo, String received) {
        return new ShippableLine(new OrderId(order), new TenantId(UUID.randomUUID()), order == ORDER ? "4500017001" : "4500017002",
                shipTo, "TEST", "1", lineNumber, String.valueOf(lineNumber), "BR-4711", null, "Bracket",
                new BigDecimal("500"), new BigDecimal("500"), "pcs", status, TODAY.plusDays(10), new BigDecimal(received));
    }

    @Test
    void aLineThatCannotShipIsSaidInTheReadersLanguage() {
        Map<OrderLineKey, ShippableLine> lines = Map.of(
                key(ORDER, 10), orderLine(ORDER, 10, LineStatus.AWAITING_ANSWER, "Plant 1", "0"),
                key(ORDER, 20), orderLine(ORDER, 20, LineStatus.REJECTED, "Plant 1", "0"));
        AsnRules.Facts facts = new AsnRules.Facts(lines, Map.of(), part -> BigDecimal.ZERO, false, TODAY);

        List<AsnProblem> problems = check(draft(line(ORDER, 10, "1"), line(ORDER, 20, "1")), facts);

        assertThat(problems.get(0).message()).isEqualTo("PO 4500017001 line 10 is not confirmed yet (to answer). Acknowledge it"
                + " first; your customer asks for confirmed lines before shipping.");
        assertThat(problems.get(0).translatable().in(Locale.GERMAN)).isEqualTo("Bestellung 4500017001 Pos. 10 ist noch nicht"
                + " bestätigt (Status: zu beantworten). Bestätigen Sie sie zuerst; Ihr Kunde verlangt bestätigte Positionen vor dem Versand.");
        assertThat(problems.get(1).translatable().in(Locale.FRENCH))
                .isEqualTo("Commande 4500017001 ligne 20 : refusée, d’un commun accord ; elle ne peut pas être expédiée");
        assertThat(problems.get(1).translatable().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("订单 4500017001 第 20 行已拒绝（双方同意），不能发货");
    }
}
