package org.supplierportal.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.github.bucket4j.Bandwidth;

/**
 * How many HTTP Basic calls with the right password the API takes, as a pure rule: each costs a BCrypt hash (~70 ms
 * of CPU), so one script could otherwise occupy a core. Two allowances, each a token bucket refilling evenly over
 * {@code period}: per account (a script that polls too often) and per client address (an IPv6 /64 counts as one;
 * several accounts behind one address). Systems use API clients and tokens instead, which cost microseconds.
 */
public record BasicCallPolicy(int perAccount, int perAddress, Duration period) {

    /** The buckets a call is counted in. */
    public enum Scope { ACCOUNT, ADDRESS }

    public BasicCallPolicy {
        if (perAccount < 1 || perAddress < 1) {
            throw new IllegalArgumentException("every allowance of HTTP Basic calls must be at least 1");
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the period of the HTTP Basic allowance must be positive");
        }
    }

    public Bandwidth bandwidth(Scope scope) {
        int allowance = scope == Scope.ACCOUNT ? perAccount : perAddress;
        return Bandwidth.builder().capacity(allowance).refillGreedy(allowance, period).build();
    }

    /** The keys of one call's buckets, in {@link Scope} order. */
    public static List<String> keys(String username, String clientAddress) {
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return List.of("basic-account:" + login, "basic-address:" + LoginThrottlePolicy.network(clientAddress));
    }
}
