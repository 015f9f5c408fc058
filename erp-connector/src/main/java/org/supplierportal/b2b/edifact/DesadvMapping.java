package org.supplierportal.b2b.edifact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.supplierportal.b2b.MappedAsn;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.ShippableLineView;

/**
 * A DESADV (validated, D.96A or D.01B, EANCOM-style) turned into the ASN a supplier enters on the screen. The header
 * gives the ship date (DTM+11), the arrival (DTM+17, else DTM+132), the carrier (TDT C040: name, else code), the
 * tracking and bill of lading numbers (RFF+CN, RFF+BM) and the PO (RFF+ON; a line's own RFF+ON overrides it). Each CPS
 * with SSCCs (PCI with GIN+BJ) or a PAC of one package stands for packages, one per SSCC, each with its MEA+..+AAB gross
 * weight and its share of the level's lines ({@link DesadvPackages}); each LIN is an ASN line in the nearest packages at
 * or above its CPS: the PO line ({@link DesadvLineMatch}), the quantity from
 * QTY+12, the lot from GIN+BX (or PIA NB), the serial numbers from GIN+BN. Whatever the portal's rules then refuse is
 * told back with the segment it came from ({@link MappedAsn#locate}). Pure: no Spring, no database.
 */
final class DesadvMapping {

    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");
    private static final Set<String> PALLETS = Set.of("200", "201", "202", "203", "PX", "PE", "09");

    /** Where each of the draft's fields comes from in a DESADV. */
    private static final Map<String, String> FIELDS = Map.of("shipDate", "DTM+11 (despatch date)",
            "expectedArrival", "DTM+17 (estimated delivery)", "carrier", "TDT (carrier)",
            "trackingNumber", "RFF+CN (carrier's reference)", "billOfLading", "RFF+BM (bill of lading)",
            "lines", "The lines (LIN)", "packages", "The packages (CPS with PAC or GIN+BJ)");

    private DesadvMapping() {
    }

    /** BGM 1004: the supplier's own number for the despatch. */
    static String despatchNumber(EdifactMessage message) {
        return message.first("BGM").map(bgm -> bgm.component(2, 1).strip()).orElse("");
    }

    /** The PO numbers the DESADV ships against: the header's RFF+ON and each line's, in the document's order. */
    static Set<String> orderNumbers(EdifactMessage message) {
        return new LinkedHashSet<>(DesadvLevels.references(message.segments(), "ON"));
    }

    /**
     * @param orderLines the supplier's lines of each PO the DESADV names, by PO number (another supplier's PO is absent)
     */
    static MappedAsn toDraft(EdifactMessage message, Map<String, List<ShippableLineView>> orderLines) {
        DesadvLevels levels = DesadvLevels.of(message);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LocalDate shipDate = levels.headerDate("11").map(dtm -> date(dtm, "DTM+11 (despatch date)", problems)).orElse(null);
        LocalDate arrival = levels.headerDate("17").or(() -> levels.headerDate("132"))
                .map(dtm -> date(dtm, "DTM+" + dtm.component(1, 1) + " (estimated delivery)", problems)).orElse(null);
        if (arrival == null && shipDate != null && problems.isEmpty()) {
            arrival = shipDate;
            notes.add("no DTM+17 or 132 (estimated delivery): arrival taken as the despatch date");
        }
        String carrier = levels.header().stream().filter(segment -> segment.tag().equals("TDT")).findFirst()
                .map(DesadvMapping::carrier).orElse(null);
        String tracking = levels.headerReferences("CN").stream().findFirst().orElse(null);
        String billOfLading = levels.headerReferences("BM").stream().findFirst().orElse(null);
        List<String> headerOrders = levels.headerReferences("ON");

        List<AsnDraft.Line> lines = new ArrayList<>();
        List<String> lineWhere = new ArrayList<>();
        Map<DesadvLevels.Level, List<AsnDraft.Content>> packed = new LinkedHashMap<>();
        for (DesadvLevels.Level level : levels.levels()) {
            Optional<DesadvLevels.Level> pack = packageOf(level, levels, notes);
            for (List<EdifactSegment> group : level.lines()) {
                Optional<AsnDraft.Line> line = DesadvLines.line(group, headerOrders, orderLines, problems);
                if (line.isEmpty()) {
                    continue;
                }
                lines.add(line.get());
                EdifactSegment quantity = DesadvLines.despatched(group).orElseThrow();
                lineWhere.add("QTY+12 (segment " + quantity.position() + ") of LIN (segment " + group.get(0).position() + ")");
                pack.ifPresent(p -> packed.computeIfAbsent(p, any -> new ArrayList<>())
                        .add(new AsnDraft.Content(lines.size(), line.get().quantity())));
            }
        }
        if (levels.levels().stream().allMatch(level -> level.lines().isEmpty())) {
            problems.add("The DESADV has no LIN: nothing says what ships");
        }
        List<AsnDraft.Package> packages = new ArrayList<>();
        List<String> packageWhere = new ArrayList<>();
        packed.forEach((pack, contents) -> {
            String type = pack.packaging("PAC").findFirst().map(pac -> pac.component(3, 1).strip()).orElse("");
            List<DesadvPackages.Label> labels = DesadvPackages.labels(pack, problems);
            for (DesadvPackages.Share share : DesadvPackages.divide(pack, labels, contents, lineWhere, problems)) {
                DesadvPackages.Label label = share.label();
                packages.add(new AsnDraft.Package(PALLETS.contains(type) ? "Pallet" : "Carton", grossKg(pack), share.contents(),
                        label == null ? null : label.sscc()));
                packageWhere.add((label == null ? "" : "GIN+BJ (segment " + label.gin().position() + ") of ") + pack.where());
            }
        });
        if (!problems.isEmpty()) {
            return new MappedAsn(null, problems, notes, FIELDS, lineWhere, packageWhere);
        }
        return new MappedAsn(new AsnDraft(shipDate, arrival, carrier, tracking, billOfLading, lines, packages), List.of(), notes,
                FIELDS, lineWhere, packageWhere);
    }

