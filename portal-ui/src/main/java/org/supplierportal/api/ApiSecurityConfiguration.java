package org.supplierportal.api;

import org.supplierportal.keycloak.KeycloakBearerTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The API's own security: stateless HTTP Basic with the portal's accounts (the same lock-out after wrong passwords),
 * no session, no CSRF (no browser cookies are involved); with Keycloak, its bearer tokens too.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /**
     * @param keycloakTokens present in {@code oidc} login mode: Keycloak access tokens (Bearer) are accepted besides
     *                       HTTP Basic, with the same tenant rules
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<KeycloakBearerTokens> keycloakTokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(Customizer.withDefaults());
        KeycloakBearerTokens tokens = keycloakTokens.getIfAvailable();
        if (tokens != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)));
        }
        return http.build();
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
