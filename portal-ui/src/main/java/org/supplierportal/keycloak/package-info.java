/**
 * Keycloak as the portal's identity provider (login mode {@code oidc}): log-in through Spring Security's OAuth2
 * client (authorization code with PKCE, RP-initiated log-out), Keycloak bearer tokens on the API, and the
 * provisioning of supplier Organizations and users through Keycloak's admin client when admins onboard suppliers and
 * invite people. Roles come from realm roles, the supplier from the user's Organization (alias = tenant key) or a
 * {@code tenant} claim. Nothing here is active in the default {@code local} mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keycloak")
package org.supplierportal.keycloak;
