package org.supplierportal.b2b.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * The corpus DESADV D.96A (php-edifact: two books, each with its own PO in RFF+ON, one CPS) and EANCOM-style variants
 * of it (packages with SSCCs, lots and serials, carrier) mapped to the ASN a supplier enters.
 */
class DesadvMappingTest {

    static final OrderId FIRST_ORDER = new OrderId(UUID.randomUUID());
    static final OrderId SECOND_ORDER = new OrderId(UUID.randomUUID());

    @Test
    void theCorpusFileAsPublishedIsRejectedForItsMessageVersion() {
        EdifactMessage message = EdifactDocuments.read(EdifactDocuments.text("D96ADESADV.edi")).messages().get(0);

        assertThat(message.type()).isEqualTo("DESADV");
        assertThat(message.version()).as("UNH S009 0052 is '0', not 'D'").isEqualTo("096A");
        assertThat(message.problems()).extracting(EdifactProblem::describe)
                .containsExactly("UNH (segment 1), element 2, component 2: invalid value '0'");
        assertThat(ContrlMapping.rejection(message, EdifactInbound.SUPPORTED)).isEqualTo(EdifactSyntaxErrors.INVALID_VALUE);
    }

    @Test
    void theCorpusBgmFunctionIsTooLongForD96a() {
        EdifactMessage message = message(EdifactDocuments.text("D96ADESADV.edi").replace("DESADV:0:96A:UN", "DESADV:D:96A:UN"));

        assertThat(message.problems()).extracting(EdifactProblem::describe)
                .containsExactly("BGM (segment 2), element 3: data element too long '700101'");
    }

    @Test
    void mapsTheCorpusDesadvLinesToTheirOrdersAndLines() {
        EdifactMessage message = message(corpus());
        assertThat(message.problems()).isEmpty();
        assertThat(DesadvMapping.orderNumbers(message)).containsExactly("6877871", "6905456");
        assertThat(DesadvMapping.despatchNumber(message)).isEqualTo("Y02197250");

        MappedAsn result = DesadvMapping.toDraft(message, orderLines("9780738507330", "9781568361871"));

        assertThat(result.problems()).isEmpty();
        AsnDraft draft = result.draft();
        assertThat(draft.shipDate()).isEqualTo(LocalDate.of(2016, 7, 26));
        assertThat(draft.expectedArrival()).isEqualTo(draft.shipDate());
        assertThat(result.notes()).containsExactly("no DTM+17 or 132 (estimated delivery): arrival taken as the despatch date");
        assertThat(draft.lines()).containsExactly(new AsnDraft.Line(FIRST_ORDER.value(), 1, BigDecimal.ONE, null, List.of()),
                new AsnDraft.Line(SECOND_ORDER.value(), 1, BigDecimal.ONE, null, List.of()));
        assertThat(draft.packages()).as("the corpus CPS has no PAC or SSCC: no package").isEmpty();
        assertThat(draft.carrier()).isNull();
    }

    @Test
    void theD01bDirectoryGivesTheSameAsn() {
        EdifactMessage message = message(corpus().replace("DESADV:D:96A:UN", "DESADV:D:01B:UN"));

        assertThat(message.version()).isEqualTo("D01B");
        assertThat(message.problems()).isEmpty();
        assertThat(DesadvMapping.toDraft(message, orderLines("9780738507330", "9781568361871")).draft())
                .isEqualTo(DesadvMapping.toDraft(message(corpus()), orderLines("9780738507330", "9781568361871")).draft());
    }

