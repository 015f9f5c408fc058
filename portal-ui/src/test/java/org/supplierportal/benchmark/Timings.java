package org.supplierportal.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Repeats an operation and reports its median and 95th percentile in milliseconds. */
final class Timings {

    private Timings() {
    }

    record Result(String name, int runs, double p50, double p95, double max) {

        @Override
        public String toString() {
            return String.format("| %-58s | %5d | %8.2f | %8.2f | %8.2f |", name, runs, p50, p95, max);
        }
    }

    static Result measure(String name, int warmup, int runs, Supplier<?> operation) {
        for (int i = 0; i < warmup; i++) {
            operation.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.get();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        return new Result(name, runs, percentile(millis, 50), percentile(millis, 95), millis.getLast());
    }

    static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String header() {
        return String.format("| %-58s | %5s | %8s | %8s | %8s |%n|%s|%s|%s|%s|%s|", "operation (server side, ms)", "runs",
                "p50", "p95", "max", "-".repeat(60), "-".repeat(7), "-".repeat(10), "-".repeat(10), "-".repeat(10));
    }
}
