package org.supplierportal.identity;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts wrong passwords in the buckets of {@link LoginThrottlePolicy}. In memory, per node: with several nodes an
 * attacker gets each node's allowance (sticky sessions do not bind a script). The buckets are bounded in number and
 * dropped when unused for a period, so made-up logins cannot fill the memory.
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final long MAX_BUCKETS = 200_000;

    private final LoginThrottlePolicy policy;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** @param time the buckets' clock: the system's, or a test's that moves on demand */
    LoginThrottle(LoginThrottlePolicy policy, TimeMeter time) {
        this.policy = policy;
        this.time = time;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_BUCKETS).expireAfterAccess(policy.period()).build();
    }

    /** Whether an attempt may be checked at all; a refused one costs no password hashing. */
    boolean mayTry(String username, String clientAddress) {
        List<String> keys = LoginThrottlePolicy.keys(username, clientAddress);
        LoginThrottlePolicy.Scope[] scopes = LoginThrottlePolicy.Scope.values();
        for (int i = 0; i < scopes.length; i++) {
            if (bucket(keys.get(i), scopes[i]).getAvailableTokens() < 1) {
                log.warn("Log-in attempt for '{}' from {} refused without checking: too many wrong passwords ({})",
                        username, clientAddress, scopes[i]);
                return false;
            }
        }
        return true;
    }

    /** A wrong password (or an unknown or unusable login): one less attempt in each allowance. */
    void failed(String username, String clientAddress) {
        List<String> keys = LoginThrottlePolicy.keys(username, clientAddress);
        LoginThrottlePolicy.Scope[] scopes = LoginThrottlePolicy.Scope.values();
        for (int i = 0; i < scopes.length; i++) {
            bucket(keys.get(i), scopes[i]).tryConsume(1);
        }
    }

    /** The person knew the password: their mistakes from this address are forgiven (the shared allowances stay). */
    void succeeded(String username, String clientAddress) {
        buckets.invalidate(LoginThrottlePolicy.keys(username, clientAddress).getFirst());
    }

    private Bucket bucket(String key, LoginThrottlePolicy.Scope scope) {
        return buckets.get(key, ignored -> Bucket.builder().addLimit(policy.bandwidth(scope))
                .withCustomTimePrecision(time).build());
    }
}
