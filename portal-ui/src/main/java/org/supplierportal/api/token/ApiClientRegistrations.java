package org.supplierportal.api.token;

import java.time.Duration;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.supplierportal.apiclient.ApiClientCredentials;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The token endpoint's view of the portal's API clients: client credentials only, tokens valid 10 minutes, the
 * supplier's key as a setting for the {@code tenant} claim. Revoked and expired clients are unknown here, so they get
 * no token (401 invalid_client).
 */
final class ApiClientRegistrations implements RegisteredClientRepository {

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    static final String TENANT_SETTING = "portal.tenant";

    private final ApiClientService clients;
    private final CurrentUsers currentUsers;

    ApiClientRegistrations(ApiClientService clients, CurrentUsers currentUsers) {
        this.clients = clients;
        this.currentUsers = currentUsers;
    }

    /** Called by Spring when it re-encodes a secret whose hash is of an older kind: keep the new hash. */
    @Override
    public void save(RegisteredClient client) {
        currentUsers.runAsSystem("token request", () -> clients.replaceSecretHash(client.getClientId(), client.getClientSecret()));
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return currentUsers.runAsSystem("token request", () -> clients.credentials(clientId))
                .map(ApiClientRegistrations::registration).orElse(null);
    }

    private static RegisteredClient registration(ApiClientCredentials client) {
        ClientSettings.Builder settings = ClientSettings.builder();
        if (client.tenantKey() != null) {
            settings.setting(TENANT_SETTING, client.tenantKey());
        }
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> client.scopes().stream().map(ApiScope::wireName).forEach(scopes::add))
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
                .build();
    }
}
