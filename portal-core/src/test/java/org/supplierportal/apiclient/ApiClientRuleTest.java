package org.supplierportal.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/** What a new API client must be, and which scopes people and clients get. */
class ApiClientRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final TenantId ACME = TenantId.random();

    @Test
    void aSuppliersClientWithSupplierScopesAndAnExpiryAheadIsFine() {
        assertThat(ApiClientRule.problems(draft(ACME, EnumSet.of(ApiScope.ORDERS_READ, ApiScope.ASNS_WRITE),
                NOW.plus(Duration.ofDays(365))), NOW)).isEmpty();
    }

    @Test
    void aSuppliersClientCannotHoldBuyerScopes() {
        List<ApiClientProblem> problems = ApiClientRule.problems(draft(ACME, EnumSet.of(ApiScope.ORDERS_READ,
                ApiScope.INBOX_WRITE, ApiScope.TOLERANCES_WRITE), NOW.plus(Duration.ofDays(30))), NOW);

        assertThat(problems).extracting(ApiClientProblem::field).containsExactly("scopes");
        assertThat(problems.getFirst().message()).contains("inbox:write, tolerances:write");
    }

    @Test
    void aNameTooLongIsRefusedInEveryLanguage() {
        List<ApiClientProblem> problems = ApiClientRule.problems(draft(ACME, EnumSet.of(ApiScope.ORDERS_READ),
                NOW.plus(Duration.ofDays(30))).withName("x".repeat(ApiClientRule.NAME_MAX + 1)), NOW);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("At most 100 characters.");
            assertThat(problem.translatable().in(Locale.GERMAN)).isEqualTo("Höchstens 100 Zeichen.");
            assertThat(problem.translatable().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("最多 100 个字符。");
        });
    }

    @Test
    void aBuyerSideClientMayHoldAnyScope() {
        assertThat(ApiClientRule.problems(draft(null, EnumSet.allOf(ApiScope.class), NOW.plus(Duration.ofDays(30))), NOW)).isEmpty();
    }

    @Test
    void nameScopesAndExpiryAreRequiredAndTheExpiryIsAheadButNotTooFar() {
        assertThat(ApiClientRule.problems(draft(ACME, Set.of(), null).withName(" "), NOW))
                .extracting(ApiClientProblem::field).containsExactly("name", "scopes", "expiresAt");
        assertThat(ApiClientRule.problems(draft(ACME, EnumSet.of(ApiScope.ORDERS_READ), NOW), NOW))
                .extracting(ApiClientProblem::message).containsExactly("The expiry must be in the future.");
        assertThat(ApiClientRule.problems(draft(ACME, EnumSet.of(ApiScope.ORDERS_READ), NOW.plus(Duration.ofDays(800))), NOW))
                .extracting(ApiClientProblem::field).containsExactly("expiresAt");
        assertThat(ApiClientRule.problems(draft(ACME, EnumSet.of(ApiScope.ORDERS_READ), NOW.plus(Duration.ofDays(30)))
                .withName("ERP\u0000"), NOW)).extracting(ApiClientProblem::field).containsExactly("name");
    }

    @Test
    void peopleGetTheScopesOfTheirSide() {
        assertThat(ApiScope.allowedFor(EnumSet.of(Role.SUPPLIER_USER))).isEqualTo(ApiScope.of(ApiScope.Side.SUPPLIER))
                .doesNotContain(ApiScope.INBOX_READ);
        assertThat(ApiScope.allowedFor(EnumSet.of(Role.ADMIN))).containsExactlyInAnyOrder(ApiScope.values());
        assertThat(ApiScope.allowedFor(EnumSet.of(Role.BUYER))).contains(ApiScope.INBOX_WRITE, ApiScope.SUPPLIERS_READ)
                .doesNotContain(ApiScope.SUPPLIERS_WRITE, ApiScope.TOLERANCES_WRITE);
        assertThat(ApiScope.allowedFor(Set.of())).isEmpty();
    }

    @Test
    void scopesHaveTheirWireNames() {
        assertThat(ApiScope.fromWireName("orders:read")).contains(ApiScope.ORDERS_READ);
        assertThat(ApiScope.ASNS_WRITE.authority()).isEqualTo("SCOPE_asns:write");
        assertThat(ApiScope.fromWireName("orders.read")).isEmpty();
    }

    private static ApiClientDraft draft(TenantId supplier, Set<ApiScope> scopes, Instant expiresAt) {
        return new ApiClientDraft("Acme ERP", supplier, scopes, expiresAt);
    }
}
