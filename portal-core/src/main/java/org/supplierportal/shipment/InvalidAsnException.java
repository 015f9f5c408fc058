package org.supplierportal.shipment;

import java.util.List;
import java.util.stream.Collectors;

/** An ASN the portal refuses, with every problem found; nothing of it was saved. */
public class InvalidAsnException extends RuntimeException {

    private final List<AsnProblem> problems;

    public InvalidAsnException(List<AsnProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AsnProblem> problems() {
        return problems;
    }
}
