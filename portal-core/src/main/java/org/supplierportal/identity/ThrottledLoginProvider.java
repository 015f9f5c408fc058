package org.supplierportal.identity;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The local password check of the log-in form and of HTTP Basic on the API, throttled: an attempt beyond the
 * allowance is refused before the password is hashed, so wrong passwords cannot buy unbounded BCrypt work. Every
 * failure (unknown login, wrong password, deactivated, throttled) is the same {@link BadCredentialsException}, so
 * the answer tells nobody which logins exist.
 */
class ThrottledLoginProvider implements AuthenticationProvider {

    /** The one message for every failed log-in. */
    static final String FAILED = "Incorrect username or password";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLoginProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (!throttle.mayTry(username, address)) {
            throw new BadCredentialsException(FAILED);
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return authenticated;
        } catch (BadCredentialsException | AccountStatusException failed) {
            throttle.failed(username, address);
            throw new BadCredentialsException(FAILED, failed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
