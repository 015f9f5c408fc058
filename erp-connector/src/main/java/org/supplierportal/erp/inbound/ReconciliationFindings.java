package org.supplierportal.erp.inbound;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reconciliation run found: open orders compared with the ERP, how many differed, how many of those were
 * brought up to date, and how many the ERP no longer has. Pure.
 *
 * @param checked  open orders compared
 * @param differed orders whose content in the ERP differed from the portal's
 * @param repaired of those, the ones taken in as a new revision
 * @param missing  open orders the ERP does not show any more
 */
public record ReconciliationFindings(long checked, long differed, long repaired, long missing) {

    public static final ReconciliationFindings NONE = new ReconciliationFindings(0, 0, 0, 0);

    ReconciliationFindings plus(ReconciliationFindings other) {
        return new ReconciliationFindings(checked + other.checked, differed + other.differed, repaired + other.repaired,
                missing + other.missing);
    }

    /** Orders that differed and are still not in line with the ERP (dead letters or parked: see there). */
    public long unresolved() {
        return differed - repaired;
    }

    /** The findings in an admin's words, e.g. "3 orders differed from the ERP and were brought up to date." */
    public String sentence() {
        List<String> parts = new ArrayList<>();
        if (checked == 0) {
            parts.add("No open orders to compare.");
        } else if (differed == 0) {
            parts.add(count(checked, "open order") + " compared: all matched the ERP.");
        } else if (repaired == differed) {
            parts.add(count(differed, "order") + " differed from the ERP and " + (differed == 1 ? "was" : "were")
                    + " brought up to date (" + count(checked, "open order") + " compared).");
        } else {
            parts.add(count(differed, "order") + " differed from the ERP: " + repaired + " brought up to date, "
                    + unresolved() + " could not be taken in, see dead letters and parked orders ("
                    + count(checked, "open order") + " compared).");
        }
        if (missing > 0) {
            parts.add(count(missing, "open order") + (missing == 1 ? " is" : " are") + " no longer in the ERP.");
        }
        return String.join(" ", parts);
    }

    private static String count(long count, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
