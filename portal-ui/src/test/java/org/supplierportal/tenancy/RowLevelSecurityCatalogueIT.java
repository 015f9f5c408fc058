package org.supplierportal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * The whole schema, read from PostgreSQL's catalogue, against the tenant isolation rules (issue 9): a table added
 * tomorrow without row-level security fails here, not in production. Runs as the application's own role.
 */
@PortalIntegrationTest
class RowLevelSecurityCatalogueIT {

    /**
     * Tables without a {@code tenant_id}, and why each may be so. Anything else without a tenant column fails the
     * test: give it a tenant column and the tenant policy, or add it here with its reason.
     */
    private static final Map<String, String> SHARED_TABLES = Map.ofEntries(
            Map.entry("tenant", "the tenants themselves: its policy compares the row's id with the current tenant"),
            Map.entry("erp_sync_state", "ERP connector state: policy system_only"),
            Map.entry("erp_outbound_message", "ERP connector queue: policy system_only"),
            Map.entry("erp_dead_letter", "ERP connector dead letters: policy system_only"),
            Map.entry("erp_parked_order", "orders of parties no tenant claims yet: policy system_only"),
            Map.entry("api_signing_key", "the keys API tokens are signed with, for every node: policy system_only"),
            Map.entry("notification_signing_key", "the key unsubscribe links are signed with, for every node: policy system_only"),
            Map.entry("shedlock", "cluster locks: the names of scheduled work and which node holds it"),
            Map.entry("flyway_schema_history", "Flyway's bookkeeping; the application role has no rights on it"),
            Map.entry("event_publication", "Spring Modulith's outbox; see docs/architecture.md, 'The event publication registry'"));

    /** The ERP connector's tables: some rows name a tenant, but only cross-tenant work (the system) may see any. */
    private static final java.util.Set<String> SYSTEM_ONLY = java.util.Set.of("erp_sync_state", "erp_outbound_message",
            "erp_dead_letter", "erp_parked_order", "api_signing_key", "notification_signing_key");
    private static final String SYSTEM_ONLY_POLICY = "portal_all_tenants()";
    /** A policy as command (* all, a insert), using clause and with check clause. */
    private static final String SYSTEM_ONLY_ROW = "* | portal_all_tenants() | portal_all_tenants()";
    private static final String TENANT_ADDS_OWN_ROW = "a | - | (tenant_id = portal_current_tenant())";
    /**
     * System-only tables a tenant's own transaction may add rows of its own to, without reading any: the ERP queue,
     * written together with a supplier's commitment (the outbox, V25).
     */
    private static final java.util.Set<String> TENANT_MAY_ADD = java.util.Set.of("erp_outbound_message");

    private static final String BATCH_PREFIX = "batch_"; // Spring Batch's job repository: job names and counts, no business data

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableWithATenantColumnHasForcedRowLevelSecurityWithTheTenantPolicy() {
        List<Map<String, Object>> tables = jdbc.queryForList("""
                select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                       (select string_agg(pg_get_expr(p.polqual, p.polrelid), ' ; ') from pg_policy p where p.polrelid = c.oid) as policy_using,
                       (select string_agg(pg_get_expr(p.polwithcheck, p.polrelid), ' ; ') from pg_policy p where p.polrelid = c.oid) as policy_check
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by 1""");

        assertThat(tables).as("tables with a tenant column").hasSizeGreaterThan(10);
        for (Map<String, Object> table : tables) {
            String name = (String) table.get("name");
            assertThat(table.get("enabled")).as(name + ": row-level security enabled").isEqualTo(true);
            assertThat(table.get("forced")).as(name + ": row-level security forced (applies to the owner too)").isEqualTo(true);
            if (SYSTEM_ONLY.contains(name)) {
                assertThat(table.get("policy_using")).as(name + ": for cross-tenant work only").isEqualTo(SYSTEM_ONLY_POLICY);
                assertThat(policies(name)).as(name + ": its policies").containsExactlyInAnyOrderElementsOf(
                        TENANT_MAY_ADD.contains(name) ? List.of(SYSTEM_ONLY_ROW, TENANT_ADDS_OWN_ROW) : List.of(SYSTEM_ONLY_ROW));
                continue;
            }
            assertThat((String) table.get("policy_using")).as(name + ": the policy's using clause")
                    .contains("tenant_id = portal_current_tenant()").contains("portal_all_tenants()");
            assertThat((String) table.get("policy_check")).as(name + ": the policy's with check clause")
                    .contains("tenant_id = portal_current_tenant()");
        }
    }

    private List<String> policies(String table) {
        return jdbc.queryForList("""
                select p.polcmd::text || ' | ' || coalesce(pg_get_expr(p.polqual, p.polrelid), '-') || ' | '
                       || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '-')
                from pg_policy p where p.polrelid = (current_schema() || '.' || ?)::regclass""", String.class, table);
    }

    @Test
    void everyTableWithoutATenantColumnIsAKnownSharedTable() {
        List<String> withoutTenant = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by 1""", String.class);

        assertThat(withoutTenant).allSatisfy(name -> assertThat(SHARED_TABLES.containsKey(name) || name.startsWith(BATCH_PREFIX))
                .as("%s has no tenant_id and is not a known shared table", name).isTrue());
        for (String name : SYSTEM_ONLY) {
            assertThat(jdbc.queryForObject("""
                    select c.relforcerowsecurity and exists (select 1 from pg_policy p where p.polrelid = c.oid
                        and pg_get_expr(p.polqual, p.polrelid) = ?)
                    from pg_class c where c.relname = ? and c.relnamespace = current_schema()::regnamespace""",
                    Boolean.class, SYSTEM_ONLY_POLICY, name))
                    .as(name + " is for cross-tenant work only").isTrue();
        }
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() {
        Map<String, Object> role = jdbc.queryForMap("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
        assertThat(role.get("rolsuper")).as("the application role is a superuser").isEqualTo(false);
        assertThat(role.get("rolbypassrls")).as("the application role bypasses row-level security").isEqualTo(false);

        List<String> owned = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relowner = (select oid from pg_roles where rolname = current_user)""",
                String.class);
        assertThat(owned).as("objects the application role owns (an owner could switch row-level security off)").isEmpty();
    }

    @Test
    void theEventPublicationRegistryIsReadableByTheApplicationOnly() {
        List<String> grantees = jdbc.queryForList("""
                select distinct case when acl.grantee = 0 then 'PUBLIC' else pg_get_userbyid(acl.grantee) end
                from pg_class c, aclexplode(c.relacl) acl
                where c.relname = 'event_publication' and c.relnamespace = current_schema()::regnamespace
                  and acl.grantee <> c.relowner""", String.class);

        assertThat(grantees).as("who besides the owner may use the event publication registry")
                .containsExactly(jdbc.queryForObject("select current_user", String.class));
    }
}
