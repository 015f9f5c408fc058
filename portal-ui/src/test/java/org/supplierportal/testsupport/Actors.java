package org.supplierportal.testsupport;

import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;


import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/** The people of the demo, to run service calls as them in integration tests. */

public class Actors {

    private final CurrentUsers currentUsers;
    private final TenantService tenants;

    Actors(CurrentUsers currentUsers, TenantService tenants) {
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    /** For a module test, whose context holds only the tested modules' beans (this class is in none of them). */
    public static Actors of(CurrentUsers currentUsers, TenantService tenants) {
        return new Actors(currentUsers, tenants);
    }

    public TenantSummary tenant(String key) {
        return currentUsers.runAsSystem("test", () -> tenants.findByKey(key).orElseThrow());
    }

    /** A supplier of the test's own, for tests that start without the demo tenants (module tests). */
    public TenantSummary onboard(TenantDefinition definition) {
        currentUsers.runAsSystem("test", () -> tenants.apply(definition, TenantSummary.SOURCE_SCREEN, null));
        return tenant(definition.key());
    }

    public CurrentUser supplierUser(String tenantKey) {
        TenantSummary tenant = tenant(tenantKey);
        return new CurrentUser(UUID.randomUUID(), "test." + tenantKey, "Tess Supplier", tenant.id(), tenant.name(),
                EnumSet.of(Role.SUPPLIER_USER));
    }

    public CurrentUser supplierAdmin(String tenantKey) {
        TenantSummary tenant = tenant(tenantKey);
        return new CurrentUser(UUID.randomUUID(), "test.admin." + tenantKey, "Tessa Supplier Admin", tenant.id(), tenant.name(),
                EnumSet.of(Role.SUPPLIER_ADMIN));
    }

    public CurrentUser admin() {
        return new CurrentUser(UUID.randomUUID(), "test.admin", "Ada Test Admin", null, null, EnumSet.of(Role.ADMIN));
    }

    public CurrentUser buyer() {
        return new CurrentUser(UUID.randomUUID(), "test.buyer", "Tom Buyer", null, null, EnumSet.of(Role.BUYER));
    }

    public <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.runAs(user, work);
    }

    public void as(CurrentUser user, Runnable work) {
        currentUsers.runAs(user, () -> {
            work.run();
            return null;
        });
    }

    public <T> T asSystem(Supplier<T> work) {
        return currentUsers.runAsSystem("test", work);
    }

    public void asSystem(Runnable work) {
        currentUsers.runAsSystem("test", work);
    }
}
