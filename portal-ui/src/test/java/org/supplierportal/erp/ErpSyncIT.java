package org.supplierportal.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.inbox.BuyerDecisions;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.erp.deadletter.DeadLetterView;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.invoice.InvoiceFilter;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.invoice.InvoiceView;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderDetail;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.RevisionChange;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnNotChangeableException;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnStatus;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ErpIntegrationTest;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * Two-way sync with a real Tryton 6.0: orders in, answers out, ASNs out, receipts in; and the faults a real
 * integration meets: the ERP away, runs repeated, runs broken off, malformed records.
 */
@ErpIntegrationTest
class ErpSyncIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    ErpJobs jobs;
    @Autowired
    AsnService asns;
    @Autowired
    AsnQueries asnQueries;
    @Autowired
    IntegrationMonitor monitor;
    @Autowired
    OrderQueries orders;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    InboxQueries inbox;
    @Autowired
    BuyerDecisions decisions;
    @Autowired
    Actors actors;
    @Autowired
    InvoiceQueries invoiceQueries;

    TrytonTestServer tryton;
    TrytonBuyer buyer;

    @BeforeEach
    void erp() {
        // One Tryton database for the class: its ids keep growing like a real ERP's, so the portal (whose database
        // lives for the whole run) never meets the same purchase id twice. Tests use their own products.
        tryton = TrytonTestServer.get();
        tryton.start();
        buyer = new TrytonBuyer(tryton.rpc());
    }

    @Test
    void anOrderPlacedInTrytonIsAnsweredInThePortalAndTheAnswersReachTryton() {
        long purchase = buyer.placeOrder(TrytonTestServer.ACME_PARTY,
                new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED), new TrytonBuyer.Line("SH-2040", 20, "24.60", REQUESTED));
        List<Long> lines = buyer.lineIds(purchase);

        JobRunView run = actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));

        assertThat(run.status()).isEqualTo("COMPLETED");
        OrderForAnswer order = portalOrder(purchase);
        assertThat(order.lines()).extracting(OrderLineView::partNumber).containsExactly("BR-4711", "SH-2040");
        assertThat(order.tenantId()).isEqualTo(actors.tenant("acme-metals").id());

        // Line 1 within Acme's tolerances (5 % more, 2 days later): confirmed and sent at once.
        // Line 2 nine days later: to the buyer, who approves; then it goes to Tryton too.
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order.id(), 1,
                UUID.randomUUID().toString(), null, List.of(
                        LineAnswer.propose(lines.get(0).intValue(), new BigDecimal("105"), REQUESTED.plusDays(2), null),
                        LineAnswer.propose(lines.get(1).intValue(), null, REQUESTED.plusDays(9), null)))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(buyer.line(lines.get(0)).get("quantity").asDouble()).isEqualTo(105.0);
            assertThat(buyer.plannedDateOfOpenMove(lines.get(0))).isEqualTo(REQUESTED.plusDays(2));
        });
        assertThat(buyer.plannedDateOfOpenMove(lines.get(1))).as("outside tolerance: not sent before the buyer decides")
                .isEqualTo(REQUESTED);

        ExceptionView exception = await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.buyer(),
                () -> inbox.ofOrder(order.id())).stream().filter(e -> e.status() == ExceptionStatus.OPEN).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        actors.as(actors.buyer(), () -> decisions.approve(exception.id(), null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(buyer.plannedDateOfOpenMove(lines.get(1))).isEqualTo(REQUESTED.plusDays(9)));
        assertThat(buyer.amendments(purchase)).as("one amendment, for the quantity").isEqualTo(1);

        // Tryton now carries the agreed values: importing them again asks nobody to answer again.
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        OrderDetail echoed = actors.asSystem(() -> orders.detail(order.id()));
        assertThat(echoed.lines()).extracting(OrderLineView::status).containsOnly(LineStatus.COMMITTED);

        // The buyer changes the order in Tryton: a new revision, the change view, the line to answer again.
        buyer.amendQuantity(purchase, lines.get(1), 25);
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        OrderDetail changed = actors.asSystem(() -> orders.detail(order.id()));
        assertThat(changed.summary().status()).isEqualTo(OrderStatus.CHANGED);
        assertThat(actors.asSystem(() -> orders.changesSinceLastAnswer(order.id())).changes())
                .extracting(RevisionChange::lineNumber, RevisionChange::field, RevisionChange::before, RevisionChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple(lines.get(1).intValue(), "Quantity", "20", "25"));
    }

    @Test
    void anAsnBecomesADraftShipmentFollowsItsChangesAndAShortReceiptReachesTheBuyer() {
        long purchase = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED));
        long line = buyer.lineIds(purchase).getFirst();
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        OrderForAnswer order = portalOrder(purchase);
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order.id(), 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept((int) line)))));

        AsnView asn = actors.as(actors.supplierUser("acme-metals"), () -> asns.create(new AsnDraft(LocalDate.now(),
                LocalDate.now().plusDays(2), "DHL Freight", "JD0123", null,
                List.of(new AsnDraft.Line(order.id().value(), (int) line, new BigDecimal("80"), "LOT-7", List.of())),
                List.of(new AsnDraft.Package("Pallet", new BigDecimal("412.5"), List.of(new AsnDraft.Content(1, new BigDecimal("80"))))))));
        assertThat(asn.packages().getFirst().sscc()).startsWith("00614141").hasSize(18);

        await().atMost(Duration.ofSeconds(20)).until(() -> !buyer.shipmentsWithReference(asn.number()).isEmpty());
        long shipment = buyer.shipmentsWithReference(asn.number()).getFirst();
        assertThat(buyer.shipment(shipment).get("state").asString()).isEqualTo("draft");
        assertThat(buyer.moveQuantities(shipment)).containsExactly(80.0);

        // A second version: the same shipment carries 90 now.
        AsnView changed = actors.as(actors.supplierUser("acme-metals"), () -> asns.change(asn.id(), asn.version(),
                new AsnDraft(LocalDate.now(), LocalDate.now().plusDays(3), "DHL Freight", "JD0123", null,
                        List.of(new AsnDraft.Line(order.id().value(), (int) line, new BigDecimal("90"), "LOT-7", List.of())),
                        List.of())));
        assertThat(changed.asnVersion()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(buyer.moveQuantities(shipment)).containsExactly(90.0));
        assertThat(buyer.shipmentsWithReference(asn.number())).hasSize(1);

        // The warehouse counts 84 and books that: 6 short, more than Acme's 0 % under-delivery tolerance.
        buyer.setMoveQuantities(shipment, 84);
        buyer.receive(shipment);
        actors.asSystem(() -> jobs.runAndWait(ErpJob.RECEIPTS));
        actors.asSystem(() -> jobs.runAndWait(ErpJob.RECEIPTS));

        AsnView received = actors.as(actors.supplierUser("acme-metals"), () -> asnQueries.find(asn.id()));
        assertThat(received.status()).isEqualTo(AsnStatus.RECEIVED);
        assertThat(received.lines().getFirst().receivedQuantity()).isEqualByComparingTo("84");
        assertThat(actors.asSystem(() -> orders.detail(order.id())).lines().getFirst().receivedQuantity()).isEqualByComparingTo("84");
        ExceptionView shortReceipt = await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.buyer(),
                () -> inbox.ofOrder(order.id())).stream().filter(e -> e.type() == ExceptionType.RECEIPT_DIFFERS_FROM_ASN).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(shortReceipt.rule()).contains("Received 84 u of the 90 u the ASN shipped: 6 u short");
        // Kept as its quantities and limit, so that each buyer reads it in their language.
        assertThat(shortReceipt.reason().values()).containsExactly("84", "90", "u", "0");
        assertThat(shortReceipt.reason().explanation().in(java.util.Locale.GERMAN))
                .startsWith("Eingegangen sind 84 u von 90 u laut Lieferavis: 6 u zu wenig");
        assertThatThrownBy(() -> actors.as(actors.supplierUser("acme-metals"), () -> asns.cancel(asn.id())))
                .isInstanceOf(AsnNotChangeableException.class);
    }

    @Test
    void aSupplierInvoiceInTrytonShowsItsStatusAndAPriceVarianceBlocksItForTheBuyer() {
        long purchase = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("BR-4711", 50, "1.85", REQUESTED));
        long line = buyer.lineIds(purchase).getFirst();
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        OrderForAnswer order = portalOrder(purchase);
        buyer.receiveLine(purchase, line, "DN-" + purchase);
        actors.asSystem(() -> jobs.runAndWait(ErpJob.RECEIPTS));

        // Invoiced at 2.10 where 1.85 was agreed (Acme may not be over at all): blocked, with the reason, for the buyer.
        long invoice = buyer.enterInvoice(purchase, line, 50, "2.10", "INV-" + purchase);
        actors.asSystem(() -> jobs.runAndWait(ErpJob.INVOICES));
        InvoiceView blocked = actors.as(actors.supplierUser("acme-metals"), () -> invoiceQueries.ofOrder(order.id())).getFirst();
        assertThat(blocked.invoiceNumber()).isEqualTo("INV-" + purchase);
        assertThat(blocked.status()).isEqualTo(InvoiceStatus.BLOCKED);
        assertThat(blocked.blockReason().english()).contains("Price variance on line " + line + " (BR-4711): invoiced 2.1 EUR, agreed 1.85 EUR");
        ExceptionView exception = await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.buyer(),
                () -> inbox.ofOrder(order.id())).stream().filter(e -> e.type() == ExceptionType.INVOICE_BLOCKED).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(exception.subject().english()).isEqualTo("Invoice INV-" + purchase);
        assertThat(actors.as(actors.supplierUser("nordic-plastics"), () -> invoiceQueries.search(InvoiceFilter.all())))
                .extracting(InvoiceView::invoiceNumber).doesNotContain("INV-" + purchase);

        // The clerk corrects the price: received again, and the exception resolves itself.
        buyer.correctInvoicePrice(invoice, "1.85");
        actors.asSystem(() -> jobs.runAndWait(ErpJob.INVOICES));
        InvoiceView corrected = actors.as(actors.supplierUser("acme-metals"), () -> invoiceQueries.find(blocked.id()));
        assertThat(corrected.status()).isEqualTo(InvoiceStatus.RECEIVED);
        assertThat(corrected.history()).extracting(InvoiceView.Change::status)
                .containsExactly(InvoiceStatus.BLOCKED, InvoiceStatus.RECEIVED);
        await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.buyer(), () -> inbox.find(exception.id())).status()
                == ExceptionStatus.RESOLVED);
    }

    @Test
    void anAnswerGivenWhileTrytonIsDownIsDeliveredWhenItIsBack() {
        long purchase = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED));
        long line = buyer.lineIds(purchase).getFirst();
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        OrderForAnswer order = portalOrder(purchase);

        tryton.kill();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order.id(), 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.propose((int) line, null, REQUESTED.plusDays(1), null)))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(actors.asSystem(() -> monitor.pendingMessages()))
                .anySatisfy(message -> {
                    assertThat(message.subject()).contains("PO " + order.number());
                    assertThat(message.attempts()).isPositive();
                    assertThat(message.lastError()).contains("not reachable");
                }));

        tryton.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(buyer.plannedDateOfOpenMove(line)).isEqualTo(REQUESTED.plusDays(1)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(actors.asSystem(() -> monitor.pendingMessages()))
                .noneSatisfy(message -> assertThat(message.subject()).contains("PO " + order.number())));
    }

    @Test
    void theSameImportTwiceCreatesNothingTwice() {
        long purchase = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("BR-4711", 10, "1.85", REQUESTED));

        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));

        OrderDetail detail = actors.asSystem(() -> orders.detail(portalOrder(purchase).id()));
        assertThat(detail.revisions()).hasSize(1);
        assertThat(detail.summary().revision()).isEqualTo(1);
    }

    @Test
    void aRunBrokenOffMidwayIsRestartedAndCompletesWithoutDuplicates() {
        List<Long> purchases = IntStream.range(0, 30).mapToObj(i -> buyer.placeOrder(TrytonTestServer.ACME_PARTY,
                new TrytonBuyer.Line("BR-4711", 10 + i, "1.85", REQUESTED))).toList();

        // The run starts; once its first chunk is committed, Tryton dies under it.
        actors.asSystem(() -> monitor.runNow(ErpJob.ORDERS));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() ->
                actors.asSystem(() -> monitor.running(ErpJob.ORDERS)).map(run -> run.written() > 0).orElse(false));
        tryton.kill();
        JobRunView broken = await().atMost(Duration.ofSeconds(30)).until(() ->
                actors.asSystem(() -> monitor.recentRuns(ErpJob.ORDERS, 1)).getFirst(), run -> !run.running());
        assertThat(broken.status()).isEqualTo("FAILED");
        assertThat(broken.written()).isPositive().isLessThan(30);

        tryton.start();
        JobRunView restarted = actors.asSystem(() -> jobs.restart(broken.executionId()));

        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(broken.written() + restarted.written()).isGreaterThanOrEqualTo(30);
        for (long purchase : purchases) {
            assertThat(actors.asSystem(() -> orders.detail(portalOrder(purchase).id())).revisions()).hasSize(1);
        }
    }

    @Test
    void aMalformedRecordIsDeadLetteredTheRestGoesOnAndTheFixedRecordIsReplayedOnce() {
        long good = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("SH-2040", 5, "24.60", REQUESTED));
        long bad = buyer.placeOrder(TrytonTestServer.ACME_PARTY, new TrytonBuyer.Line("ZZ-0001", 5, "3.10", REQUESTED));
        buyer.removeProductCode("ZZ-0001");

        JobRunView run = actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(actors.asSystem(() -> orders.findByErpId("TRYTON", String.valueOf(good)))).isPresent();
        assertThat(actors.asSystem(() -> orders.findByErpId("TRYTON", String.valueOf(bad)))).isEmpty();
        DeadLetterView letter = actors.asSystem(() -> monitor.deadLetters()).stream()
                .filter(candidate -> candidate.recordKey().equals(String.valueOf(bad))).findFirst().orElseThrow();
        assertThat(letter.error()).contains("its product has no code");
        assertThat(letter.payload()).contains("\"purchase\"");

        buyer.setProductCode("Spare part for the dead-letter test", "ZZ-0001");
        List<String> outcome = actors.asSystem(() -> monitor.replay(List.of(letter.id())));
        List<String> again = actors.asSystem(() -> monitor.replay(List.of(letter.id())));

        assertThat(outcome.getFirst()).contains("taken in (created)");
        assertThat(again.getFirst()).contains("already replayed");
        assertThat(actors.asSystem(() -> orders.detail(portalOrder(bad).id())).revisions()).hasSize(1);
        assertThat(actors.asSystem(() -> monitor.deadLetters())).noneMatch(open -> open.id().equals(letter.id()));
    }

    @Test
    void anOrderForAPartyNoSupplierClaimsIsParked() {
        long purchase = buyer.placeOrder("SUP-9999", new TrytonBuyer.Line("BR-4711", 5, "1.85", REQUESTED));

        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));

        assertThat(actors.asSystem(() -> monitor.parkedOrders()))
                .anySatisfy(parked -> {
                    assertThat(parked.erpId()).isEqualTo(String.valueOf(purchase));
                    assertThat(parked.partyCode()).isEqualTo("SUP-9999");
                });
    }

    private OrderForAnswer portalOrder(long purchase) {
        return actors.asSystem(() -> orders.findByErpId("TRYTON", String.valueOf(purchase))).orElseThrow();
    }

}
