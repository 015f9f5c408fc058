package org.supplierportal.acknowledgment;

import java.util.List;
import java.util.stream.Collectors;

/** The acknowledgment cannot be recorded as entered; nothing was saved. Each problem names its field. */
public class InvalidAcknowledgmentException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidAcknowledgmentException(List<FieldProblem> problems) {
        super(problems.stream().map(problem -> (problem.lineNumber() == null ? "" : "Line " + problem.lineNumber() + ": ")
                + problem.message()).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
