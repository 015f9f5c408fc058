package org.supplierportal.b2b.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class As2EndpointSecurity {

    /**
     * The AS2 endpoint authenticates each message (and each asynchronous MDN) by its AS2-From and its signature,
     * checked with the partner's certificate (by {@code As2Receiver} and {@code As2MdnReceiver}), not by a login: open to the network, stateless, and without CSRF.
     */
    @Bean
    @Order(5)
    SecurityFilterChain as2EndpointChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(As2Endpoint.PATH, As2Endpoint.MDN_PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
