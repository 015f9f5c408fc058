package org.supplierportal.b2b.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.b2b.MappedAsn;
import org.supplierportal.b2b.MappedAsnRules;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnProblem;
import org.supplierportal.shipment.ShippableLineView;
import org.supplierportal.shipment.Sscc;
import org.supplierportal.tenancy.TenantId;

/** The corpus 856 (node-x12, shipment > order > item) and variants of it mapped to the ASN a supplier enters. */
class Asn856MappingTest {

    static final OrderId ORDER = new OrderId(UUID.randomUUID());
    static final String PO = "99999817";

    @Test
    void mapsTheCorpus856ShipmentOrderAndItemsToAnAsn() {
        MappedAsn result = map(X12Documents.corpus856(), lines("87787D", "99887D"));

        assertThat(result.problems()).isEmpty();
        AsnDraft draft = result.draft();
        assertThat(draft.shipDate()).isEqualTo(LocalDate.of(2011, 12, 6));
        assertThat(draft.expectedArrival()).isEqualTo(draft.shipDate());
        assertThat(result.notes()).containsExactly("no DTM*017 or 067 (estimated delivery): arrival taken as the ship date");
        assertThat(draft.carrier()).isEqualTo("XXXX");
        assertThat(draft.trackingNumber()).isEqualTo("5787970539");
        assertThat(draft.billOfLading()).isEqualTo("999999-001");
        assertThat(draft.lines()).containsExactly(new AsnDraft.Line(ORDER.value(), 1, new BigDecimal("24"), null, List.of()),
                new AsnDraft.Line(ORDER.value(), 2, new BigDecimal("6"), null, List.of()));
        assertThat(draft.packages()).isEmpty();
        assertThat(Asn856Mapping.orderNumbers(transaction(X12Documents.corpus856()))).containsExactly(PO);
        assertThat(Asn856Mapping.shipmentId(transaction(X12Documents.corpus856()))).isEqualTo("829716");
    }

