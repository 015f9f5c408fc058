package org.supplierportal.api;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The {@link ApiCallLimit} on every API path, ahead of Spring Security (order -100) and after the request's own
 * observation, so the time a call waited for its turn is in {@code http.server.requests}.
 */
@Configuration(proxyBeanMethods = false)
class ApiCallLimitConfiguration {

    @Bean
    FilterRegistrationBean<ApiCallLimit> apiCallLimit(
            @Value("${portal.api.concurrent-calls:#{T(java.lang.Runtime).getRuntime().availableProcessors() * 2}}") int concurrentCalls,
            @Value("${portal.api.max-waiting-calls:100}") int maxWaiting,
            @Value("${portal.api.max-wait-for-turn:10s}") Duration maxWait, MeterRegistry meters) {
        ApiCallLimit limit = new ApiCallLimit(concurrentCalls, maxWaiting, maxWait);
        Gauge.builder("portal.api.calls.waiting", limit, ApiCallLimit::waiting)
                .description("API calls waiting for their turn (portal.api.concurrent-calls are worked on at once)")
                .register(meters);
        FilterRegistrationBean<ApiCallLimit> registration = new FilterRegistrationBean<>(limit);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
