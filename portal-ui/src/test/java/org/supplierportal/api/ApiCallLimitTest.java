package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The API's call limit: a call beyond it waits for its turn, one that waited too long is answered 503, and so is one
 * that finds too many waiting already.
 */
class ApiCallLimitTest {

    private final AtomicInteger entered = new AtomicInteger();
    private final CountDownLatch finishFirst = new CountDownLatch(1);

    /** A call that is worked on until the test lets it finish. */
    private final FilterChain slowCall = (request, response) -> {
        entered.incrementAndGet();
        try {
            finishFirst.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    @Test
    void aCallBeyondTheLimitWaitsForItsTurnAndIsWorkedOnWhenOneEnds() throws Exception {
        ApiCallLimit limit = new ApiCallLimit(1, 10, Duration.ofMinutes(5));
        CompletableFuture<MockHttpServletResponse> first = call(limit, slowCall);
        await().until(() -> entered.get() == 1);

        CompletableFuture<MockHttpServletResponse> second = call(limit, (request, response) -> entered.incrementAndGet());
        await().until(() -> limit.waiting() == 1);
        assertThat(entered).hasValue(1);

        finishFirst.countDown();
        assertThat(first.get().getStatus()).isEqualTo(200);
        assertThat(second.get().getStatus()).isEqualTo(200);
        assertThat(entered).hasValue(2);
        assertThat(limit.waiting()).isZero();
    }

    @Test
    void aCallThatWaitedLongerThanAllowedIsAnswered503WithRetryAfterAndNothingDone() throws Exception {
        ApiCallLimit limit = new ApiCallLimit(1, 10, Duration.ZERO);
        CompletableFuture<MockHttpServletResponse> first = call(limit, slowCall);
        await().until(() -> entered.get() == 1);

        MockHttpServletResponse refused = call(limit, (request, response) -> entered.incrementAndGet()).get();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"title\":\"The portal is busy\"").contains("Nothing was done");
        assertThat(entered).hasValue(1);
        finishFirst.countDown();
        assertThat(first.get().getStatus()).isEqualTo(200);
    }

    @Test
    void aCallThatFindsTooManyWaitingIsAnswered503AtOnceAndTheWaitingOnesKeepTheirTurn() throws Exception {
        ApiCallLimit limit = new ApiCallLimit(1, 1, Duration.ofMinutes(5));
        CompletableFuture<MockHttpServletResponse> first = call(limit, slowCall);
        await().until(() -> entered.get() == 1);
        CompletableFuture<MockHttpServletResponse> waiting = call(limit, (request, response) -> entered.incrementAndGet());
        await().until(() -> limit.waiting() == 1);

        MockHttpServletResponse refused = call(limit, (request, response) -> entered.incrementAndGet()).get();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("300");
        assertThat(refused.getContentAsString()).contains("already as many as allowed (1)").contains("Nothing was done");
        assertThat(entered).hasValue(1);
        finishFirst.countDown();
        assertThat(first.get().getStatus()).isEqualTo(200);
        assertThat(waiting.get().getStatus()).isEqualTo(200);
        assertThat(entered).hasValue(2);
    }

    private static CompletableFuture<MockHttpServletResponse> call(ApiCallLimit limit, FilterChain work) {
        return CompletableFuture.supplyAsync(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            try {
                limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/orders"), response, work);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return response;
        }, runnable -> Thread.ofPlatform().start(runnable));
    }
}
