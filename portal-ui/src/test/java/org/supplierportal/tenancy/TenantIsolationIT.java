package org.supplierportal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.contact.ContactDraft;
import org.supplierportal.contact.ContactFunction;
import org.supplierportal.contact.ContactNotFoundException;
import org.supplierportal.contact.ContactService;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Both lines of tenant isolation, against the real PostgreSQL: Hibernate's tenant filter in the services, and
 * row-level security under them, which holds even for native SQL the services never see.
 */
@PortalIntegrationTest
class TenantIsolationIT {

    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    ContactService contacts;
    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    TenantSummary acme;
    TenantSummary nordic;
    SupplierContactView acmeContact;
    SupplierContactView nordicContact;

    @BeforeEach
    void twoSuppliersWithOneContactEach() {
        acme = currentUsers.runAsSystem("test", () -> tenants.findByKey("acme-metals").orElseThrow());
        nordic = currentUsers.runAsSystem("test", () -> tenants.findByKey("nordic-plastics").orElseThrow());
        acmeContact = currentUsers.runAs(admin(acme), () -> contacts.add(draft("Acme Isolation " + UUID.randomUUID())));
        nordicContact = currentUsers.runAs(admin(nordic), () -> contacts.add(draft("Nordic Isolation " + UUID.randomUUID())));
    }

    @Test
    void aSupplierSeesOnlyItsOwnContactsThroughTheService() {
        List<SupplierContactView> seenByAcme = currentUsers.runAs(user(acme), contacts::listMine);

        assertThat(seenByAcme).extracting(SupplierContactView::id).contains(acmeContact.id())
                .doesNotContain(nordicContact.id());
        assertThat(seenByAcme).extracting(SupplierContactView::tenantId).containsOnly(acme.id());
    }

    @Test
    void aSupplierCannotChangeAnotherSuppliersContactByItsId() {
        assertThatThrownBy(() -> currentUsers.runAs(admin(acme),
                () -> contacts.change(nordicContact.id(), nordicContact.version(), draft("Hijacked"))))
                .isInstanceOf(ContactNotFoundException.class);
        assertThatThrownBy(() -> currentUsers.runAs(admin(acme), () -> {
            contacts.remove(nordicContact.id());
            return null;
        })).isInstanceOf(ContactNotFoundException.class);
    }

    @Test
    void nativeSqlForOneSupplierCannotReadAnotherSuppliersRows() {
        List<String> tenantsSeen = currentUsers.runAs(user(acme), () -> transaction.execute(status ->
                jdbc.queryForList("select distinct tenant_id::text from supplier_contact", String.class)));
        List<String> usersSeen = currentUsers.runAs(user(acme), () -> transaction.execute(status ->
                jdbc.queryForList("select distinct coalesce(tenant_id::text, 'none') from app_user", String.class)));
        List<String> companiesSeen = currentUsers.runAs(user(acme), () -> transaction.execute(status ->
                jdbc.queryForList("select key from tenant", String.class)));

        assertThat(tenantsSeen).containsExactly(acme.id().toString());
        assertThat(usersSeen).containsExactly(acme.id().toString());
        assertThat(companiesSeen).containsExactly("acme-metals");
    }

    @Test
    void nativeSqlForOneSupplierCannotWriteAnotherSuppliersRows() {
        Integer updated = currentUsers.runAs(user(acme), () -> transaction.execute(status ->
                jdbc.update("update supplier_contact set name = 'Hijacked' where id = ?", nordicContact.id())));
        assertThat(updated).isZero();

        assertThatThrownBy(() -> currentUsers.runAs(user(acme), () -> transaction.execute(status ->
                jdbc.update("insert into supplier_contact (id, tenant_id, name, function, email, created_at, updated_at)"
                        + " values (?, ?, 'Planted', 'SALES', 'x@y.example', now(), now())",
                        UUID.randomUUID(), nordic.id().value()))))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("violates row-level security policy");
    }

    @Test
    void withoutAUserOrATransactionTheDatabaseShowsNothing() {
        assertThat(jdbc.queryForObject("select count(*) from supplier_contact", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tenant", Long.class)).isZero();
        Long accountsSeen = transaction.execute(status -> jdbc.queryForObject("select count(*) from app_user", Long.class));
        assertThat(accountsSeen).isZero();
    }

    @Test
    void buyersSeeEverySupplierExplicitly() {
        CurrentUser buyer = new CurrentUser(UUID.randomUUID(), "test-buyer", "Test Buyer", null, null, EnumSet.of(Role.BUYER));

        List<String> tenantsSeen = currentUsers.runAs(buyer, () -> transaction.execute(status ->
                jdbc.queryForList("select distinct tenant_id::text from supplier_contact", String.class)));
        assertThat(tenantsSeen).contains(acme.id().toString(), nordic.id().toString());
        assertThat(currentUsers.runAs(buyer, () -> contacts.listOf(nordic.id())))
                .extracting(SupplierContactView::id).contains(nordicContact.id());
    }

    @Test
    void theApplicationRoleNeitherOwnsTablesNorBypassesRowLevelSecurity() {
        assertThat(jdbc.queryForObject("select rolbypassrls or rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user", Long.class))
                .isZero();
    }

    private static CurrentUser user(TenantSummary tenant) {
        return new CurrentUser(UUID.randomUUID(), "test-user-" + tenant.key(), "Test User", tenant.id(), tenant.name(),
                EnumSet.of(Role.SUPPLIER_USER));
    }

    private static CurrentUser admin(TenantSummary tenant) {
        return new CurrentUser(UUID.randomUUID(), "test-admin-" + tenant.key(), "Test Admin", tenant.id(), tenant.name(),
                EnumSet.of(Role.SUPPLIER_ADMIN, Role.SUPPLIER_USER));
    }

    private static ContactDraft draft(String name) {
        return new ContactDraft(name, ContactFunction.QUALITY, "quality@example.com", "+46 1 23 45", null);
    }
}
