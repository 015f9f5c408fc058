package org.supplierportal.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.identity.ExternalIdentity;
import org.supplierportal.tenancy.Role;

class KeycloakClaimsTest {

    @Test
    void aSupplierTokenNamesThePersonTheirPortalRolesAndTheirOrganization() {
        ExternalIdentity identity = KeycloakClaims.identity(Map.of(
                "preferred_username", "acme.anna", "name", "Anna Berg", "email", "anna@acme.example",
                "roles", List.of("offline_access", "SUPPLIER_USER", "default-roles-portal"),
                "organization", List.of("acme-metals")));

        assertThat(identity.roles()).containsExactly(Role.SUPPLIER_USER);
        assertThat(identity.primaryRole()).isEqualTo(Role.SUPPLIER_USER);
        assertThat(identity.tenantKey()).isEqualTo("acme-metals");
        assertThat(identity.displayName()).isEqualTo("Anna Berg");
    }

    @Test
    void theOrganizationClaimMayBeAMapByAliasAndTheTenantClaimDecidesBetweenSeveral() {
        ExternalIdentity one = KeycloakClaims.identity(Map.of("preferred_username", "x",
                "realm_access", Map.of("roles", List.of("SUPPLIER_ADMIN")),
                "organization", Map.of("nordic-plastics", Map.of("id", "42"))));
        ExternalIdentity two = KeycloakClaims.identity(Map.of("preferred_username", "y", "roles", List.of("SUPPLIER_USER"),
                "organization", List.of("acme-metals", "nordic-plastics"), "tenant", "nordic-plastics"));

        assertThat(one.tenantKey()).isEqualTo("nordic-plastics");
        assertThat(one.primaryRole()).isEqualTo(Role.SUPPLIER_ADMIN);
        assertThat(two.tenantKey()).isEqualTo("nordic-plastics");
    }

    @Test
    void aBuyerHasNoTenantAndTheStrongestRoleCounts() {
        ExternalIdentity buyer = KeycloakClaims.identity(Map.of("preferred_username", "bea", "given_name", "Bea",
                "family_name", "Buyer", "roles", List.of("BUYER", "ADMIN")));

        assertThat(buyer.primaryRole()).isEqualTo(Role.ADMIN);
        assertThat(buyer.tenantKey()).isNull();
        assertThat(buyer.displayName()).isEqualTo("Bea Buyer");
    }

    @Test
    void aTokenWithoutAUsernameIsRefused() {
        assertThatThrownBy(() -> KeycloakClaims.identity(Map.of("roles", List.of("BUYER"))))
                .hasMessageContaining("preferred_username");
    }

    @Test
    void aServiceAccountsTokenNamesItsApiScopesAPersonsDoesNot() {
        Map<String, Object> system = Map.of("preferred_username", "service-account-acme-erp", "client_id", "acme-erp",
                "scope", "profile orders:read asns:write email unknown:scope");
        Map<String, Object> person = Map.of("preferred_username", "acme.anna", "scope", "openid profile email");

        assertThat(KeycloakClaims.isServiceAccount(system)).isTrue();
        assertThat(KeycloakClaims.isServiceAccount(person)).isFalse();
        assertThat(KeycloakClaims.apiScopes(system)).containsExactlyInAnyOrder(ApiScope.ORDERS_READ, ApiScope.ASNS_WRITE);
        assertThat(KeycloakClaims.apiScopes(person)).isEmpty();
    }
}
