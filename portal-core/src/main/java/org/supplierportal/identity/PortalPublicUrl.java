package org.supplierportal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The portal's address in the links it mails ({@link PublicUrlRule}): the configured one, or in the demo the
 * portal's own port on this machine. Checked when the portal starts.
 */
@Component
public class PortalPublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PortalPublicUrl.class);

    private final String configured;
    private final Environment environment;

    PortalPublicUrl(InvitationProperties invitations, @Value("${portal.demo.enabled:true}") boolean demoEnabled,
                    Environment environment) {
        this.configured = PublicUrlRule.check(invitations.publicUrl(), demoEnabled);
        this.environment = environment;
        if (configured == null) {
            log.info("{} is not set: links in e-mails point to this machine (demo)", PublicUrlRule.SETTING);
        }
    }

    /** e.g. https://portal.example.com, or http://localhost:8080 in the demo. */
    public String get() {
        if (configured != null) {
            return configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
