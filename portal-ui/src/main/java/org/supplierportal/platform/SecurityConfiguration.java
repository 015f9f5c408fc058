package org.supplierportal.platform;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.keycloak.KeycloakLogin;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Who may reach what over HTTP. Screens are guarded by Vaadin's view access control (each view's
 * {@code @RolesAllowed}/{@code @PermitAll}); services carry their own {@code @PreAuthorize} checks (switched on in
 * portal-core's tenancy module), so a screen that forgets to hide a button still cannot do what the role may not.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "login";

    /**
     * The operational endpoints: health for load balancers, public (it says up or down and nothing else); metrics and
     * the rest for an administrator's login over HTTP Basic (a monitoring system's account), as they tell volumes and
     * names a stranger has no business reading. Or serve them on a management port of their own
     * ({@code MANAGEMENT_SERVER_PORT}) that only the monitoring network reaches.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operationsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * @param keycloak present in {@code oidc} login mode: people log in on Keycloak's page, and logging out of the
     *                 portal logs out of Keycloak too; otherwise the portal's own log-in page
     */
    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<KeycloakLogin> keycloak, CurrentUsers currentUsers,
                                       UserAccountService accounts, Clock clock, RequestUtil vaadinRequests) throws Exception {
        // A deactivated person or company is logged out at their next request, not at the session's timeout.
        http.addFilterBefore(new DeactivatedAccessFilter(currentUsers, accounts, clock), AuthorizationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // The error page of a failed request: whoever made the request sees what went wrong (a 500, a 404),
                // not an empty 403 because the error dispatch has no login of its own (the API is stateless).
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").permitAll());
        // Vaadin's own requests carry Vaadin's CSRF protection. Vaadin also exempts the log-in form from Spring's, which
        // lets a hostile page log a victim into the attacker's account: here the form needs the token (the log-in page
        // has it and Vaadin's log-in form sends it).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        KeycloakLogin oidc = keycloak.getIfAvailable();
        // Vaadin 25 denies any request no rule names, so an address that is no page (say /integration) got a bare
        // "HTTP ERROR 403". A logged-in person's request goes to the router instead, which shows the portal's own
        // not-found page with the menu; anyone else is sent to log in. Each view still carries its own roles.
        if (oidc == null) {
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.enableCsrfConfiguration(false)
                    .loginView("/" + LOGIN_PATH, "/" + LOGIN_PATH + "?logout")
                    .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        } else {
            http.oauth2Login(login -> login
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc.userService()))
                    .failureHandler(oidc.failureHandler()));
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.enableCsrfConfiguration(false)
                    .oauth2LoginPage(KeycloakLogin.LOGIN_PATH, "{baseUrl}/")
                    .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        }
        return http.build();
    }
}
