package org.supplierportal.b2b.edifact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.supplierportal.b2b.EqualShares;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.Sscc;

/**
 * The packages one DESADV packing level (CPS) stands for. EANCOM describes identical packages once: one CPS whose PAC
 * counts them, whose GIN+BJ (one PCI group each, or several identities, or a range from:to in one GIN) gives each its
 * SSCC, and whose QTY+52 says how many each holds. Each SSCC becomes its own package with a share of what the level
 * ships: QTY+52 when given (one line at the level), else each line's QTY+12 divided evenly, as identical packages hold
 * the same. When the document does not say the division unambiguously (PAC counts other than the SSCCs, QTY+52 for
 * several lines or not adding up, a quantity that does not divide), the DESADV is refused with the segments that
 * disagree rather than guessed. Pure.
 */
final class DesadvPackages {

    /** More SSCCs than this in one CPS is a typing error in a range, not a shipment. */
    static final int MOST_SSCCS = 1000;

    private DesadvPackages() {
    }

    /** One SSCC of a level and the GIN+BJ that gives it. */
    record Label(String sscc, EdifactSegment gin) {
    }

    /** One package of the level: its SSCC label (null when the level has none) and what it holds. */
    record Share(Label label, List<AsnDraft.Content> contents) {
    }

    /** The SSCCs of a level's GIN+BJ, a range counted out, each without the application identifier 00 in front. */
    static List<Label> labels(DesadvLevels.Level level, List<String> problems) {
        List<Label> labels = new ArrayList<>();
        for (EdifactSegment gin : level.packaging("GIN").filter(gin -> gin.element(1).equals("BJ")).toList()) {
            for (int element = 2; element <= gin.elements().size(); element++) {
                String from = DesadvLevels.sscc(gin.component(element, 1));
                String to = DesadvLevels.sscc(gin.component(element, 2));
                if (to.isEmpty()) {
                    if (!from.isEmpty()) {
                        labels.add(new Label(from, gin));
                    }
                } else if (!range(gin, from, to, labels, problems)) {
                    return List.of();
                }
            }
        }
        if (labels.size() > MOST_SSCCS) {
            problems.add(level.where() + ": " + labels.size() + " SSCCs (GIN+BJ) in one CPS; at most " + MOST_SSCCS + " are taken");
            return List.of();
        }
        return labels;
    }

    /** SSCCs from:to, both included: the serial references between them, each with its check digit. */
    private static boolean range(EdifactSegment gin, String from, String to, List<Label> labels, List<String> problems) {
        if (!Sscc.isValid(from) || !Sscc.isValid(to) || from.charAt(0) != to.charAt(0) || from.compareTo(to) > 0) {
            problems.add("GIN+BJ (segment " + gin.position() + "): '" + from + ":" + to + "' is not a range of SSCCs of one"
                    + " company (the first and the last, 18 digits each)");
            return false;
        }
        long first = Long.parseLong(from.substring(0, 17));
        long last = Long.parseLong(to.substring(0, 17));
        if (last - first >= MOST_SSCCS) {
            problems.add("GIN+BJ (segment " + gin.position() + "): the range " + from + ":" + to + " counts " + (last - first + 1)
                    + " SSCCs; at most " + MOST_SSCCS + " are taken in one CPS");
            return false;
        }
        for (long reference = first; reference <= last; reference++) {
            String digits = String.format("%017d", reference);
            labels.add(new Label(digits + Sscc.checkDigit(digits), gin));
        }
        return true;
    }

    /**
     * What each of the level's packages holds.
     *
     * @param contents  what the level holds in all, each ASN line with its whole despatched quantity
     * @param lineWhere per ASN line, where its quantity is in the document
     * @return one share per SSCC (one unlabelled share when the level has none); empty with a problem when the document
     *         does not say how the packages divide the contents
     */
    static List<Share> divide(DesadvLevels.Level level, List<Label> labels, List<AsnDraft.Content> contents,
                              List<String> lineWhere, List<String> problems) {
        if (labels.size() <= 1) {
            return List.of(new Share(labels.isEmpty() ? null : labels.get(0), contents));
        }
        int count = labels.size();
        Optional<EdifactSegment> pac = level.packaging("PAC").findFirst();
        BigDecimal counted = pac.map(p -> DesadvLines.decimal(p.element(1))).orElse(null);
        if (counted != null && counted.compareTo(BigDecimal.valueOf(count)) != 0) {
            problems.add(level.where() + ": PAC (segment " + pac.get().position() + ") counts " + counted.toPlainString()
                    + " packages but GIN+BJ gives " + count + " SSCCs; send as many SSCCs as packages");
            return List.of();
        }
        Optional<EdifactSegment> perPack = level.packaging("QTY").filter(qty -> qty.component(1, 1).equals("52")).findFirst();
        List<AsnDraft.Content> each = perPack.isPresent()
                ? perPackage(level, perPack.get(), count, contents, lineWhere, problems)
                : evenly(level, count, contents, lineWhere, problems);
        if (each.isEmpty()) {
            return List.of();
        }
        return labels.stream().map(label -> new Share(label, each)).toList();
    }

    /** QTY+52, the quantity per package: for the level's one line, and the packages together hold what it ships. */
    private static List<AsnDraft.Content> perPackage(DesadvLevels.Level level, EdifactSegment qty, int count,
                                                     List<AsnDraft.Content> contents, List<String> lineWhere,
                                                     List<String> problems) {
        String where = "QTY+52 (segment " + qty.position() + ") of " + level.where();
        BigDecimal perPackage = DesadvLines.decimal(qty.component(1, 2));
        if (perPackage == null || perPackage.signum() <= 0) {
            problems.add(where + ": '" + qty.component(1, 2) + "' is not a quantity per package");
            return List.of();
        }
        if (contents.size() != 1) {
            problems.add(where + ": one quantity per package for " + contents.size() + " lines does not say how much of each"
                    + " line a package holds; send one CPS per line");
            return List.of();
        }
        AsnDraft.Content line = contents.get(0);
        BigDecimal total = perPackage.multiply(BigDecimal.valueOf(count));
        if (total.compareTo(line.quantity()) != 0) {
            problems.add(where + ": " + count + " packages of " + perPackage.toPlainString() + " make " + total.toPlainString()
                    + ", but " + lineWhere.get(line.line() - 1) + " despatches " + line.quantity().toPlainString());
            return List.of();
        }
        return List.of(new AsnDraft.Content(line.line(), perPackage));
    }

    /** Identical packages without QTY+52: each holds an equal share of every line, when the quantities divide. */
    private static List<AsnDraft.Content> evenly(DesadvLevels.Level level, int count, List<AsnDraft.Content> contents,
                                                 List<String> lineWhere, List<String> problems) {
        List<AsnDraft.Content> each = new ArrayList<>();
        for (AsnDraft.Content content : contents) {
            Optional<BigDecimal> share = EqualShares.of(content.quantity(), count);
            if (share.isEmpty()) {
                problems.add(lineWhere.get(content.line() - 1) + ": " + content.quantity().toPlainString() + " does not divide"
                        + " into the " + count + " identical packages of " + level.where() + "; give the quantity per package"
                        + " (QTY+52) or one CPS per package");
                return List.of();
            }
            each.add(new AsnDraft.Content(content.line(), share.get()));
        }
        return each;
    }
}
