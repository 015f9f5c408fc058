package org.supplierportal.keycloak;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.ClientBuilder;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.supplierportal.identity.ExternalLogins;

/**
 * Keycloak's beans, present only in {@code oidc} login mode. Keycloak's endpoints are spelled out rather than
 * discovered, so the portal starts even while Keycloak is still starting; Spring Security 7 adds PKCE to the
 * authorization-code flow of confidential clients by itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.login.mode", havingValue = "oidc")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository keycloakRegistration(KeycloakProperties keycloak) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuerUri())
                .authorizationUri(keycloak.endpoint("auth"))
                .tokenUri(keycloak.backchannelEndpoint("token"))
                .jwkSetUri(keycloak.backchannelEndpoint("certs"))
                .userInfoUri(keycloak.backchannelEndpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                // Log-out ends the Keycloak session too (RP-initiated log-out).
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endpoint("logout")))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /**
     * Keycloak access tokens on the API: signed by the realm's keys, issued by the realm, and meant for the portal.
     * Every client of the realm gets tokens from the same issuer; only those naming the portal in {@code aud} (the
     * realm's audience mapper on the portal's client adds it) are taken.
     */
    @Bean
    JwtDecoder keycloakTokens(KeycloakProperties keycloak) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.backchannelEndpoint("certs")).build();
        OAuth2TokenValidator<Jwt> forThePortal = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(keycloak.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(keycloak.issuerUri()),
                forThePortal));
        return decoder;
    }

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(KeycloakProperties keycloak) {
        long timeout = keycloak.timeout().toMillis();
        return KeycloakBuilder.builder()
                .serverUrl(keycloak.serverUrl())
                .realm(keycloak.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(keycloak.adminClientId())
                .clientSecret(keycloak.adminClientSecret())
                .resteasyClient(ClientBuilder.newBuilder().connectTimeout(timeout, TimeUnit.MILLISECONDS)
                        .readTimeout(timeout, TimeUnit.MILLISECONDS).build())
                .build();
    }

    @Bean
    KeycloakDirectory keycloakDirectory(Keycloak keycloakAdmin, KeycloakProperties keycloak,
                                        org.supplierportal.locale.PersonLocales personLocales) {
        return new KeycloakDirectory(keycloakAdmin, keycloak.realm(), personLocales);
    }

    @Bean
    KeycloakLocales keycloakLocales(KeycloakDirectory directory) {
        return new KeycloakLocales(directory);
    }

    @Bean
    KeycloakSync keycloakSync(org.supplierportal.tenant.TenantService tenants, KeycloakDirectory directory,
                              org.supplierportal.tenancy.CurrentUsers currentUsers) {
        return new KeycloakSync(tenants, directory, currentUsers);
    }

    @Bean
    KeycloakLogin keycloakLogin(ExternalLogins logins, KeycloakProperties keycloak) {
        return new KeycloakLogin(logins, keycloak);
    }

    @Bean
    KeycloakBearerTokens keycloakBearerTokens(ExternalLogins logins, org.supplierportal.apiclient.KeycloakSystems systems,
                                              org.supplierportal.tenancy.CurrentUsers currentUsers) {
        return new KeycloakBearerTokens(logins, systems, currentUsers);
    }
}
