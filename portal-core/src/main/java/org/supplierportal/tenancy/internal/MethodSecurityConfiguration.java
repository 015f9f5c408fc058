package org.supplierportal.tenancy.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Switches on the services' own role checks ({@code @PreAuthorize}, {@code @RolesAllowed}) wherever the services
 * run: in the whole portal and in a test that starts one module, so a module test sees the same refusals a screen
 * or the API would.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {
}
