package org.supplierportal.apiclient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.supplierportal.input.TextRule;
import org.supplierportal.tolerance.Explanation;

/**
 * What a new API client must be: a name, at least one scope, a supplier's client only its supplier's scopes, and an
 * expiry in the future but not beyond {@link #LONGEST_VALIDITY} (a secret that never expires is never rotated). Pure.
 */
public final class ApiClientRule {

    public static final int NAME_MAX = 100;
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(2 * 366);

    private ApiClientRule() {
    }

    /** Every problem of the draft at once; empty when it may be created. */
    public static List<ApiClientProblem> problems(ApiClientDraft draft, Instant now) {
        List<ApiClientProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(ApiClientProblem.of("name", "apiClient.problem.name"));
        } else {
            Explanation text = TextRule.translatable(draft.name(), NAME_MAX);
            if (text != null) {
                problems.add(ApiClientProblem.of("name", "input.sentence", text));
            }
        }
        if (draft.scopes().isEmpty()) {
            problems.add(ApiClientProblem.of("scopes", "apiClient.problem.scopes"));
        }
        if (!draft.buyerSide()) {
            List<String> buyerScopes = draft.scopes().stream().filter(scope -> scope.side() == ApiScope.Side.BUYER)
                    .map(ApiScope::wireName).sorted().toList();
            if (!buyerScopes.isEmpty()) {
                problems.add(ApiClientProblem.of("scopes", "apiClient.problem.buyerScopes", String.join(", ", buyerScopes)));
            }
        }
        if (draft.expiresAt() == null) {
            problems.add(ApiClientProblem.of("expiresAt", "apiClient.problem.expiry"));
        } else if (!draft.expiresAt().isAfter(now)) {
            problems.add(ApiClientProblem.of("expiresAt", "apiClient.problem.expiryPast"));
        } else if (draft.expiresAt().isAfter(now.plus(LONGEST_VALIDITY))) {
            problems.add(ApiClientProblem.of("expiresAt", "apiClient.problem.expiryTooLate"));
        }
        return problems;
    }
}