    @Test
    void anEstimatedDeliveryDateIsTheArrival() {
        String withArrival = X12Documents.recount(X12Documents.corpus856().replace("DTM*011*20111206~", "DTM*011*20111206~DTM*017*20111209~"));

        MappedAsn result = map(withArrival, lines("87787D", "99887D"));

        assertThat(result.draft().expectedArrival()).isEqualTo(LocalDate.of(2011, 12, 9));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void packsAboveTheItemsBecomePackagesWithTheSsccOfTheirManAndTheirWeightInKilograms() {
        String first = Sscc.nth("0614141", 1);
        String second = Sscc.nth("0614141", 2);
        String packed = X12Documents.recount(X12Documents.corpus856()
                .replace("HL*3*2*I~", "HL*3*2*P~TD1*CTN*1****G*22.046*LB~MAN*GM*00" + first + "~HL*4*3*I~")
                .replace("HL*4*2*I~", "HL*5*2*P~TD1*CTN*1****G*4*KG~MAN*GM*" + second + "~HL*6*5*I~"));

        MappedAsn result = map(packed, lines("87787D", "99887D"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().packages()).containsExactly(
                new AsnDraft.Package("Carton", new BigDecimal("10.000"), List.of(new AsnDraft.Content(1, new BigDecimal("24"))), first),
                new AsnDraft.Package("Carton", new BigDecimal("4"), List.of(new AsnDraft.Content(2, new BigDecimal("6"))), second));
        assertThat(result.locate(new AsnProblem("packages[1].sscc", "is wrong")))
                .isEqualTo("MAN*GM (segment 30) of HL 5 (segment 28): is wrong");
    }

    @Test
    void lotsAndSerialNumbersComeFromRefOrLin() {
        String traced = X12Documents.recount(X12Documents.corpus856()
                .replace("LIN*1*VP*87787D*UP*999999310145~", "LIN*1*VP*87787D*UP*999999310145*LT*L-2011-12~")
                .replace("SN1*2*6*EA~", "SN1*2*2*EA~")
                .replace("PID*F****RED WIDGET~", "PID*F****RED WIDGET~REF*LT*L-7~REF*SE*SN-1~REF*SE*SN-2~"));

        List<AsnDraft.Line> lines = map(traced, lines("87787D", "99887D")).draft().lines();

        assertThat(lines.get(0).lot()).isEqualTo("L-2011-12");
        assertThat(lines.get(1).lot()).isEqualTo("L-7");
        assertThat(lines.get(1).serials()).containsExactly("SN-1", "SN-2");
    }

    @Test
    void theVendorPartFindsTheLineWhenLin01IsNotALineNumberOfThePo() {
        String renumbered = X12Documents.corpus856().replace("LIN*1*VP*87787D", "LIN*7*VP*87787D").replace("LIN*2*VP*99887D", "LIN*8*VP*99887D");

        assertThat(map(renumbered, lines("87787D", "99887D")).draft().lines()).extracting(AsnDraft.Line::lineNumber)
                .containsExactly(1, 2);
        assertThat(map(renumbered, lines("99887D", "87787D")).draft().lines()).extracting(AsnDraft.Line::lineNumber)
                .containsExactly(2, 1);
    }

    @Test
    void anUnknownPoLineIsRefusedWithItsSegment() {
        String unknown = X12Documents.corpus856().replace("LIN*2*VP*99887D*UP*999999311746", "LIN*2*PL*9*UP*999999311746");

        MappedAsn result = map(unknown, lines("87787D", "99887D"));

        assertThat(result.mapped()).isFalse();
        assertThat(result.problems()).containsExactly("LIN (segment 26) of HL 4 (segment 25): PO 99999817 has no line 9 (LIN PL)");
    }

    @Test
    void aLineOfAnotherPartIsRefused() {
        MappedAsn result = map(X12Documents.corpus856(), lines("87787D", "OTHER-PART"));

        assertThat(result.problems()).containsExactly("LIN (segment 26) of HL 4 (segment 25): PO 99999817 line 2 is your part"
                + " OTHER-PART, not 99887D (LIN VP)");
    }

    @Test
    void aPoThatIsNotTheSuppliersIsRefused() {
        MappedAsn result = map(X12Documents.corpus856(), Map.of());

        assertThat(result.problems()).containsExactly(
                "HL 3 (segment 20): PRF01 '99999817' is not one of your orders",
                "HL 4 (segment 25): PRF01 '99999817' is not one of your orders");
    }

    @Test
    void whatTheAsnRulesRefuseIsToldWithTheSegmentItCameFrom() {
        MappedAsn result = map(X12Documents.corpus856(), lines("87787D", "99887D"));

        assertThat(result.locate(new AsnProblem("lines[1].quantity", "PO 99999817 line 2: 6 pcs is more than the 5 pcs still open")))
                .isEqualTo("SN1 (segment 27) of HL 4: PO 99999817 line 2: 6 pcs is more than the 5 pcs still open");
        assertThat(result.locate(new AsnProblem("shipDate", "More than 30 days ago")))
                .isEqualTo("DTM*011 (ship date): More than 30 days ago");
    }

    @Test
    void standardCartonPackPacksBelowTheirItemHoldEqualSharesOfIt() {
        String cartons = standardCartonPack(
                "HL*4*3*P~TD1*CTN*1****G*8*KG~MAN*GM*" + sscc(1) + "~HL*5*3*P~TD1*CTN*1****G*8*KG~MAN*GM*00" + sscc(2)
                        + "~HL*6*3*P~TD1*CTN*1****G*8*KG~MAN*GM*" + sscc(3) + "~",
                "HL*8*7*P~MAN*GM*" + sscc(4) + "~");

        MappedAsn result = map(cartons, lines("87787D", "99887D"));

        assertThat(result.problems()).isEmpty();
        List<AsnDraft.Content> eight = List.of(new AsnDraft.Content(1, new BigDecimal("8")));
        assertThat(result.draft().packages()).containsExactly(new AsnDraft.Package("Carton", new BigDecimal("8"), eight, sscc(1)),
                new AsnDraft.Package("Carton", new BigDecimal("8"), eight, sscc(2)),
                new AsnDraft.Package("Carton", new BigDecimal("8"), eight, sscc(3)),
                new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(2, new BigDecimal("6"))), sscc(4)));
        assertThat(result.draft().lines()).extracting(AsnDraft.Line::quantity).containsExactly(new BigDecimal("24"), new BigDecimal("6"));
        assertThat(MappedAsnRules.find(result, lines("87787D", "99887D"))).as("the packs hold exactly what the items ship").isEmpty();
        assertThat(result.locate(new AsnProblem("packages[3].sscc", "is on another ASN")))
                .isEqualTo("MAN*GM (segment 40) of HL 8 (segment 39): is on another ASN");
    }

    @Test
    void bothStructuresGiveTheSameAsn() {
        String pickAndPack = X12Documents.recount(X12Documents.corpus856()
                .replace("HL*3*2*I~", "HL*3*2*P~MAN*GM*" + sscc(1) + "~HL*4*3*I~")
                .replace("HL*4*2*I~", "HL*5*2*P~MAN*GM*" + sscc(2) + "~HL*6*5*I~"));
        String standardCartonPack = standardCartonPack("HL*4*3*P~MAN*GM*" + sscc(1) + "~", "HL*8*7*P~MAN*GM*" + sscc(2) + "~");

        AsnDraft picked = map(pickAndPack, lines("87787D", "99887D")).draft();

        assertThat(picked.packages()).hasSize(2);
        assertThat(map(standardCartonPack, lines("87787D", "99887D")).draft()).isEqualTo(picked);
    }

    @Test
    void packsBelowAnItemMayEachSayHowManyTheyHold() {
        String cartons = standardCartonPack("HL*4*3*P~SN1**20*EA~MAN*GM*" + sscc(1) + "~HL*5*3*P~SN1**4*EA~MAN*GM*" + sscc(2) + "~",
                "HL*8*7*P~MAN*GM*" + sscc(3) + "~");

        MappedAsn result = map(cartons, lines("87787D", "99887D"));

        assertThat(result.draft().packages()).extracting(AsnDraft.Package::sscc, pack -> pack.contents().get(0).quantity())
                .containsExactly(tuple(sscc(1), new BigDecimal("20")), tuple(sscc(2), new BigDecimal("4")), tuple(sscc(3), new BigDecimal("6")));
        assertThat(MappedAsnRules.find(result, lines("87787D", "99887D"))).isEmpty();
    }

