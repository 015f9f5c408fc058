package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.KeycloakTestServer;
import org.supplierportal.testsupport.PortalIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, attack 6: in oidc mode the API took any token of the realm, whichever client it was issued to. Another
 * application of the same Keycloak realm (here one the test registers, as a realm admin would) gets a token for the
 * same person; the API must refuse it, and still take the portal's own.
 */
@PortalIntegrationTest
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TestMailServer.Initializer.class, KeycloakTestServer.Initializer.class})
class TokenAudienceSecurityIT {

    private static final String OTHER_CLIENT = "other-app";
    private static final String OTHER_SECRET = "other-app-secret";

    @LocalServerPort
    int port;

    private final KeycloakTestServer keycloak = KeycloakTestServer.get();

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() {
        String foreign = otherClientsToken("acme.anna", "demo123");
        String own = keycloak.accessToken("acme.anna", "demo123");

        assertThat(bearer(foreign).statusCode()).isEqualTo(401);
        assertThat(bearer(own).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> bearer(String token) {
        Attacker attacker = new Attacker(port);
        return attacker.send(attacker.request("/api/v1/orders").header("Authorization", "Bearer " + token).GET().build());
    }

    /** A second application of the realm, with the same scopes (roles, organization) as the portal but its own id. */
    private String otherClientsToken(String username, String password) {
        if (keycloak.realm().clients().findByClientId(OTHER_CLIENT).isEmpty()) {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(OTHER_CLIENT);
            client.setSecret(OTHER_SECRET);
            client.setPublicClient(false);
            client.setDirectAccessGrantsEnabled(true);
            client.setStandardFlowEnabled(false);
            client.setDefaultClientScopes(List.of("basic", "profile", "email", "roles", "organization"));
            keycloak.realm().clients().create(client).close();
        }
        String form = Map.of("grant_type", "password", "client_id", OTHER_CLIENT, "client_secret", OTHER_SECRET,
                        "username", username, "password", password, "scope", "openid organization")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = new Attacker(port).send(HttpRequest.newBuilder(
                        URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        var body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.has("access_token")).as(response.body()).isTrue();
        return body.get("access_token").asString();
    }
}
