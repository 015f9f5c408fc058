package org.supplierportal.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.erp.outbound.OutboundQueue;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ErpIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * With a real ERP connected, nothing of the demo reaches it (issue 9): answers on orders that did not come from
 * the ERP are not sent to it (before, each became a dead letter: "'4500016512-10' is not a Tryton line id");
 * see also {@code DemoOrdersWithErpIT}: the demo's orders are not seeded at all.
 */
@ErpIntegrationTest
class DemoDataStaysAwayFromTheErpIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    OutboundQueue queue;
    @Autowired
    IntegrationMonitor monitor;
    @Autowired
    Actors actors;

    @Test
    void anAnswerOnAnOrderThatDidNotComeFromTheErpIsNeverSentToIt() {
        TrytonTestServer.get().start();
        TestOrders.Builder document = TestOrders.order(TrytonTestServer.ACME_PARTY)
                .line(10, "DM-" + UUID.randomUUID().toString().substring(0, 6), "100", "2.50", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();

        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));

        OrderLineView line = actors.asSystem(() -> orders.detail(order)).lines().getFirst();
        String key = "commitment:" + order + ":1:10:" + line.committedAt().toEpochMilli();
        await().atMost(Duration.ofSeconds(30)).until(() -> actors.asSystem(() -> queue.byKey(key))
                .map(message -> message.status().equals("NOT_FOR_THIS_ERP")).orElse(false));
        String number = document.build().number();
        assertThat(actors.asSystem(() -> monitor.deadLetters())).noneMatch(letter -> letter.subject().contains(number));
    }
}
