package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What makes an ASN's packages acceptable, as a pure function: packages are optional, but when given they hold
 * exactly what the ASN's lines ship, so that the SSCC labels tell the receiving dock the truth.
 */
final class AsnPackageRules {

    private AsnPackageRules() {
    }

    /** Each package holds something, weighs nothing negative, and together they hold exactly what each line ships. */
    static List<AsnProblem> check(AsnDraft draft) {
        List<AsnProblem> problems = new ArrayList<>();
        if (draft.packages().isEmpty()) {
            return problems;
        }
        checkSsccs(draft, problems);
        BigDecimal[] packed = new BigDecimal[draft.lines().size()];
        Arrays.fill(packed, BigDecimal.ZERO);
        for (int p = 0; p < draft.packages().size(); p++) {
            AsnDraft.Package pack = draft.packages().get(p);
            String at = "packages[" + p + "]";
            if (pack.contents().isEmpty()) {
                problems.add(AsnProblem.of(at, "asn.problem.packageEmpty", p + 1));
            }
            if (pack.grossWeightKg() != null && pack.grossWeightKg().signum() < 0) {
                problems.add(AsnProblem.of(at + ".grossWeightKg", "asn.problem.negativeWeight"));
            }
            for (int c = 0; c < pack.contents().size(); c++) {
                AsnDraft.Content content = pack.contents().get(c);
                String contentAt = at + ".contents[" + c + "]";
                if (content.line() < 1 || content.line() > draft.lines().size()) {
                    problems.add(AsnProblem.of(contentAt + ".line", "asn.problem.noSuchLine", content.line()));
                } else if (content.quantity() == null || content.quantity().signum() <= 0) {
                    problems.add(AsnProblem.of(contentAt + ".quantity", "asn.problem.packageQuantity"));
                } else {
                    packed[content.line() - 1] = packed[content.line() - 1].add(content.quantity());
                }
            }
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            BigDecimal shipped = draft.lines().get(i).quantity();
            if (shipped != null && shipped.signum() > 0 && packed[i].compareTo(shipped) != 0) {
                problems.add(AsnProblem.of("lines[" + i + "].quantity", "asn.problem.packedDiffers", i + 1, shipped, packed[i]));
            }
        }
        return problems;
    }

    /** SSCCs the supplier labelled itself: each a real SSCC (the check digit catches a mistyped one), none twice. */
    private static void checkSsccs(AsnDraft draft, List<AsnProblem> problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int p = 0; p < draft.packages().size(); p++) {
            String sscc = draft.packages().get(p).sscc();
            if (sscc == null) {
                continue;
            }
            if (!Sscc.isValid(sscc)) {
                problems.add(new AsnProblem("packages[" + p + "].sscc", "'" + (sscc.length() > 30 ? sscc.substring(0, 30) + "…" : sscc)
                        + "' is not an SSCC: 18 digits ending in the GS1 check digit"));
            } else if (!seen.add(sscc)) {
                problems.add(new AsnProblem("packages[" + p + "].sscc", "SSCC " + sscc + " is on another package of this ASN already"));
            }
        }
    }
}
