package org.supplierportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.apiclient.CreatedApiClient;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;

/**
 * The API under concurrent load: {@code GET /api/v1/orders} (first page, 50 orders of the demo supplier Acme) from
 * 16 clients at once, for a fixed number of requests, with an API client's bearer token and, for comparison, with
 * HTTP Basic. Not part of the test run (its name ends in neither Test nor IT); run it with the command in
 * docs/benchmarks.md. Prints the figures and writes them to portal-ui/target/benchmarks/api.md. The Basic allowance
 * per login is lifted here: the benchmark measures what a call costs, not the limit.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.login.max-basic-calls-per-account=1000000",
        "portal.login.max-basic-calls-per-address=1000000"})
class ApiBenchmark {

    static final int CLIENTS = Integer.getInteger("benchmark.api.clients", 16);
    static final int BEARER_REQUESTS = Integer.getInteger("benchmark.api.requests", 8000);
    static final int BASIC_REQUESTS = Integer.getInteger("benchmark.api.basic-requests", 400);
    static final String PATH = "/api/v1/orders?limit=50";

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    record Run(String name, int requests, int failures, double seconds, List<Double> millis) {

        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format("| %-32s | %8d | %8d | %10.0f | %8.2f | %8.2f | %8.2f |", name, requests, failures,
                    perSecond(), Timings.percentile(millis, 50), Timings.percentile(millis, 95), millis.getLast());
        }
    }

    @Test
    void ordersFirstPageWithBearerTokensAndWithBasic() throws Exception {
        CreatedApiClient erp = actors.as(actors.admin(), () -> clients.create(new ApiClientDraft("Benchmark ERP",
                actors.tenant("acme-metals").id(), EnumSet.of(ApiScope.ORDERS_READ), clock.instant().plus(1, ChronoUnit.DAYS))));
        String bearer = "Bearer " + new ApiCalls(port).token(erp.client().clientId(), erp.secret(), null);
        String basic = "Basic " + Base64.getEncoder().encodeToString("acme.anna:demo123".getBytes(StandardCharsets.UTF_8));

        run("warm-up (bearer)", bearer, 1000);
        run("warm-up (Basic)", basic, 50);
        List<Run> runs = List.of(run("bearer token, 16 clients", bearer, BEARER_REQUESTS),
                run("HTTP Basic, 16 clients", basic, BASIC_REQUESTS));

        StringBuilder report = new StringBuilder();
        report.append("GET ").append(PATH).append(", ").append(CLIENTS).append(" concurrent clients; load average before: ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip()).append(System.lineSeparator())
                .append(String.format("| %-32s | %8s | %8s | %10s | %8s | %8s | %8s |%n|%s|%s|%s|%s|%s|%s|%s|", "run", "requests",
                        "failures", "requests/s", "p50 ms", "p95 ms", "max ms", "-".repeat(34), "-".repeat(10),
                        "-".repeat(10), "-".repeat(12), "-".repeat(10), "-".repeat(10), "-".repeat(10)))
                .append(System.lineSeparator());
        runs.forEach(run -> report.append(run).append(System.lineSeparator()));
        System.out.println(report);
        Path file = Path.of("target", "benchmarks", "api.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
    }

    /** {@code requests} calls shared by {@link #CLIENTS} threads, each with its own connection. */
    private Run run(String name, String authorization, int requests) throws Exception {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger remaining = new AtomicInteger(requests);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Authorization", authorization).GET().build();
        long start = System.nanoTime();
        for (int client = 0; client < CLIENTS; client++) {
            Thread.ofPlatform().start(() -> {
                try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                    while (remaining.getAndDecrement() > 0) {
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        millis.add((System.nanoTime() - sent) / 1_000_000.0);
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        Run run = new Run(name, sorted.size(), failures.get(), seconds, sorted);
        System.out.println(run);
        return run;
    }
}
