package org.supplierportal.api;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** An HTTP Basic call beyond the login's or address's allowance: answered 429 with the time to wait. */
final class TooManyBasicCallsException extends AuthenticationException {

    private final Duration retryAfter;

    TooManyBasicCallsException(Duration retryAfter) {
        super("Too many HTTP Basic calls");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
