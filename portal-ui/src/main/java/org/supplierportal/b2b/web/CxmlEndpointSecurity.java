package org.supplierportal.b2b.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class CxmlEndpointSecurity {

    /**
     * The cXML endpoint authenticates each document by its Sender credential and shared secret (checked by
     * {@code CxmlInbound}), not by a login: open to the network, stateless, and without CSRF (no browser is involved).
     */
    @Bean
    @Order(4)
    SecurityFilterChain cxmlEndpointChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(CxmlEndpoint.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
