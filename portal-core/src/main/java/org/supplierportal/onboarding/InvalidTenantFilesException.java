package org.supplierportal.onboarding;

import java.util.List;
import java.util.stream.Collectors;

/** Tenant files that cannot be applied; nothing of any file was applied. */
public class InvalidTenantFilesException extends RuntimeException {

    private final transient List<TenantFileProblem> problems;

    public InvalidTenantFilesException(List<TenantFileProblem> problems) {
        super("Tenant files are invalid, nothing was applied:\n"
                + problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<TenantFileProblem> problems() {
        return problems;
    }
}
