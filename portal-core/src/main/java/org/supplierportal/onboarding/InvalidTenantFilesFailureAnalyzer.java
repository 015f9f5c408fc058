package org.supplierportal.onboarding;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns broken tenant files into Spring Boot's "APPLICATION FAILED TO START" report, one line per problem. */
class InvalidTenantFilesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTenantFilesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidTenantFilesException cause) {
        String description = "The tenant files could not be applied, so nothing was changed:\n"
                + cause.problems().stream().map(problem -> "    " + problem).collect(Collectors.joining("\n"));
        String action = "Correct the files named above (or the portal.demo.users configuration) and start the portal again.";
        return new FailureAnalysis(description, action, cause);
    }
}
