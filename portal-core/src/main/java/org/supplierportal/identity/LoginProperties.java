package org.supplierportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection settings.
 *
 * @param maxFailedAttempts wrong passwords in a row before the account is locked
 * @param lockDuration      how long a locked account stays locked
 * @param mode              LOCAL: accounts and passwords in the portal; OIDC: people log in through Keycloak
 */
@ConfigurationProperties("portal.login")
public record LoginProperties(Integer maxFailedAttempts, Duration lockDuration, Mode mode) {

    public enum Mode { LOCAL, OIDC }

    /** Where the browser log-in through the identity provider starts (Spring Security's authorization request). */
    public static final String OIDC_LOGIN_PATH = "/oauth2/authorization/keycloak";

    public LoginProperties {
        mode = mode == null ? Mode.LOCAL : mode;
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }

    LoginLockPolicy policy() {
        return new LoginLockPolicy(maxFailedAttempts, lockDuration);
    }
}
