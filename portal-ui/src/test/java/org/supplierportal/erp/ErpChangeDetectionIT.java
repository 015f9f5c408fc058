package org.supplierportal.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.erp.inbound.ReconciliationReport;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.RevisionChange;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ErpIntegrationTest;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * Every change a buyer makes in Tryton that alters what the supplier must deliver reaches the supplier with the next
 * import: on the purchase, its lines or their moves, also when the purchase is old and newer ones have been imported
 * since (the feeds' watermarks are far past it). And a change no feed can see, written into Tryton's tables
 * directly, is found and repaired by the reconciliation, which says so.
 */
@ErpIntegrationTest
class ErpChangeDetectionIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final String ACME = TrytonTestServer.ACME_PARTY;

    @Autowired
    ErpJobs jobs;
    @Autowired
    IntegrationMonitor monitor;
    @Autowired
    OrderQueries orders;
    @Autowired
    Actors actors;
    @Autowired
    MeterRegistry meters;

    TrytonBuyer buyer;
    TrytonTables tables;

    @BeforeEach
    void erp() {
        TrytonTestServer tryton = TrytonTestServer.get();
        tryton.start();
        buyer = new TrytonBuyer(tryton.rpc());
        tables = new TrytonTables(tryton.databaseFile());
    }

    @Test
    void aDeliveryExpeditedOnTheMoveOfAnOldPurchaseReachesTheSupplierWithTheNextImport() {
        long purchase = oldPurchaseImportedBeforeANewerOne();
        long line = buyer.lineIds(purchase).get(1);

        buyer.moveDelivery(line, REQUESTED.minusDays(3));
        importOnce();

        assertThat(changesToRevision2(purchase)).containsExactly(
                tuple((int) line, RevisionChange.Kind.LINE_CHANGED, "Requested date", REQUESTED.toString(), REQUESTED.minusDays(3).toString()));
    }

    @Test
    void aQuantityRaisedOnALineOfAnOldPurchaseReachesTheSupplierWithTheNextImport() {
        long purchase = oldPurchaseImportedBeforeANewerOne();
        long line = buyer.lineIds(purchase).getFirst();

        buyer.changeQuantity(line, 120);
        importOnce();

        assertThat(changesToRevision2(purchase)).containsExactly(
                tuple((int) line, RevisionChange.Kind.LINE_CHANGED, "Quantity", "100", "120"));
    }

    @Test
    void aLineAddedToAnOldPurchaseReachesTheSupplierWithTheNextImport() {
        long purchase = oldPurchaseImportedBeforeANewerOne();

        long added = buyer.addLine(purchase, new TrytonBuyer.Line("SH-2040", 5, "24.60", REQUESTED.plusDays(5)));
        importOnce();

        assertThat(changesToRevision2(purchase)).containsExactly(
                tuple((int) added, RevisionChange.Kind.LINE_ADDED, "Line", null, "SH-2040, 5 u, " + REQUESTED.plusDays(5)));
    }

    @Test
    void aLineWhoseDeliveryTheBuyerCancelledIsCancelledForTheSupplier() {
        long purchase = oldPurchaseImportedBeforeANewerOne();
        long line = buyer.lineIds(purchase).get(1);

        buyer.cancelLine(purchase, line);
        importOnce();

        assertThat(changesToRevision2(purchase)).containsExactly(
                tuple((int) line, RevisionChange.Kind.LINE_REMOVED, "Line", "SH-2040, 20 u, " + REQUESTED, null));
        assertThat(actors.asSystem(() -> orders.detail(portalOrder(purchase).id())).lines())
                .filteredOn(view -> view.lineNumber() == (int) line).extracting(OrderLineView::status)
                .containsExactly(LineStatus.CANCELLED);
    }

    @Test
    void aPurchaseWhoseEveryDeliveryTheBuyerCancelledIsCancelledForTheSupplier() {
        long purchase = buyer.placeOrder(ACME, new TrytonBuyer.Line("SH-2040", 8, "24.60", REQUESTED));
        importOnce();

        buyer.cancelLine(purchase, buyer.lineIds(purchase).getFirst());
        importOnce();

        OrderForAnswer order = portalOrder(purchase);
        assertThat(order.revision()).isEqualTo(2);
        assertThat(actors.asSystem(() -> orders.detail(order.id())).summary().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(actors.asSystem(() -> monitor.deadLetters())).noneMatch(letter -> letter.recordKey().equals(String.valueOf(purchase)));
    }

    @Test
    void changesWrittenIntoTrytonsTablesAreMissedByTheFeedsButRepairedAndReportedByTheReconciliation() {
        List<Long> purchases = List.of(
                buyer.placeOrder(ACME, new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED)),
                buyer.placeOrder(ACME, new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED)),
                buyer.placeOrder(ACME, new TrytonBuyer.Line("SH-2040", 10, "24.60", REQUESTED)));
        importOnce();
        // Placed a while ago: the next import's overlap (it re-reads the last seconds) cannot reach them by chance.
        purchases.forEach(tables::placedADayAgo);
        // Whatever else this run left out of line is brought in line first: the next findings are this test's alone.
        reconcileAndWait();
        double repairedBefore = counter("portal.erp.reconciliation.repaired");

        long first = buyer.lineIds(purchases.get(0)).getFirst();
        long second = buyer.lineIds(purchases.get(1)).getFirst();
        long third = buyer.lineIds(purchases.get(2)).getFirst();
        tables.setPlannedDate(buyer.openMoves(first).getFirst(), REQUESTED.minusDays(4));
        tables.setQuantity(second, 150);
        tables.setQuantity(third, 12);
        tables.setPlannedDate(buyer.openMoves(third).getFirst(), REQUESTED.plusDays(2));
        importOnce();
        for (long purchase : purchases) {
            assertThat(portalOrder(purchase).revision()).as("no feed can see a change that touched no write date").isEqualTo(1);
        }

        ReconciliationReport report = reconcileAndWait();

        assertThat(report.status()).isEqualTo("COMPLETED");
        assertThat(report.findings().differed()).isEqualTo(3);
        assertThat(report.findings().repaired()).isEqualTo(3);
        assertThat(report.findings().sentence()).startsWith("3 orders differed from the ERP and were brought up to date");
        assertThat(counter("portal.erp.reconciliation.repaired") - repairedBefore).isEqualTo(3.0);
        assertThat(changesToRevision2(purchases.get(0))).containsExactly(tuple((int) first, RevisionChange.Kind.LINE_CHANGED,
                "Requested date", REQUESTED.toString(), REQUESTED.minusDays(4).toString()));
        assertThat(changesToRevision2(purchases.get(1))).containsExactly(tuple((int) second, RevisionChange.Kind.LINE_CHANGED,
                "Quantity", "100", "150"));
        assertThat(changesToRevision2(purchases.get(2))).containsExactlyInAnyOrder(
                tuple((int) third, RevisionChange.Kind.LINE_CHANGED, "Quantity", "10", "12"),
                tuple((int) third, RevisionChange.Kind.LINE_CHANGED, "Requested date", REQUESTED.toString(), REQUESTED.plusDays(2).toString()));
    }

    /**
     * A purchase placed yesterday and imported, then a newer purchase imported after it: every feed has read far past
     * the old purchase's records when the buyer changes it. Lines: BR-4711 100 and SH-2040 20, both on REQUESTED.
     */
    private long oldPurchaseImportedBeforeANewerOne() {
        long old = buyer.placeOrder(ACME, new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED),
                new TrytonBuyer.Line("SH-2040", 20, "24.60", REQUESTED));
        importOnce();
        tables.placedADayAgo(old);
        long newer = buyer.placeOrder(ACME, new TrytonBuyer.Line("BR-4711", 7, "1.85", REQUESTED));
        importOnce();
        assertThat(portalOrder(newer).revision()).isEqualTo(1);
        assertThat(portalOrder(old).revision()).isEqualTo(1);
        return old;
    }

    /** One run of the order import: what one import interval does. */
    private void importOnce() {
        assertThat(actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS)).status()).isEqualTo("COMPLETED");
    }

    /** The admin's "Run now" on the integration screen, and the findings it shows when the run has finished. */
    private ReconciliationReport reconcileAndWait() {
        Optional<ReconciliationReport> before = actors.asSystem(() -> monitor.lastReconciliation());
        assertThat(actors.asSystem(() -> monitor.runNow(ErpJob.RECONCILIATION))).isTrue();
        return await().atMost(Duration.ofSeconds(60)).until(() -> actors.asSystem(() -> monitor.lastReconciliation()),
                last -> last.isPresent() && !last.equals(before)).orElseThrow();
    }

    private List<org.assertj.core.groups.Tuple> changesToRevision2(long purchase) {
        OrderForAnswer order = portalOrder(purchase);
        assertThat(order.revision()).isEqualTo(2);
        return actors.asSystem(() -> orders.compare(order.id(), 1, 2)).changes().stream()
                .map(change -> tuple(change.lineNumber(), change.kind(), change.field(), change.before(), change.after()))
                .toList();
    }

    private OrderForAnswer portalOrder(long purchase) {
        return actors.asSystem(() -> orders.findByErpId("TRYTON", String.valueOf(purchase))).orElseThrow();
    }

    private double counter(String name) {
        return meters.get(name).functionCounter().count();
    }
}
