package org.supplierportal.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.bucket4j.Bandwidth;

/**
 * How many wrong passwords the portal takes before it stops checking, as a pure rule. Three allowances, each a token
 * bucket that refills evenly over {@code period}:
 * <ul>
 *   <li>one login from one client address: {@code perLoginAndAddress} (guessing one person's password);</li>
 *   <li>one client address, any logins: {@code perAddress} (trying one password on many logins);</li>
 *   <li>one login, all addresses together: {@code perLogin} (guessing from many addresses).</li>
 * </ul>
 * There is no lock: a stranger's wrong passwords use up their own allowance, not the person's, who logs in from
 * another address; only a guess from many addresses at once reaches the shared one, and that refills as it is used.
 */
public record LoginThrottlePolicy(int perLoginAndAddress, int perAddress, int perLogin, Duration period) {

    /** The buckets a log-in attempt is counted in. */
    public enum Scope { LOGIN_FROM_ADDRESS, ADDRESS, LOGIN }

    public LoginThrottlePolicy {
        if (perLoginAndAddress < 1 || perAddress < 1 || perLogin < 1) {
            throw new IllegalArgumentException("every allowance of wrong passwords must be at least 1");
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the throttling period must be positive");
        }
    }

    public Bandwidth bandwidth(Scope scope) {
        int allowance = switch (scope) {
            case LOGIN_FROM_ADDRESS -> perLoginAndAddress;
            case ADDRESS -> perAddress;
            case LOGIN -> perLogin;
        };
        return Bandwidth.builder().capacity(allowance).refillGreedy(allowance, period).build();
    }

    /** The keys of one attempt's buckets, in {@link Scope} order. */
    public static List<String> keys(String username, String clientAddress) {
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = network(clientAddress);
        return List.of("login:" + login + "@" + address, "address:" + address, "login:" + login);
    }

    /**
     * The client's address as the throttle counts it. An IPv6 client usually has a whole /64 network to choose
     * addresses from, so that network is what counts; an IPv4 address counts alone.
     */
    static String network(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        if (!clientAddress.contains(":")) {
            return clientAddress;
        }
        try {
            // An address literal: parsed, never looked up.
            byte[] bytes = InetAddress.getByName(clientAddress).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return clientAddress;
        }
    }
}
