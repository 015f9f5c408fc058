package org.supplierportal.erp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.erp.inbound.ReconciliationFindings;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ErpIntegrationTest;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * The cost of the reconciliation: every open order compared with a real Tryton, in time and in JSON-RPC calls, for
 * 10,000 open orders of three lines each; then the same with 1 % of them changed behind Tryton's back. Also what an
 * import run costs Tryton when nothing changed. Run with the command in docs/benchmarks.md; not part of the test run.
 */
@ErpIntegrationTest
@TestPropertySource(properties = "portal.erp.chunk-size=100")
class ReconciliationBenchmark {

    static final int ORDERS = Integer.getInteger("benchmark.reconciliation.orders", 10_000);
    static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    ErpJobs jobs;
    @Autowired
    IntegrationMonitor monitor;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Actors actors;
    @Autowired
    ErpProperties properties;
    @Autowired
    OrderQueries orders;

    @Test
    void reconciliationOfOpenOrders() throws Exception {
        TrytonTestServer tryton = TrytonTestServer.get();
        tryton.start();
        TrytonBuyer buyer = new TrytonBuyer(tryton.rpc());
        TrytonTables tables = new TrytonTables(tryton.databaseFile());
        long template = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED),
                new TrytonBuyer.Line("SH-2040", 20, "24.60", REQUESTED), new TrytonBuyer.Line("BR-4711", 50, "1.85", REQUESTED.plusDays(7)));
        List<Long> purchases = tables.copyPurchase(template, ORDERS - 1);
        long start = System.nanoTime();
        String last = String.valueOf(purchases.getLast());
        for (int run = 0; run < 3 && actors.asSystem(() -> orders.findByErpId("TRYTON", last)).isEmpty(); run++) {
            actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;

        StringBuilder report = new StringBuilder(String.format("%,d open orders of 3 lines (Tryton on SQLite, the portal on"
                + " embedded PostgreSQL, the same machine), reconciliation chunks of %d orders:%n%n", ORDERS,
                properties.reconciliationChunkSize()));
        report.append("| run | time | Tryton calls | orders compared | differed | brought up to date |\n|---|---|---|---|---|---|\n");
        report.append(reconcile("nothing changed"));
        for (int i = 0; i < ORDERS / 100; i++) {
            long line = buyer.lineIds(purchases.get(i * 99 % purchases.size())).getFirst();
            tables.setPlannedDate(buyer.openMoves(line).getFirst(), REQUESTED.minusDays(1 + i % 5));
        }
        report.append(reconcile("1 % changed in Tryton's tables"));
        double before = calls();
        long idle = System.nanoTime();
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        report.append(String.format("%nAn import run with nothing new: %.0f Tryton calls, %.0f ms. (First import of the %,d"
                + " orders through the change feeds, chunks of 100: %.0f s.)%n", calls() - before, (System.nanoTime() - idle) / 1e6, ORDERS, importSeconds));
        System.out.println("\n" + report);
        Path file = Path.of("target", "benchmarks", "reconciliation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
    }

    private String reconcile(String what) {
        double before = calls();
        long start = System.nanoTime();
        JobRunView run = actors.asSystem(() -> jobs.runAndWait(ErpJob.RECONCILIATION));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!run.status().equals("COMPLETED")) {
            throw new IllegalStateException("reconciliation " + run.status() + ": " + run.exitMessage());
        }
        ReconciliationFindings findings = actors.asSystem(() -> monitor.lastReconciliation()).orElseThrow().findings();
        return String.format("| %s | %.1f s | %.0f | %,d | %,d | %,d |%n", what, seconds, calls() - before, findings.checked(),
                findings.differed(), findings.repaired());
    }

    private double calls() {
        return meters.get("portal.erp.tryton.calls").functionCounter().count();
    }
}
