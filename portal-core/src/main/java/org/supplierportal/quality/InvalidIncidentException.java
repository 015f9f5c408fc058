package org.supplierportal.quality;

import java.util.List;
import java.util.stream.Collectors;

/** An incident, answer, review or file the portal refuses, with every problem found; nothing of it was saved. */
public class InvalidIncidentException extends RuntimeException {

    private final List<QualityProblem> problems;

    public InvalidIncidentException(List<QualityProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidIncidentException(String field, String message) {
        this(List.of(new QualityProblem(field, message)));
    }

    public List<QualityProblem> problems() {
        return problems;
    }
}
