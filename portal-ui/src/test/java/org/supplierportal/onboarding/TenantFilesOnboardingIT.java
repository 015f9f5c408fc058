package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.testsupport.PortalIntegrationTest;

@PortalIntegrationTest
class TenantFilesOnboardingIT {

    @Autowired
    TenantFilesOnboarding onboarding;
    @Autowired
    TenantService tenants;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path directory;

    @Test
    void applyingTheSameFilesAgainChangesNothing() {
        long auditEntriesBefore = count("audit_entry");
        long usersBefore = count("app_user");

        OnboardingReport again = onboarding.apply(Path.of("../tenants"));

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.tenantsUnchanged()).contains("acme-metals", "nordic-plastics");
        assertThat(count("audit_entry")).isEqualTo(auditEntriesBefore);
        assertThat(count("app_user")).isEqualTo(usersBefore);
    }

    @Test
    void aNewFileOnboardsItsSupplierAndUsersOnce() throws IOException {
        Files.writeString(directory.resolve("zeta-tools.yaml"), """
                key: zeta-tools
                name: Zeta Tools
                erpPartyCodes: [SUP-9001]
                users:
                  - {username: zeta.zoe, name: Zoe Zeta, role: SUPPLIER_ADMIN, password: secret99}
                """);

        OnboardingReport first = onboarding.apply(directory);
        OnboardingReport second = onboarding.apply(directory);

        assertThat(first.tenantsCreated()).containsExactly("zeta-tools");
        assertThat(first.usersCreated()).isEqualTo(1);
        assertThat(second.changedAnything()).isFalse();
        assertThat(currentUsers.runAsSystem("test", () -> tenants.findByKey("zeta-tools")))
                .hasValueSatisfying(tenant -> assertThat(tenant.erpPartyCodes()).containsExactly("SUP-9001"));
    }

    @Test
    void aBrokenFileStopsEverythingAndSaysWhere() throws IOException {
        Files.writeString(directory.resolve("good.yaml"), """
                key: omega-castings
                name: Omega Castings
                users:
                  - {username: omega.olga, name: Olga Omega, role: SUPPLIER_USER, password: secret99}
                """);
        Files.writeString(directory.resolve("broken.yaml"), """
                key: broken-supplier
                name: Broken Supplier
                tolerances:
                  dateLateDays: -4
                """);

        assertThatThrownBy(() -> onboarding.apply(directory))
                .isInstanceOf(InvalidTenantFilesException.class)
                .hasMessageContaining(directory.getFileName() + "/broken.yaml: tolerances.dateLateDays: must be a number of days between 0 and 365, not -4");

        assertThat(currentUsers.runAsSystem("test", () -> tenants.findByKey("omega-castings")))
                .as("the good file is not applied either").isEmpty();
    }

    @Test
    void aPartyCodeAlreadyOwnedByAnotherTenantIsRefusedAndNothingIsApplied() throws IOException {
        Files.writeString(directory.resolve("copycat.yaml"), """
                key: copycat
                name: Copycat
                erpPartyCodes: [SUP-1001]
                """);

        assertThatThrownBy(() -> onboarding.apply(directory)).isInstanceOf(InvalidTenantFilesException.class)
                .hasMessageContaining("erpPartyCodes[0]: the ERP party code 'SUP-1001' already belongs to the supplier acme-metals");
        assertThat(currentUsers.runAsSystem("test", () -> tenants.findByKey("copycat"))).isEmpty();
    }

    private long count(String table) {
        return currentUsers.runAsSystem("test", () -> transaction.execute(status ->
                jdbc.queryForObject("select count(*) from " + table, Long.class)));
    }
}