    /**
     * The level whose packages a level's lines go in: the level itself when it has packages, else the nearest one above
     * it. A level has packages when it has SSCCs (one package each), or a PAC of one package; a PAC counting several
     * packages without their SSCCs only says how many there are.
     */
    private static Optional<DesadvLevels.Level> packageOf(DesadvLevels.Level level, DesadvLevels levels, List<String> notes) {
        if (level.lines().isEmpty()) {
            return Optional.empty();
        }
        List<DesadvLevels.Level> candidates = new ArrayList<>();
        candidates.add(level);
        candidates.addAll(levels.ancestors(level));
        for (DesadvLevels.Level candidate : candidates) {
            Optional<String> count = candidate.packaging("PAC").findFirst().map(pac -> pac.element(1).strip());
            if (!candidate.ssccs().isEmpty() || count.isPresent() && (count.get().isEmpty() || onePackage(count.get()))) {
                return Optional.of(candidate);
            }
            if (count.isPresent() && candidate == level) {
                notes.add(candidate.where() + ": PAC counts " + count.get() + " packages without their SSCCs: not taken as packages");
            }
        }
        return Optional.empty();
    }

    private static boolean onePackage(String count) {
        BigDecimal packages = DesadvLines.decimal(count);
        return packages != null && packages.compareTo(BigDecimal.ONE) == 0;
    }

    /** TDT's carrier (C040): its name (3128), else its code (3127). */
    private static String carrier(EdifactSegment tdt) {
        String name = tdt.component(5, 4).strip();
        String code = tdt.component(5, 1).strip();
        return !name.isEmpty() ? name : code.isEmpty() ? null : code;
    }

    /** The gross weight (MEA with AAB, in KGM or LBR) in kilograms; null when the package gives none. */
    private static BigDecimal grossKg(DesadvLevels.Level pack) {
        return pack.packaging("MEA").filter(mea -> mea.component(2, 1).equals("AAB") && !mea.component(3, 2).isBlank())
                .findFirst().map(mea -> {
                    BigDecimal weight = DesadvLines.decimal(mea.component(3, 2));
                    return weight == null ? null : switch (mea.component(3, 1)) {
                        case "KGM" -> weight;
                        case "LBR" -> weight.multiply(KG_PER_LB).setScale(3, RoundingMode.HALF_UP);
                        default -> null;
                    };
                }).orElse(null);
    }

    private static LocalDate date(EdifactSegment dtm, String what, List<String> problems) {
        List<String> found = new ArrayList<>();
        LocalDate date = OrdrspMapping.date(dtm, 0, found);
        if (!found.isEmpty()) {
            problems.add(what + " (segment " + dtm.position() + "): '" + dtm.component(1, 2) + "' is not a date; use format 102 (CCYYMMDD)");
        }
        return date;
    }
}
