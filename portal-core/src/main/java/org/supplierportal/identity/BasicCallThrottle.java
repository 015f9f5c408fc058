package org.supplierportal.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Counts the API's successful HTTP Basic calls in the buckets of {@link BasicCallPolicy}. A call beyond an allowance
 * is refused before its password is hashed. Only calls with the right password use the allowance, so a stranger who
 * does not know it cannot use up a person's (wrong passwords have {@link LoginThrottle}). In memory, per node,
 * bounded in number, forgotten when idle.
 */
public class BasicCallThrottle {

    private static final long MAX_BUCKETS = 100_000;

    private final BasicCallPolicy policy;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** @param time the buckets' clock: the system's, or a test's that moves on demand */
    public BasicCallThrottle(BasicCallPolicy policy, TimeMeter time) {
        this.policy = policy;
        this.time = time;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_BUCKETS).expireAfterAccess(policy.period()).build();
    }

    /** How long the caller must wait before the next call is taken; empty when it may call now. */
    public Optional<Duration> waitBeforeCall(String username, String clientAddress) {
        List<String> keys = BasicCallPolicy.keys(username, clientAddress);
        BasicCallPolicy.Scope[] scopes = BasicCallPolicy.Scope.values();
        long waitNanos = 0;
        for (int i = 0; i < scopes.length; i++) {
            Bucket bucket = bucket(keys.get(i), scopes[i]);
            if (bucket.getAvailableTokens() < 1) {
                waitNanos = Math.max(waitNanos, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            }
        }
        return waitNanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(waitNanos));
    }

    /** A call with the right password: one less in each allowance. */
    public void called(String username, String clientAddress) {
        List<String> keys = BasicCallPolicy.keys(username, clientAddress);
        BasicCallPolicy.Scope[] scopes = BasicCallPolicy.Scope.values();
        for (int i = 0; i < scopes.length; i++) {
            bucket(keys.get(i), scopes[i]).tryConsume(1);
        }
    }

    private Bucket bucket(String key, BasicCallPolicy.Scope scope) {
        return buckets.get(key, ignored -> Bucket.builder().addLimit(policy.bandwidth(scope)).withCustomTimePrecision(time).build());
    }
}
