package org.supplierportal.b2b.x12;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
 * An 856 (validated) turned into the ASN a supplier enters on the screen. The HL hierarchy: the shipment (S) gives
 * the ship date (DTM 011), the arrival (DTM 017, else 067), the carrier (TD5) and the tracking and bill of lading
 * numbers (REF CN, BM); each order (O) its PO number (PRF01); each pack or tare (P, T) holding items becomes a package
 * with the SSCC of its MAN GM and its TD1 gross weight, whether above its items (pick and pack: S > O > P > I) or below
 * them (standard carton pack: S > O > I > P; {@link Asn856Packs}); each item (I) an ASN line: the PO line from LIN
 * (qualifier PL, else the buyer's or vendor's part number BP/VP, else LIN01), the quantity from SN102, the lot from
 * REF LT or LIN LT, serial numbers from REF SE or LIN SN. Whatever the portal's rules then refuse is told back with
 * the segment it came from ({@link MappedAsn#locate}). Pure: no Spring, no database.
 */
final class Asn856Mapping {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private Asn856Mapping() {
    }

    /** Where each of the draft's fields comes from in an 856. */
    private static final Map<String, String> FIELDS = Map.of("shipDate", "DTM*011 (ship date)",
            "expectedArrival", "DTM*017 (estimated delivery)", "carrier", "TD5 (carrier)",
            "trackingNumber", "REF*CN (tracking number)", "billOfLading", "REF*BM (bill of lading)",
            "lines", "The items (HL I)", "packages", "The packs (HL P, T)");

    /** The PO numbers the 856 ships against: PRF01 of each order level. */
    static Set<String> orderNumbers(X12Transaction transaction) {
        Set<String> numbers = new LinkedHashSet<>();
        Asn856Levels.of(transaction).withCode(Asn856Levels.ORDER)
                .forEach(order -> order.first("PRF").map(prf -> prf.element(1).strip()).filter(n -> !n.isEmpty()).ifPresent(numbers::add));
        return numbers;
    }

    /** BSN02: the supplier's own number for the shipment. */
    static String shipmentId(X12Transaction transaction) {
        return transaction.first("BSN").map(bsn -> bsn.element(2).strip()).orElse("");
    }

    /**
     * @param orderLines the supplier's lines of each PO the 856 names, by PO number (another supplier's PO is absent)
     */
    static MappedAsn toDraft(X12Transaction transaction, Map<String, List<ShippableLineView>> orderLines) {
        Asn856Levels levels = Asn856Levels.of(transaction);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LocalDate shipDate = date(levels.shipmentDate("011"), "DTM*011 (ship date)", problems);
        LocalDate arrival = date(levels.shipmentDate("017").or(() -> levels.shipmentDate("067")), "DTM*017 (estimated delivery)", problems);
        if (arrival == null && shipDate != null && problems.isEmpty()) {
            arrival = shipDate;
            notes.add("no DTM*017 or 067 (estimated delivery): arrival taken as the ship date");
        }
        Optional<Asn856Levels.Level> shipment = levels.withCode(Asn856Levels.SHIPMENT).stream().findFirst();
        if (shipment.isEmpty()) {
            problems.add("The 856 has no shipment level (HL03 S)");
        }
        String carrier = shipment.flatMap(s -> s.first("TD5")).map(Asn856Mapping::carrier).orElse(null);
        String tracking = shipment.flatMap(s -> s.reference("CN").or(() -> s.reference("2I"))).orElse(null);
        String billOfLading = shipment.flatMap(s -> s.reference("BM")).orElse(null);

        List<AsnDraft.Line> lines = new ArrayList<>();
        List<String> lineWhere = new ArrayList<>();
        Map<String, Packed> packed = new LinkedHashMap<>();
        for (Asn856Levels.Level item : levels.withCode(Asn856Levels.ITEM)) {
            Optional<AsnDraft.Line> line = line(item, levels, orderLines, problems);
            if (line.isEmpty()) {
                continue;
            }
            lines.add(line.get());
            // The rules' messages name the PO and line themselves; the place in the 856 is what the partner lacks.
            lineWhere.add("SN1 (segment " + item.first("SN1").orElseThrow().position() + ") of HL " + item.id());
            int position = lines.size();
            Asn856Packs.holding(item, line.get().quantity(), levels, problems).forEach((pack, quantity) -> packed
                    .computeIfAbsent(mark(pack).map(m -> "SSCC " + sscc(m.element(2))).orElse("HL " + pack.id()),
                            key -> new Packed(pack, new ArrayList<>()))
                    .contents().add(new AsnDraft.Content(position, quantity)));
        }
        if (levels.withCode(Asn856Levels.ITEM).isEmpty()) {
            problems.add("The 856 has no item level (HL03 I): nothing says what ships");
        }
        List<AsnDraft.Package> packages = new ArrayList<>();
        List<String> packageWhere = new ArrayList<>();
        packed.values().forEach(pack -> {
            Optional<X12Segment> man = mark(pack.level());
            packages.add(new AsnDraft.Package(pack.level().code().equals(Asn856Levels.TARE) ? "Pallet" : "Carton",
                    grossKg(pack.level()), pack.contents(), man.map(m -> sscc(m.element(2))).orElse(null)));
            packageWhere.add(man.map(m -> "MAN*GM (segment " + m.position() + ") of ").orElse("") + pack.level().where());
        });
        if (!problems.isEmpty()) {
            return new MappedAsn(null, problems, notes, FIELDS, lineWhere, packageWhere);
        }
        return new MappedAsn(new AsnDraft(shipDate, arrival, carrier, tracking, billOfLading, lines, packages), List.of(), notes,
                FIELDS, lineWhere, packageWhere);
    }

    /**
     * A pack or tare of the 856 and what it holds. A carton holding several items (or lines of several orders) appears
     * below each of them, with the same SSCC each time: it is one package.
     */
    private record Packed(Asn856Levels.Level level, List<AsnDraft.Content> contents) {
    }

    /** The pack's MAN with GM: its SSCC label. */
    private static Optional<X12Segment> mark(Asn856Levels.Level pack) {
        return pack.all("MAN").filter(m -> m.element(1).equals("GM")).findFirst();
    }

    private static Optional<AsnDraft.Line> line(Asn856Levels.Level item, Asn856Levels levels,
                                                Map<String, List<ShippableLineView>> orderLines, List<String> problems) {
        Optional<String> number = levels.ancestor(item, Asn856Levels.ORDER).flatMap(order -> order.first("PRF"))
                .map(prf -> prf.element(1).strip());
        if (number.isEmpty()) {
            problems.add(item.where() + ": no order level (HL O with PRF) above the item says which PO it ships");
            return Optional.empty();
        }
        List<ShippableLineView> lines = orderLines.getOrDefault(number.get(), List.of());
        if (lines.isEmpty()) {
            problems.add(item.where() + ": PRF01 '" + number.get() + "' is not one of your orders");
            return Optional.empty();
        }
        Optional<X12Segment> lin = item.first("LIN");
        Optional<X12Segment> sn1 = item.first("SN1");
        if (lin.isEmpty() || sn1.isEmpty()) {
            problems.add(item.where() + ": an item needs LIN (which PO line) and SN1 (how many)");
            return Optional.empty();
        }
        Asn856LineMatch.Match match = Asn856LineMatch.find(lin.get(), number.get(), lines);
        if (match.problem() != null) {
            problems.add("LIN (segment " + lin.get().position() + ") of " + item.where() + ": " + match.problem());
            return Optional.empty();
        }
        String lot = item.reference("LT").or(() -> Optional.ofNullable(Asn856LineMatch.id(lin.get(), "LT"))).orElse(null);
        List<String> serials = new ArrayList<>(item.references("SE"));
        Optional.ofNullable(Asn856LineMatch.id(lin.get(), "SN")).ifPresent(serials::add);
        BigDecimal quantity = decimal(sn1.get().element(2));
        if (quantity == null) {
            problems.add("SN1 (segment " + sn1.get().position() + ") of " + item.where() + ": SN102 '" + sn1.get().element(2)
                    + "' is not a quantity");
            return Optional.empty();
        }
        return Optional.of(new AsnDraft.Line(match.line().line().orderId().value(), match.line().line().lineNumber(), quantity,
                lot, serials));
    }

    /** TD5's routing (TD505), else its carrier code (TD503, a SCAC when TD502 is 2). */
    private static String carrier(X12Segment td5) {
        String routing = td5.element(5).strip();
        String code = td5.element(3).strip();
        return !routing.isEmpty() ? routing : code.isEmpty() ? null : code;
    }

    /** TD1's gross weight (TD106 G) in kilograms, from KG or LB; null when the pack gives none. */
    private static BigDecimal grossKg(Asn856Levels.Level pack) {
        return pack.all("TD1").filter(td1 -> td1.element(6).equals("G") && !td1.element(7).isBlank()).findFirst().map(td1 -> {
            BigDecimal weight = decimal(td1.element(7));
            return weight == null ? null : switch (td1.element(8)) {
                case "KG" -> weight;
                case "LB" -> weight.multiply(KG_PER_LB).setScale(3, RoundingMode.HALF_UP);
                default -> null;
            };
        }).orElse(null);
    }

    /** MAN02 of a GM mark: the SSCC, often written with its application identifier 00 in front (20 digits). */
    static String sscc(String mark) {
        String digits = mark.strip();
        return digits.length() == 20 && digits.startsWith("00") ? digits.substring(2) : digits;
    }

    static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static LocalDate date(Optional<String> value, String what, List<String> problems) {
        if (value.isEmpty() || value.get().isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.get(), CCYYMMDD);
        } catch (DateTimeParseException e) {
            problems.add(what + ": '" + value.get() + "' is not a date (CCYYMMDD)");
            return null;
        }
    }
}
