package org.supplierportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserDefinition;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestClock;

/** Deactivating a supplier logs its people out at their next step, not when their session would have timed out. */
class DeactivationBrowserIT extends BrowserTestBase {

    @Autowired
    TenantService tenants;
    @Autowired
    UserAccountService users;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLoggedInPersonOfADeactivatedSupplierIsLoggedOutAtTheNextStep() {
        String key = "dx-" + UUID.randomUUID().toString().substring(0, 8);
        TenantSummary supplier = actors.asSystem(() -> tenants.create(new TenantDraft(key, "Deactivated Test " + key,
                List.of("DX-" + key.substring(3)), "Dora Test", "dora@test.example", null, "Hamngatan 1", "411 06",
                "Gothenburg", "SE", null, null, null, null, null, false, null, 2, null, null, null, null, null, null)));
        actors.asSystem(() -> users.provision(new UserDefinition(key + ".dora", "Dora Deact", key + "@test.example",
                Role.SUPPLIER_USER, supplier.id(), "a long password 1"), "test"));

        browser.logIn(key + ".dora", "a long password 1").waitUntilPath("/");
        assertThat(browser.pageText()).contains("Dora Deact").contains(supplier.name());
        browser.open("/orders");
        assertThat(browser.path()).isEqualTo("/orders");

        actors.asSystem(() -> tenants.deactivate(supplier.id()));
        clock.advance(Duration.ofSeconds(11)); // past the filter's short memory of the last check

        browser.open("/orders").waitUntilPath("/login");
        browser.logIn(key + ".dora", "a long password 1");
        assertThat(browser.path()).isEqualTo("/login");
    }
}
