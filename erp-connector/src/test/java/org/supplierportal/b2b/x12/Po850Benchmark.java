package org.supplierportal.b2b.x12;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.OrderDocument;

/**
 * Outbound 850s in bulk (issue 14): 10,000 purchase orders of 10 lines written as X12 004010 interchanges with their
 * own control numbers, then every one re-read and validated by StAEDI against the 850 schema, as the partner's
 * translator would. Timed separately. Not part of the test run (its name ends in neither Test nor IT); the command is
 * in docs/benchmarks.md. Prints the figures and writes them to erp-connector/target/benchmarks/po850.md.
 */
class Po850Benchmark {

    static final int ORDERS = Integer.getInteger("benchmark.po850.orders", 10_000);
    static final int LINES = 10;

    @Test
    void tenThousandPurchaseOrdersWrittenAndReadBack() throws Exception {
        List<OrderDocument> orders = new ArrayList<>();
        for (int n = 1; n <= ORDERS; n++) {
            orders.add(order(n));
        }
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 12, 0);
        writeAll(orders, now); // warm-up: the same work once before it is timed

        long start = System.nanoTime();
        List<String> written = writeAll(orders, now);
        long writeMillis = (System.nanoTime() - start) / 1_000_000;
        long bytes = written.stream().mapToLong(String::length).sum();

        start = System.nanoTime();
        int invalid = 0;
        for (String edi : written) {
            if (!X12Reader.read(edi.getBytes(StandardCharsets.ISO_8859_1)).valid()) {
                invalid++;
            }
        }
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        if (invalid > 0) {
            throw new IllegalStateException(invalid + " of the written 850s did not validate");
        }

        String report = """
                | work | documents | total | per second | per document |
                |---|---|---|---|---|
                | 850 written (%d lines each, %,d KB in all) | %,d | %,d ms | %,.0f | %.2f ms |
                | 850 re-read and validated by StAEDI | %,d | %,d ms | %,.0f | %.2f ms |
                """.formatted(LINES, bytes / 1024, ORDERS, writeMillis, ORDERS * 1000.0 / writeMillis,
                writeMillis / (double) ORDERS, ORDERS, readMillis, ORDERS * 1000.0 / readMillis, readMillis / (double) ORDERS);
        System.out.println("\n" + report);
        Path file = Path.of("target/benchmarks/po850.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private static List<String> writeAll(List<OrderDocument> orders, LocalDateTime now) {
        List<String> written = new ArrayList<>(orders.size());
        long control = 1;
        for (OrderDocument order : orders) {
            written.add(Po850Mapping.write(order, Po850MappingTest.BUYER_TO_SUPPLIER, control, control, false, now));
            control++;
        }
        return written;
    }

    /** Order n: 10 lines with buyer and supplier parts, one delivery each. */
    private static OrderDocument order(int n) {
        LocalDate date = LocalDate.of(2026, 12, 15);
        List<OrderDocument.Line> lines = new ArrayList<>();
        for (int line = 1; line <= LINES; line++) {
            lines.add(new OrderDocument.Line(line * 10, Integer.toString(line), "A-" + line, "S-" + line, "Bracket " + line,
                    new BigDecimal(line * 5), "pcs", new BigDecimal("9.25"), BigDecimal.ONE, date.plusDays(line),
                    List.of(new OrderDocument.Schedule(new BigDecimal(line * 5), date.plusDays(line)))));
        }
        return new OrderDocument("TRYTON", Integer.toString(n), "PO-" + n, 1, "SUP-1", "Bea Buyer", "bea@example.com", "EUR",
                null, null, "Plant 2, Dock 4", LocalDate.of(2026, 12, 1), lines);
    }
}
