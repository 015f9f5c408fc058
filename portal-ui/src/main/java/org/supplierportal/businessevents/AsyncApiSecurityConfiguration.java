package org.supplierportal.businessevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class AsyncApiSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain asyncApiDocumentSecurity(HttpSecurity http) throws Exception {
        // The events' description is public, like the REST API's: it holds no data.
        return http.securityMatcher(AsyncApiDocument.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
