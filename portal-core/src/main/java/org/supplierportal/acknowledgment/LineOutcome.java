package org.supplierportal.acknowledgment;

import java.util.List;
import java.util.UUID;

import org.supplierportal.order.Commitment;
import org.supplierportal.tolerance.LineEvaluation;
import org.supplierportal.tolerance.RuleCheck;
import org.supplierportal.tolerance.SupplierAnswer;

/**
 * What became of one line's answer.
 *
 * @param commitment the agreed values when the line was committed at once, else null
 */
public record LineOutcome(UUID acknowledgmentLineId, int lineNumber, SupplierAnswer.Decision decision,
                          LineEvaluation.Outcome outcome, String explanation, List<RuleCheck> checks,
                          Commitment commitment) {
}
