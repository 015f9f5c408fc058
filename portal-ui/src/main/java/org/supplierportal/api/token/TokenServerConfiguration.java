package org.supplierportal.api.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ClientSecretEncoder;
import org.supplierportal.apiclient.SigningKeyStore;
import org.supplierportal.identity.PortalPublicUrl;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The token endpoint for API clients in local login mode (in oidc mode Keycloak issues them): Spring Authorization
 * Server with the client-credentials grant only, {@code POST /oauth2/token}. Tokens are JWTs signed with the keys
 * kept in PostgreSQL, with a fixed issuer, valid 10 minutes, naming the supplier ({@code tenant}) and the scopes.
 * Nothing is remembered per token: a JWT carries what it grants, and every call checks its client.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.login.mode", havingValue = "local", matchIfMissing = true)
class TokenServerConfiguration {

    @Bean
    TokenIssuer tokenIssuer(@Value("${portal.api.token-issuer:}") String configured, PortalPublicUrl publicUrl) {
        return new TokenIssuer(configured, publicUrl);
    }

    @Bean
    JWKSet apiTokenKeySet(SigningKeyStore store, CurrentUsers currentUsers) {
        return PersistedSigningKeys.load(store, currentUsers);
    }

    @Bean
    JWKSource<SecurityContext> apiTokenKeys(JWKSet keys) {
        return (selector, context) -> selector.select(keys);
    }

    /** Signs with the newest key; with several keys (a rotation) Spring would otherwise refuse to choose. */
    @Bean
    JwtEncoder apiTokenEncoder(JWKSource<SecurityContext> keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector(candidates -> candidates.getFirst());
        return encoder;
    }

    /** The API's check of a token: one of the stored keys signed it, this portal issued it, it has not expired. */
    @Bean
    JwtDecoder apiTokenDecoder(JWKSet keys, TokenIssuer issuer) {
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(ApiTokenKeys.processor(keys));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtClaimValidator<Object>(JwtClaimNames.ISS, iss -> issuer.get().equals(String.valueOf(iss)))));
        return decoder;
    }

    @Bean
    RegisteredClientRepository apiClientRegistrations(ApiClientService clients, CurrentUsers currentUsers) {
        return new ApiClientRegistrations(clients, currentUsers);
    }

    /**
     * Remembers nothing: Spring's default keeps every issued token in a map that only grows. The tokens are
     * self-contained, so introspection and revocation of a single token are not offered; revoke the client.
     */
    @Bean
    OAuth2AuthorizationService noTokenMemory() {
        return new OAuth2AuthorizationService() {
            @Override
            public void save(OAuth2Authorization authorization) {
            }

            @Override
            public void remove(OAuth2Authorization authorization) {
            }

            @Override
            public OAuth2Authorization findById(String id) {
                return null;
            }

            @Override
            public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
                return null;
            }
        };
    }

    /** No issuer here: the endpoint's metadata follows the request; the tokens get {@link TokenIssuer}'s. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> apiTokenClaims(TokenIssuer issuer) {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().issuer(issuer.get());
                String tenant = context.getRegisteredClient().getClientSettings().getSetting(ApiClientRegistrations.TENANT_SETTING);
                if (tenant != null) {
                    context.getClaims().claim(ApiClientTokens.TENANT_CLAIM, tenant);
                }
            }
        };
    }

    @Bean
    ApiClientTokens apiClientTokens(org.supplierportal.apiclient.ApiClientCalls calls) {
        return new ApiClientTokens(calls);
    }

    @Bean
    @Order(3)
    SecurityFilterChain tokenEndpoint(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        ClientSecretEncoder secrets = new ClientSecretEncoder();
        return http.securityMatcher(server.getEndpointsMatcher())
                .with(server, endpoints -> endpoints
                        .clientAuthentication(clients -> clients.authenticationProviders(providers -> providers.forEach(provider -> {
                            if (provider instanceof ClientSecretAuthenticationProvider secretCheck) {
                                secretCheck.setPasswordEncoder(secrets); // not people's BCrypt: see ClientSecretEncoder
                            }
                        })))
                        .tokenEndpoint(token -> token.accessTokenRequestConverters(converters -> {
                            converters.removeIf(OAuth2ClientCredentialsAuthenticationConverter.class::isInstance);
                            converters.addFirst(new RegisteredScopesByDefault());
                        })))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .build();
    }
}
