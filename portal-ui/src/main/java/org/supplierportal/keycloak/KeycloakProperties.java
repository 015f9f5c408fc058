package org.supplierportal.keycloak;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Keycloak ({@code portal.keycloak.*}); used when {@code portal.login.mode=oidc}.
 *
 * @param issuerUri         the realm's issuer, e.g. http://localhost:18080/realms/portal; must equal the tokens'
 *                          {@code iss}, so Keycloak runs with a fixed {@code --hostname}
 * @param clientId          the portal's client, for browser log-in
 * @param clientSecret      its secret
 * @param adminClientId     the service account the portal creates Organizations and users with
 * @param adminClientSecret its secret
 * @param timeout           per call to Keycloak's admin API
 * @param backchannelUrl    where the portal itself reaches Keycloak when that differs from the browsers' address
 *                          (in Docker: http://keycloak:8080 while browsers use http://localhost:18080); empty: the
 *                          issuer's server
 * @param audience          the {@code aud} an access token must name to be taken on the API (the realm's other
 *                          clients get tokens from the same issuer); empty: the portal's client id
 */
@ConfigurationProperties("portal.keycloak")
public record KeycloakProperties(String issuerUri, String clientId, String clientSecret, String adminClientId,
                                 String adminClientSecret, Duration timeout, String backchannelUrl, String audience) {

    public KeycloakProperties {
        issuerUri = issuerUri == null ? null : issuerUri.replaceAll("/+$", "");
        backchannelUrl = backchannelUrl == null || backchannelUrl.isBlank() ? null : backchannelUrl.replaceAll("/+$", "");
        clientId = clientId == null ? "supplier-portal" : clientId;
        audience = audience == null || audience.isBlank() ? clientId : audience.strip();
        adminClientId = adminClientId == null ? "portal-admin" : adminClientId;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    /** The server's address as the portal reaches it: the backchannel, or the issuer without {@code /realms/<realm>}. */
    public String serverUrl() {
        return backchannelUrl != null ? backchannelUrl : issuerUri.substring(0, requireRealmsPart());
    }

    public String realm() {
        return issuerUri.substring(requireRealmsPart() + "/realms/".length());
    }

    /** An endpoint browsers are sent to (log-in, log-out). */
    public String endpoint(String path) {
        return issuerUri + "/protocol/openid-connect/" + path;
    }

    /** An endpoint the portal calls itself (tokens, keys, user info). */
    public String backchannelEndpoint(String path) {
        return serverUrl() + "/realms/" + realm() + "/protocol/openid-connect/" + path;
    }

    private int requireRealmsPart() {
        if (issuerUri == null || !issuerUri.contains("/realms/")) {
            throw new IllegalStateException("portal.keycloak.issuer-uri must be a realm's address, like"
                    + " http://localhost:18080/realms/portal, not " + issuerUri);
        }
        return issuerUri.lastIndexOf("/realms/");
    }
}