    @Test
    void theHeaderGivesArrivalCarrierTrackingAndBillOfLading() {
        String shipped = corpus().replace("DTM+11:20160726:102'", "DTM+11:20160726:102'DTM+17:20160729:102'")
                .replace("RFF+PK:VEE0214439'", "RFF+PK:VEE0214439'RFF+BM:BOL-77'RFF+CN:1Z999'")
                .replace("CPS+IE2156580387'", "TDT+20++30+31+DHLF::87:DHL FREIGHT'CPS+IE2156580387'");

        MappedAsn result = DesadvMapping.toDraft(message(shipped), orderLines("9780738507330", "9781568361871"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().expectedArrival()).isEqualTo(LocalDate.of(2016, 7, 29));
        assertThat(result.draft().carrier()).isEqualTo("DHL FREIGHT");
        assertThat(result.draft().trackingNumber()).isEqualTo("1Z999");
        assertThat(result.draft().billOfLading()).isEqualTo("BOL-77");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void cpsLevelsWithAnSsccBecomePackagesHoldingTheLinesBelowThem() {
        String pallet = Sscc.nth("0614141", 1);
        String carton = Sscc.nth("0614141", 2);
        String packed = corpus()
                .replace("CPS+IE2156580387'", "CPS+1'PAC+1++201'MEA+PD+AAB+KGM:250'PCI+33E'GIN+BJ+00" + pallet + "'")
                .replace("LIN+002'", "CPS+2+1'PAC+1++CT'MEA+PD+AAB+LBR:22.046'PCI+33E'GIN+BJ+" + carton + "'LIN+002'");

        MappedAsn result = DesadvMapping.toDraft(message(packed), orderLines("9780738507330", "9781568361871"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().packages()).containsExactly(
                new AsnDraft.Package("Pallet", new BigDecimal("250"), List.of(new AsnDraft.Content(1, BigDecimal.ONE)), pallet),
                new AsnDraft.Package("Carton", new BigDecimal("10.000"), List.of(new AsnDraft.Content(2, BigDecimal.ONE)), carton));
        assertThat(result.locate(new AsnProblem("packages[1].sscc", "is already on another ASN")))
                .isEqualTo("GIN+BJ (segment 23) of CPS 2 (segment 19): is already on another ASN");
    }

    @Test
    void identicalPackagesDescribedOnceBecomeOnePackagePerSsccEachHoldingTheQuantityPerPack() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+3++CT'MEA+PD+AAB+KGM:12'QTY+52:10'"
                        + "PCI+33E'GIN+BJ+" + sscc(1) + "'PCI+33E'GIN+BJ+" + sscc(2) + "'PCI+33E'GIN+BJ+" + sscc(3) + "'")
                .replaceFirst("QTY\\+12:1'", "QTY+12:30'")
                .replace("LIN+002'", "CPS+2+1'PAC+1++CT'PCI+33E'GIN+BJ+" + sscc(4) + "'LIN+002'");

        MappedAsn result = map(packed, thirtyAndOne());

        assertThat(result.problems()).isEmpty();
        List<AsnDraft.Content> ten = List.of(new AsnDraft.Content(1, BigDecimal.TEN));
        assertThat(result.draft().packages()).containsExactly(new AsnDraft.Package("Carton", new BigDecimal("12"), ten, sscc(1)),
                new AsnDraft.Package("Carton", new BigDecimal("12"), ten, sscc(2)),
                new AsnDraft.Package("Carton", new BigDecimal("12"), ten, sscc(3)),
                new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(2, BigDecimal.ONE)), sscc(4)));
        assertThat(MappedAsnRules.find(result, thirtyAndOne())).as("the packages hold exactly what the lines ship").isEmpty();
        assertThat(result.locate(new AsnProblem("packages[2].sscc", "is already on another ASN")))
                .isEqualTo("GIN+BJ (segment 17) of CPS 1 (segment 8): is already on another ASN");
    }

    @Test
    void oneGinListingSeveralSsccsDividesEachLineEvenlyAmongTheIdenticalPackages() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+3++201'PCI+33E'GIN+BJ+" + sscc(1) + "+" + sscc(2)
                + "+" + sscc(3) + "'").replaceFirst("QTY\\+12:1'", "QTY+12:30'").replace("QTY+12:1'", "QTY+12:3'");

        MappedAsn result = map(packed, Map.of("6877871", List.of(view(FIRST_ORDER, "6877871", 1, "9780738507330", "30")),
                "6905456", List.of(view(SECOND_ORDER, "6905456", 1, "9781568361871", "3"))));

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().packages()).extracting(AsnDraft.Package::type, AsnDraft.Package::sscc, AsnDraft.Package::contents)
                .containsExactly(tuple("Pallet", sscc(1), List.of(content(1, "10"), content(2, "1"))),
                        tuple("Pallet", sscc(2), List.of(content(1, "10"), content(2, "1"))),
                        tuple("Pallet", sscc(3), List.of(content(1, "10"), content(2, "1"))));
    }

    @Test
    void anSsccRangeFromFirstToLastIsCountedOut() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+3++CT'QTY+52:10'PCI+33E'GIN+BJ+00" + sscc(1) + ":00"
                        + sscc(3) + "'").replaceFirst("QTY\\+12:1'", "QTY+12:30'")
                .replace("LIN+002'", "CPS+2+1'PAC+1++CT'PCI+33E'GIN+BJ+" + sscc(4) + "'LIN+002'");

        MappedAsn result = map(packed, thirtyAndOne());

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().packages()).extracting(AsnDraft.Package::sscc).containsExactly(sscc(1), sscc(2), sscc(3), sscc(4));
        assertThat(MappedAsnRules.find(result, thirtyAndOne())).isEmpty();
    }

    @Test
    void packagesThatDoNotMakeTheDespatchedQuantityAreRefusedNamingBothSegments() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+3++CT'QTY+52:10'PCI+33E'GIN+BJ+" + sscc(1) + "+"
                + sscc(2) + "+" + sscc(3) + "'").replaceFirst("QTY\\+12:1'", "QTY+12:25'")
                .replace("LIN+002'", "CPS+2+1'PAC+1++CT'PCI+33E'GIN+BJ+" + sscc(4) + "'LIN+002'");

        MappedAsn result = map(packed, thirtyAndOne());

        assertThat(result.draft()).isNull();
        assertThat(result.problems()).containsExactly("QTY+52 (segment 10) of CPS 1 (segment 8): 3 packages of 10 make 30,"
                + " but QTY+12 (segment 16) of LIN (segment 13) despatches 25");
    }

    @Test
    void aQuantityThatDoesNotDivideIntoTheIdenticalPackagesIsRefused() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+2++CT'PCI+33E'GIN+BJ+" + sscc(1) + "'PCI+33E'GIN+BJ+"
                + sscc(2) + "'").replace("LIN+002'", "CPS+2+1'PAC+1++CT'PCI+33E'GIN+BJ+" + sscc(4) + "'LIN+002'");

        MappedAsn result = map(packed, thirtyAndOne());

        assertThat(result.problems()).containsExactly("QTY+12 (segment 17) of LIN (segment 14): 1 does not divide into the 2"
                + " identical packages of CPS 1 (segment 8); give the quantity per package (QTY+52) or one CPS per package");
    }

    @Test
    void aPacCountingOtherThanTheSsccsIsRefused() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+4++CT'PCI+33E'GIN+BJ+" + sscc(1) + "+" + sscc(2) + "'");

        assertThat(map(packed, thirtyAndOne()).problems()).containsExactly("CPS 1 (segment 8): PAC (segment 9) counts 4 packages"
                + " but GIN+BJ gives 2 SSCCs; send as many SSCCs as packages");
    }

    @Test
    void aQuantityPerPackForSeveralLinesIsRefused() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+2++CT'QTY+52:1'PCI+33E'GIN+BJ+" + sscc(1) + "+"
                + sscc(2) + "'").replace("QTY+12:1'", "QTY+12:2'");

        assertThat(map(packed, thirtyAndOne()).problems()).containsExactly("QTY+52 (segment 10) of CPS 1 (segment 8): one"
                + " quantity per package for 2 lines does not say how much of each line a package holds; send one CPS per line");
    }

    @Test
    void aRangeThatIsNoRangeOfSsccsIsRefused() {
        String packed = corpus().replace("CPS+IE2156580387'", "CPS+1'PAC+2++CT'PCI+33E'GIN+BJ+" + sscc(3) + ":" + sscc(1) + "'");

        assertThat(map(packed, thirtyAndOne()).problems()).containsExactly("GIN+BJ (segment 11): '" + sscc(3) + ":" + sscc(1)
                + "' is not a range of SSCCs of one company (the first and the last, 18 digits each)");
    }

    @Test
    void aPacCountingSeveralPackagesWithoutSsccsIsNoPackage() {
        String counted = corpus().replace("CPS+IE2156580387'", "CPS+IE2156580387'PAC+2++CT'");

        MappedAsn result = DesadvMapping.toDraft(message(counted), orderLines("9780738507330", "9781568361871"));

        assertThat(result.draft().packages()).isEmpty();
        assertThat(result.notes()).contains("CPS IE2156580387 (segment 8): PAC counts 2 packages without their SSCCs: not taken as packages");
    }

    @Test
    void lotsAndSerialNumbersComeFromGin() {
        String traced = corpus().replaceFirst("QTY\\+12:1'", "QTY+12:2'GIN+BN+SN-1+SN-2'GIN+BX+L-7'")
                .replace("RFF+ON:6905456'UNT", "RFF+ON:6905456'PCI+17'GIN+BX+L-8'UNT");

        List<AsnDraft.Line> lines = DesadvMapping.toDraft(message(traced), orderLines("9780738507330", "9781568361871"))
                .draft().lines();

        assertThat(lines).extracting(AsnDraft.Line::quantity, AsnDraft.Line::lot, AsnDraft.Line::serials).containsExactly(
                tuple(new BigDecimal("2"), "L-7", List.of("SN-1", "SN-2")), tuple(BigDecimal.ONE, "L-8", List.of()));
    }

    @Test
    void withoutRffLiTheItemNumberFindsTheLine() {
        String unnumbered = corpus().replace("RFF+LI:1'", "");

        MappedAsn result = DesadvMapping.toDraft(message(unnumbered), Map.of("6877871", List.of(
                view(FIRST_ORDER, "6877871", 1, "OTHER", "20"), view(FIRST_ORDER, "6877871", 2, "9780738507330", "20")),
                "6905456", List.of(view(SECOND_ORDER, "6905456", 1, "9781568361871", "20"))));

        assertThat(result.draft().lines()).extracting(AsnDraft.Line::lineNumber).containsExactly(2, 1);
    }

    @Test
    void aLineOfAnotherPartIsRefusedWithItsSegment() {
        MappedAsn result = DesadvMapping.toDraft(message(corpus()), orderLines("9780738507330", "OTHER-BOOK"));

        assertThat(result.problems()).containsExactly("LIN (segment 15): PO 6905456 line 1 is part OTHER-BOOK, not 9781568361871 (PIA)");
    }

    @Test
    void aPoThatIsNotTheSuppliersIsRefused() {
        MappedAsn result = DesadvMapping.toDraft(message(corpus()), Map.of("6877871",
                List.of(view(FIRST_ORDER, "6877871", 1, "9780738507330", "20"))));

        assertThat(result.problems()).containsExactly("LIN (segment 15): RFF+ON '6905456' is not one of your orders");
    }

    @Test
    void whatTheAsnRulesRefuseIsToldWithTheSegmentItCameFrom() {
        MappedAsn result = DesadvMapping.toDraft(message(corpus()), orderLines("9780738507330", "9781568361871"));

        assertThat(result.locate(new AsnProblem("lines[1].quantity", "PO 6905456 line 1: 1 pcs is more than the 0 pcs still open")))
                .isEqualTo("QTY+12 (segment 18) of LIN (segment 15): PO 6905456 line 1: 1 pcs is more than the 0 pcs still open");
        assertThat(result.locate(new AsnProblem("shipDate", "More than 30 days ago")))
                .isEqualTo("DTM+11 (despatch date): More than 30 days ago");
    }

    static String sscc(int n) {
        return Sscc.nth("0614141", n);
    }

    static AsnDraft.Content content(int line, String quantity) {
        return new AsnDraft.Content(line, new BigDecimal(quantity));
    }

    /** The first book ordered 30 times, the second once. */
    static Map<String, List<ShippableLineView>> thirtyAndOne() {
        return Map.of("6877871", List.of(view(FIRST_ORDER, "6877871", 1, "9780738507330", "30")),
                "6905456", List.of(view(SECOND_ORDER, "6905456", 1, "9781568361871", "1")));
    }

    /** A DESADV the schema takes, mapped. */
    static MappedAsn map(String edi, Map<String, List<ShippableLineView>> orderLines) {
        EdifactMessage message = message(edi);
        assertThat(message.problems()).extracting(EdifactProblem::describe).isEmpty();
        return DesadvMapping.toDraft(message, orderLines);
    }

    /**
     * The corpus DESADV made valid D.96A as the test resources' README says: UNH S009 0052 'D' (the file has '0'), BGM
     * 1225 '9' (original; the file has '700101', longer than an..3), and RFF+LI the line of each PO (the file repeats
     * the PO number there).
     */
    static String corpus() {
        return recount(EdifactDocuments.text("D96ADESADV.edi").replace("DESADV:0:96A:UN", "DESADV:D:96A:UN")
                .replace("+700101'", "+9'").replace("RFF+LI:6877871'", "RFF+LI:1'").replace("RFF+LI:6905456'", "RFF+LI:1'"));
    }

    /** UNT 0074 set to the segments of the message, after a test added some. */
    static String recount(String edi) {
        String flat = edi.replaceAll("'\\s+", "'");
        int start = flat.indexOf("UNH+");
        int end = flat.indexOf("UNT+");
        int segments = flat.substring(start, end).split("'").length + 1;
        Matcher unt = Pattern.compile("UNT\\+[0-9]+\\+").matcher(flat);
        return unt.replaceFirst("UNT+" + segments + "+");
    }

    static EdifactMessage message(String edi) {
        return EdifactDocuments.read(recount(edi)).messages().get(0);
    }

    /** Each corpus PO with its one line (a book, 20 open), the part numbers given. */
    static Map<String, List<ShippableLineView>> orderLines(String firstPart, String secondPart) {
        return Map.of("6877871", List.of(view(FIRST_ORDER, "6877871", 1, firstPart, "20")),
                "6905456", List.of(view(SECOND_ORDER, "6905456", 1, secondPart, "20")));
    }

    static ShippableLineView view(OrderId order, String number, int line, String part, String quantity) {
        ShippableLine shippable = new ShippableLine(order, new TenantId(UUID.randomUUID()), number, "Plant 1", "TRYTON", "1",
                line, Integer.toString(line), part, null, "book", new BigDecimal(quantity), new BigDecimal(quantity), "pcs",
                LineStatus.COMMITTED, LocalDate.of(2016, 7, 30), BigDecimal.ZERO);
        return new ShippableLineView(shippable, BigDecimal.ZERO, new BigDecimal(quantity));
    }
}
