package org.supplierportal.b2b.x12;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supplierportal.b2b.EqualShares;

/**
 * Which packs hold an 856 item, and how much each. Both hierarchies the 856 guidelines give map to the same packages:
 * "pick and pack" (shipment > order > pack > item), where the item is wholly in the pack or tare above it; and
 * "standard carton pack" (shipment > order > item > pack), where the packs below an item hold it between them: each its
 * own SN1 when it gives one (then all must, adding up to the item's), else an equal share of the item's SN1, as
 * standard cartons are alike. PO4 is not used to divide: its pack and size elements are read differently by different
 * partners. When the document does not say the division unambiguously, the 856 is refused with the segments that
 * disagree rather than guessed. Pure.
 */
final class Asn856Packs {

    private Asn856Packs() {
    }

    /**
     * The packs holding the item and how much of it each holds, in the document's order.
     *
     * @param shipped the item's SN102
     * @return empty when no pack holds the item, or with a problem when the packs below it do not divide it
     */
    static Map<Asn856Levels.Level, BigDecimal> holding(Asn856Levels.Level item, BigDecimal shipped, Asn856Levels levels,
                                                       List<String> problems) {
        List<Asn856Levels.Level> below = levels.levels().stream().filter(level -> level.code().equals(Asn856Levels.PACK)
                && levels.ancestor(level, Asn856Levels.ITEM, Asn856Levels.PACK, Asn856Levels.TARE).filter(item::equals).isPresent())
                .toList();
        Map<Asn856Levels.Level, BigDecimal> held = new LinkedHashMap<>();
        if (below.isEmpty()) {
            levels.ancestor(item, Asn856Levels.PACK, Asn856Levels.TARE).ifPresent(pack -> held.put(pack, shipped));
            return held;
        }
        long counted = below.stream().filter(pack -> pack.first("SN1").isPresent()).count();
        if (counted == 0) {
            return evenly(item, shipped, below, problems);
        }
        if (counted < below.size()) {
            Asn856Levels.Level without = below.stream().filter(pack -> pack.first("SN1").isEmpty()).findFirst().orElseThrow();
            problems.add(without.where() + ": a pack below " + item.where() + " without SN1 while others give theirs; give"
                    + " each pack's quantity in its SN1, or none for equal packs");
            return Map.of();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Asn856Levels.Level pack : below) {
            X12Segment sn1 = pack.first("SN1").orElseThrow();
            BigDecimal quantity = Asn856Mapping.decimal(sn1.element(2));
            if (quantity == null || quantity.signum() <= 0) {
                problems.add("SN1 (segment " + sn1.position() + ") of " + pack.where() + ": SN102 '" + sn1.element(2)
                        + "' is not a quantity in the pack");
                return Map.of();
            }
            held.put(pack, quantity);
            total = total.add(quantity);
        }
        if (total.compareTo(shipped) != 0) {
            problems.add(item.where() + ": its packs' SN1 add up to " + total.toPlainString() + ", but its SN1 (segment "
                    + sn1(item).position() + ") ships " + shipped.toPlainString());
            return Map.of();
        }
        return held;
    }

    /** Standard cartons: each pack an equal share of the item, when the quantity divides. */
    private static Map<Asn856Levels.Level, BigDecimal> evenly(Asn856Levels.Level item, BigDecimal shipped,
                                                               List<Asn856Levels.Level> packs, List<String> problems) {
        Optional<BigDecimal> share = EqualShares.of(shipped, packs.size());
        if (share.isEmpty()) {
            problems.add("SN1 (segment " + sn1(item).position() + ") of " + item.where() + ": " + shipped.toPlainString()
                    + " does not divide into the " + packs.size() + " packs below it (HL P); give each pack its SN1");
            return Map.of();
        }
        Map<Asn856Levels.Level, BigDecimal> held = new LinkedHashMap<>();
        packs.forEach(pack -> held.put(pack, share.get()));
        return held;
    }

    private static X12Segment sn1(Asn856Levels.Level item) {
        return item.first("SN1").orElseThrow();
    }
}
