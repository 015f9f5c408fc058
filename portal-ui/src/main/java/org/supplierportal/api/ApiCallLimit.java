package org.supplierportal.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How many API calls the portal works on at once: the others wait their turn in the order they came, and a call that
 * waited longer than allowed is answered 503 with Retry-After rather than piling up.
 * <p>
 * Why: a call is CPU (its token, its query, its JSON) and a few short database round trips. When every call that
 * arrives is worked on at once, as many calls share the cores as there are callers, each is interrupted at every
 * turn, and its time grows with the number of callers: on two cores, 16 systems polling made the 95th percentile
 * twice the median (docs/benchmarks.md). Working on a few at a time, first come first served, gives even waiting
 * times and fewer switches between calls, and leaves cores for the people on the screens when systems flood the API.
 * A JDK semaphore in fair mode is all it takes; it sits before Spring Security, so checking the token is inside it.
 * <p>
 * A waiting call holds one of the web server's request threads, which the screens share. So only so many calls may
 * wait ({@code maxWaiting}, well below Tomcat's 200 threads); beyond that a call is answered 503 at once, and a flood
 * of API calls cannot leave the people on the screens without a thread.
 */
final class ApiCallLimit extends OncePerRequestFilter {

    private final Semaphore turns;
    private final int maxWaiting;
    private final Duration maxWait;

    /**
     * @param concurrentCalls how many calls are worked on at once
     * @param maxWaiting      how many calls may wait for their turn at once; one more is answered 503 at once
     * @param maxWait         how long a call may wait for its turn before it is answered 503
     */
    ApiCallLimit(int concurrentCalls, int maxWaiting, Duration maxWait) {
        if (concurrentCalls < 1) {
            throw new IllegalArgumentException("portal.api.concurrent-calls must be at least 1, was " + concurrentCalls);
        }
        if (maxWaiting < 0) {
            throw new IllegalArgumentException("portal.api.max-waiting-calls cannot be negative, was " + maxWaiting);
        }
        this.turns = new Semaphore(concurrentCalls, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** How many calls are waiting for their turn now (a gauge of the portal's metrics). */
    int waiting() {
        return turns.getQueueLength();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean tooManyWaiting = turns.getQueueLength() >= maxWaiting;
        if (!takeTurnWithin(tooManyWaiting ? Duration.ZERO : maxWait)) {
            long retryAfter = Math.max(1, maxWait.toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
            ApiProblemEntryPoint.write(response, HttpStatus.SERVICE_UNAVAILABLE, "busy", "The portal is busy",
                    "More API calls arrived than the portal works on at once, and " + (tooManyWaiting
                            ? "the calls waiting for their turn were already as many as allowed (" + maxWaiting + ")"
                            : "this one waited " + maxWait.toSeconds() + " s for its turn")
                            + ". Nothing was done. Try again in " + retryAfter + " s.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** Timed, even when zero: a fair semaphore's untimed tryAcquire would jump the queue. */
    private boolean takeTurnWithin(Duration wait) {
        try {
            return turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
