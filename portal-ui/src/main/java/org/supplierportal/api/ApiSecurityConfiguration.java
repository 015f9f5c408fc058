package org.supplierportal.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.supplierportal.api.token.ApiClientTokens;
import org.supplierportal.identity.BasicCallThrottle;
import org.supplierportal.keycloak.KeycloakBearerTokens;

/**
 * The API's own security: stateless, no session, no CSRF (no browser cookies are involved). Bearer tokens: API
 * clients' (local mode, from the portal's token endpoint) or Keycloak's (oidc mode: people and service accounts).
 * HTTP Basic with a portal login, for scripts, within an allowance of calls. Each operation then requires its scope
 * ({@code @PreAuthorize} on the controllers); people have every scope their role allows.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /**
     * @param keycloakTokens present in {@code oidc} login mode: Keycloak access tokens
     * @param clientTokens   present in {@code local} login mode: the portal's own API client tokens
     * @param tokenDecoder   the one decoder of the mode: Keycloak's or the portal's
     * @param passwords      the portal's throttled password check
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<KeycloakBearerTokens> keycloakTokens,
                                    ObjectProvider<ApiClientTokens> clientTokens, JwtDecoder tokenDecoder,
                                    AuthenticationProvider passwords, BasicCallThrottle basicCalls,
                                    AuthenticationEventPublisher events) throws Exception {
        ApiProblemEntryPoint problems = new ApiProblemEntryPoint();
        ProviderManager basic = new ProviderManager(new BasicCallLimits(passwords, basicCalls));
        basic.setAuthenticationEventPublisher(events);
        JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(tokenDecoder);
        KeycloakBearerTokens keycloak = keycloakTokens.getIfAvailable();
        if (keycloak != null) {
            bearer.setJwtAuthenticationConverter(keycloak);
        } else {
            bearer.setJwtAuthenticationConverter(clientTokens.getObject());
        }
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationManager(basic)
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(problems))
                .oauth2ResourceServer(resourceServer -> resourceServer.authenticationEntryPoint(problems)
                        .jwt(jwt -> jwt.authenticationManager(new ProviderManager(bearer))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems))
                .build();
    }

    /**
     * No observation (a timer and a span) of every filter of every request, nor of every authorization decision: in
     * the API benchmark they were a tenth of a call's CPU (docs/benchmarks.md). Authentications (logins, tokens,
     * failures) are still observed, and every request is timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        // The API's description is public: it holds no data.
        return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
