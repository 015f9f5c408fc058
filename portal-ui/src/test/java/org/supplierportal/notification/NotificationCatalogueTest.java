package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.erp.ErpEvents;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.InboxEvents;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** Which event becomes which notification, and every text it needs is in the bundle. */
class NotificationCatalogueTest {

    private static final TenantId ACME = new TenantId(UUID.randomUUID());
    private static final OrderId ORDER = new OrderId(UUID.randomUUID());
    private final NotificationTexts texts = new NotificationTexts();

    @Test
    void aSuppliersNotificationNamesItsSupplierAndLinksToTheOrder() {
        NotificationDraft received = NotificationCatalogue.orderReceived(new OrderEvents.PurchaseOrderReceived(ORDER, ACME, "4500017001", 1));
        NotificationDraft changed = NotificationCatalogue.orderChanged(new OrderEvents.PurchaseOrderRevised(ORDER, ACME, "4500017001", 2, List.of(10, 30)));

        assertThat(received.supplier()).isEqualTo(ACME);
        assertThat(received.link()).isEqualTo("orders/" + ORDER.value());
        assertThat(texts.title(received.type(), received.arguments())).isEqualTo("New PO 4500017001");
        assertThat(texts.text(changed.type(), changed.arguments())).contains("line(s) 10, 30 again");
        assertThat(changed.dedupKey()).isNotEqualTo(NotificationCatalogue.orderChanged(
                new OrderEvents.PurchaseOrderRevised(ORDER, ACME, "4500017001", 3, List.of(10))).dedupKey());
    }

    @Test
    void everyDecisionReadsAsItsOwnSentence() {
        for (String decision : List.of("APPROVED", "REJECTED", "COUNTERED")) {
            NotificationDraft draft = NotificationCatalogue.buyerDecided(new AcknowledgmentEvents.BuyerDecisionApplied(
                    UUID.randomUUID(), ORDER, ACME, 20, decision), "4500017001");
            assertThat(texts.title(draft.type(), draft.arguments())).startsWith("PO 4500017001 line 20: ");
            assertThat(texts.text(draft.type(), draft.arguments())).contains("PO 4500017001 line 20");
        }
    }

    @Test
    void buyersAndAdminsNotificationsLinkToWhereTheyAct() {
        NotificationDraft exception = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(),
                ACME, ExceptionType.OUTSIDE_TOLERANCE, "Acme Metals", ORDER, "4500017001", 10, "9 days late; the limit is 2"));
        NotificationDraft deadLetter = NotificationCatalogue.deadLetterOpened(new ErpEvents.DeadLetterOpened(UUID.randomUUID(),
                "INBOUND", "order", "TRYTON", "42", "PO 4500017009", "Unknown unit"));

        assertThat(exception.type().audience()).isEqualTo(Audience.BUYER);
        assertThat(exception.link()).isEqualTo("inbox");
        assertThat(texts.text(exception.type(), exception.arguments())).isEqualTo("Acme Metals, PO 4500017001 line 10: 9 days late; the limit is 2");
        assertThat(deadLetter.type().audience()).isEqualTo(Audience.ADMIN);
        assertThat(deadLetter.link()).isEqualTo("admin/integration");
        assertThat(texts.title(deadLetter.type(), deadLetter.arguments())).isEqualTo("Dead letter: order PO 4500017009");
    }

    @Test
    void aSuppliersNotificationWithoutItsSupplierIsRefused() {
        assertThatThrownBy(() -> new NotificationDraft(NotificationType.ORDER_RECEIVED, null, "x", List.of(), "orders"))
                .hasMessageContaining("needs the supplier");
    }

    @Test
    void everyTypeAndDeliveryHasItsNamesInTheBundle() {
        for (NotificationType type : NotificationType.values()) {
            assertThat(texts.typeName(type)).isNotBlank();
            assertThat(texts.typeDescription(type)).isNotBlank();
        }
        for (Delivery delivery : Delivery.values()) {
            assertThat(texts.deliveryName(delivery)).isNotBlank();
        }
    }

    @Test
    void theWaitAfterAFailedSendGrowsToAnHourAtMost() {
        assertThat(MailOutbox.backoff(1)).hasSeconds(30);
        assertThat(MailOutbox.backoff(2)).hasSeconds(60);
        assertThat(MailOutbox.backoff(20)).hasHours(1);
    }
}
