package org.supplierportal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CurrentUserTest {

    private final TenantId acme = TenantId.random();

    @Test
    void supplierUserActsForExactlyOneTenant() {
        CurrentUser user = new CurrentUser(UUID.randomUUID(), "anna", "Anna", acme, "Acme", EnumSet.of(Role.SUPPLIER_USER));

        assertThat(user.isCrossTenant()).isFalse();
        assertThat(AccessScope.of(user)).isEqualTo(new AccessScope.SingleTenant(acme));
    }

    @Test
    void buyerActsAcrossAllTenants() {
        CurrentUser buyer = new CurrentUser(UUID.randomUUID(), "bea", "Bea", null, null, EnumSet.of(Role.BUYER));

        assertThat(buyer.isCrossTenant()).isTrue();
        assertThat(AccessScope.of(buyer)).isEqualTo(new AccessScope.AllTenants());
    }

    @Test
    void nobodySeesNothing() {
        assertThat(AccessScope.of(null)).isEqualTo(new AccessScope.Nobody());
    }

    @Test
    void refusesASupplierUserWithoutTenant() {
        assertThatThrownBy(() -> new CurrentUser(UUID.randomUUID(), "anna", "Anna", null, null, EnumSet.of(Role.SUPPLIER_USER)))
                .hasMessageContaining("has no tenant");
    }

    @Test
    void refusesABuyerBoundToATenant() {
        assertThatThrownBy(() -> new CurrentUser(UUID.randomUUID(), "bea", "Bea", acme, "Acme", EnumSet.of(Role.BUYER)))
                .hasMessageContaining("must not be bound to a tenant");
    }

    @Test
    void refusesMixingSupplierAndCrossTenantRoles() {
        assertThatThrownBy(() -> new CurrentUser(UUID.randomUUID(), "x", "X", acme, "Acme",
                EnumSet.of(Role.SUPPLIER_USER, Role.ADMIN)))
                .hasMessageContaining("mixes");
    }

    @Test
    void systemActorIsAnAuditedCrossTenantAdmin() {
        CurrentUser system = CurrentUser.system("tenant files");

        assertThat(system.isSystem()).isTrue();
        assertThat(system.isCrossTenant()).isTrue();
        assertThat(system.displayName()).isEqualTo("System (tenant files)");
    }
}