    @Test
    void aCartonBelowTwoItemsWithOneSsccIsOnePackageHoldingBoth() {
        String mixed = standardCartonPack("HL*4*3*P~MAN*GM*" + sscc(1) + "~", "HL*8*7*P~MAN*GM*" + sscc(1) + "~");

        MappedAsn result = map(mixed, lines("87787D", "99887D"));

        assertThat(result.draft().packages()).containsExactly(new AsnDraft.Package("Carton", null,
                List.of(new AsnDraft.Content(1, new BigDecimal("24")), new AsnDraft.Content(2, new BigDecimal("6"))), sscc(1)));
        assertThat(MappedAsnRules.find(result, lines("87787D", "99887D"))).isEmpty();
    }

    @Test
    void anItemThatDoesNotDivideIntoItsPacksIsRefusedAtItsSn1() {
        String five = standardCartonPack("HL*4*3*P~MAN*GM*" + sscc(1) + "~HL*5*3*P~MAN*GM*" + sscc(2) + "~HL*6*3*P~MAN*GM*"
                + sscc(3) + "~HL*9*3*P~MAN*GM*" + sscc(5) + "~HL*10*3*P~MAN*GM*" + sscc(6) + "~", "HL*8*7*P~MAN*GM*" + sscc(4) + "~");

        MappedAsn result = map(five, lines("87787D", "99887D"));

        assertThat(result.draft()).isNull();
        assertThat(result.problems()).containsExactly("SN1 (segment 22) of HL 3 (segment 20): 24 does not divide into the 5 packs"
                + " below it (HL P); give each pack its SN1");
    }

    @Test
    void packQuantitiesThatDoNotAddUpToTheItemAreRefused() {
        String cartons = standardCartonPack("HL*4*3*P~SN1**20*EA~MAN*GM*" + sscc(1) + "~HL*5*3*P~SN1**5*EA~MAN*GM*" + sscc(2) + "~",
                "HL*8*7*P~MAN*GM*" + sscc(3) + "~");

        assertThat(map(cartons, lines("87787D", "99887D")).problems()).containsExactly(
                "HL 3 (segment 20): its packs' SN1 add up to 25, but its SN1 (segment 22) ships 24");
    }

    @Test
    void aPackWithoutSn1AmongPacksWithOneIsRefused() {
        String cartons = standardCartonPack("HL*4*3*P~SN1**20*EA~MAN*GM*" + sscc(1) + "~HL*5*3*P~MAN*GM*" + sscc(2) + "~",
                "HL*8*7*P~MAN*GM*" + sscc(3) + "~");

        assertThat(map(cartons, lines("87787D", "99887D")).problems()).containsExactly("HL 5 (segment 28): a pack below HL 3"
                + " (segment 20) without SN1 while others give theirs; give each pack's quantity in its SN1, or none for equal packs");
    }

    /**
     * The corpus 856 in the standard carton pack structure (shipment > order > item > pack): the blue widgets (HL 3) with
     * these packs below them, the red ones renumbered HL 7 with those.
     */
    static String standardCartonPack(String bluePacks, String redPacks) {
        return X12Documents.recount(X12Documents.corpus856()
                .replace("PID*F****BLUE WIDGET~", "PID*F****BLUE WIDGET~" + bluePacks)
                .replace("HL*4*2*I~", "HL*7*2*I~").replace("PID*F****RED WIDGET~", "PID*F****RED WIDGET~" + redPacks));
    }

    static String sscc(int n) {
        return Sscc.nth("0614141", n);
    }

    static MappedAsn map(String edi, Map<String, List<ShippableLineView>> lines) {
        return Asn856Mapping.toDraft(transaction(edi), lines);
    }

    static X12Transaction transaction(String edi) {
        X12Interchange interchange = X12Reader.read(edi.getBytes(StandardCharsets.US_ASCII));
        assertThat(interchange.valid()).as("%s", interchange.transactions().get(0).problems()).isTrue();
        return interchange.transactions().get(0);
    }

    /** PO 99999817's two lines (24 and 6 units open), with these supplier part numbers. */
    static Map<String, List<ShippableLineView>> lines(String firstPart, String secondPart) {
        return Map.of(PO, List.of(view(1, "BLUE-WIDGET", firstPart, "24"), view(2, "RED-WIDGET", secondPart, "6")));
    }

    static ShippableLineView view(int number, String part, String supplierPart, String quantity) {
        ShippableLine line = new ShippableLine(ORDER, new TenantId(UUID.randomUUID()), PO, "Plant 1", "TRYTON", "1", number,
                Integer.toString(number), part, supplierPart, "widget", new BigDecimal(quantity), new BigDecimal(quantity), "pcs",
                LineStatus.COMMITTED, LocalDate.of(2011, 12, 10), BigDecimal.ZERO);
        return new ShippableLineView(line, BigDecimal.ZERO, new BigDecimal(quantity));
    }
}
