package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.StatementPause;
import org.supplierportal.testsupport.TestOrders;

/**
 * An order is read as one snapshot even while the import saves a new revision of it (issue 9): the read is held
 * between loading the lines and loading their commitments while the amendment commits, every time.
 */
@PortalIntegrationTest
class OrderReadConsistencyIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;

    @Test
    void anOrderReadWhileAnAmendmentIsSavedShowsTheStateBeforeIt() throws Exception {
        TestOrders.Builder document = TestOrders.order("SUP-1001")
                .line(10, "RC-" + UUID.randomUUID().toString().substring(0, 6), "100", "2.50", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        CurrentUser anna = actors.supplierUser("acme-metals");
        actors.as(anna, () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1, UUID.randomUUID().toString(),
                null, List.of(LineAnswer.accept(10)))));

        OrderDetail detail;
        StatementPause.Armed pause;
        CompletableFuture<OrderDetail> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(actors.as(anna, () -> orders.detail(order)));
            } catch (RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "order-reader");
        pause = StatementPause.before(reader, "line_commitment_delivery");
        try (pause) {
            reader.start();
            pause.awaitReached();
            InboundResult amended = actors.asSystem(() -> inbound.receive(document.marker(2)
                    .line(10, document.build().lines().getFirst().partNumber(), "120", "2.50", REQUESTED).build()));
            assertThat(amended.kind()).isEqualTo(InboundResult.Kind.REVISED);
        }
        detail = read.get();

        assertThat(detail.summary().revision()).isEqualTo(1);
        OrderLineView line = detail.lines().getFirst();
        assertThat(line.status()).isEqualTo(LineStatus.COMMITTED);
        assertThat(line.commitment().totalQuantity()).isEqualByComparingTo("100");
    }
}
