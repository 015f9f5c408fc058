package org.supplierportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection settings.
 *
 * @param maxFailedAttempts wrong passwords in a row before the account is locked
 * @param lockDuration      how long a locked account stays locked
 */
@ConfigurationProperties("portal.login")
public record LoginProperties(Integer maxFailedAttempts, Duration lockDuration) {

    public LoginProperties {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }

    LoginLockPolicy policy() {
        return new LoginLockPolicy(maxFailedAttempts, lockDuration);
    }
}
