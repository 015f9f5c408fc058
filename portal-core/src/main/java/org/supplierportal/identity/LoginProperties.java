package org.supplierportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection settings. Wrong passwords are throttled, never locked (see {@link LoginThrottlePolicy}).
 *
 * @param maxFailedAttempts            wrong passwords for one login from one client address within {@code lockDuration}
 * @param lockDuration                 the period over which each allowance comes back, one attempt at a time (the
 *                                     name is kept from when it was a lock's duration)
 * @param maxFailedAttemptsPerAddress  wrong passwords from one client address, any logins, within the period
 * @param maxFailedAttemptsPerLogin    wrong passwords for one login from all addresses together, within the period
 * @param mode                         LOCAL: accounts and passwords in the portal; OIDC: people log in through Keycloak
 * @param maxBasicCallsPerAccount      API calls with HTTP Basic (right password) per account within {@code basicCallsPeriod}
 * @param maxBasicCallsPerAddress      API calls with HTTP Basic (right password) per client address within the period
 * @param basicCallsPeriod             the period over which the HTTP Basic allowances come back, evenly
 */
@ConfigurationProperties("portal.login")
public record LoginProperties(Integer maxFailedAttempts, Duration lockDuration, Integer maxFailedAttemptsPerAddress,
                              Integer maxFailedAttemptsPerLogin, Mode mode, Integer maxBasicCallsPerAccount,
                              Integer maxBasicCallsPerAddress, Duration basicCallsPeriod) {

    public enum Mode { LOCAL, OIDC }

    /** Where the browser log-in through the identity provider starts (Spring Security's authorization request). */
    public static final String OIDC_LOGIN_PATH = "/oauth2/authorization/keycloak";

    public LoginProperties {
        mode = mode == null ? Mode.LOCAL : mode;
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        maxFailedAttemptsPerAddress = maxFailedAttemptsPerAddress == null ? 30 : maxFailedAttemptsPerAddress;
        maxFailedAttemptsPerLogin = maxFailedAttemptsPerLogin == null ? 50 : maxFailedAttemptsPerLogin;
        maxBasicCallsPerAccount = maxBasicCallsPerAccount == null ? 60 : maxBasicCallsPerAccount;
        maxBasicCallsPerAddress = maxBasicCallsPerAddress == null ? 120 : maxBasicCallsPerAddress;
        basicCallsPeriod = basicCallsPeriod == null ? Duration.ofMinutes(1) : basicCallsPeriod;
    }

    BasicCallPolicy basicCallPolicy() {
        return new BasicCallPolicy(maxBasicCallsPerAccount, maxBasicCallsPerAddress, basicCallsPeriod);
    }

    LoginThrottlePolicy throttlePolicy() {
        return new LoginThrottlePolicy(maxFailedAttempts, maxFailedAttemptsPerAddress, maxFailedAttemptsPerLogin, lockDuration);
    }
}
