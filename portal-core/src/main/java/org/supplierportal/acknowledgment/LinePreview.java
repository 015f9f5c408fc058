package org.supplierportal.acknowledgment;

import java.util.List;

import org.supplierportal.tolerance.LineEvaluation;

/**
 * What the form shows next to a line while the supplier edits: either the evaluation (committed at once, or to a
 * buyer and why) or the problems with the input.
 */
public record LinePreview(int lineNumber, LineEvaluation evaluation, List<FieldProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
