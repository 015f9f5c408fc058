package org.supplierportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * A fixed number of GET requests shared by a number of client threads, each with its own HTTP/1.1 connection, as
 * many systems polling the portal at once would send them. Timed from the client: what a caller waits for.
 * <p>
 * The clients are Apache HttpClient's blocking ones: each request is sent and read on its own thread. The JDK's
 * HttpClient (used before 1 December 2026) hands every request to a selector thread and back, which on this
 * two-core machine, where the clients share the cores with the portal, cost the portal a share of its CPU and added
 * scheduling delays to the times measured (docs/benchmarks.md has both figures).
 */
final class HttpLoad {

    private HttpLoad() {
    }

    record Run(String name, int requests, int failures, double seconds, List<Double> millis) {

        static String header() {
            return String.format("| %-32s | %8s | %8s | %10s | %8s | %8s | %8s |%n|%s|%s|%s|%s|%s|%s|%s|", "run",
                    "requests", "failures", "requests/s", "p50 ms", "p95 ms", "max ms", "-".repeat(34), "-".repeat(10),
                    "-".repeat(10), "-".repeat(12), "-".repeat(10), "-".repeat(10), "-".repeat(10));
        }

        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format("| %-32s | %8d | %8d | %10.0f | %8.2f | %8.2f | %8.2f |", name, requests, failures,
                    perSecond(), Timings.percentile(millis, 50), Timings.percentile(millis, 95), millis.getLast());
        }
    }

    /** Prints the runs under a title and the machine's load average, and writes them to target/benchmarks/{file}. */
    static void report(String title, List<Run> runs, String file) throws IOException {
        StringBuilder report = new StringBuilder();
        report.append(title).append("; load average before: ").append(Files.readString(Path.of("/proc/loadavg")).strip())
                .append(System.lineSeparator()).append(Run.header()).append(System.lineSeparator());
        runs.forEach(run -> report.append(run).append(System.lineSeparator()));
        System.out.println(report);
        Path written = Path.of("target", "benchmarks", file);
        Files.createDirectories(written.getParent());
        Files.writeString(written, report.toString());
    }

    /** {@code requests} calls of {@code url} shared by {@code clients} threads; an answer other than 200 is a failure. */
    static Run run(String name, URI url, String authorization, int clients, int requests) throws InterruptedException {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger remaining = new AtomicInteger(requests);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            Thread.ofPlatform().start(() -> {
                try (CloseableHttpClient http = HttpClients.createMinimal()) {
                    while (remaining.getAndDecrement() > 0) {
                        HttpGet request = new HttpGet(url);
                        request.setHeader("Authorization", authorization);
                        long sent = System.nanoTime();
                        int status = http.execute(request, response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode();
                        });
                        millis.add((System.nanoTime() - sent) / 1_000_000.0);
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
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
