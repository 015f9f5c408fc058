package org.supplierportal.onboarding;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo's buyer and admin logins, from configuration. For the demo only: a production installation sets
 * {@code portal.demo.enabled=false} and gets its buyers and admins from Keycloak or the admin screens.
 */
@ConfigurationProperties("portal.demo")
public record DemoUsersProperties(boolean enabled, List<DemoUser> users) {

    public DemoUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record DemoUser(String username, String name, String email, String role, String password) {
    }
}
