package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.erp.ErpEvents;
import org.supplierportal.inbox.ExceptionReason;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.InboxEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** Which event becomes which notification, and every text it needs is in the bundle. */
class NotificationCatalogueTest {

    private static final TenantId ACME = new TenantId(UUID.randomUUID());
    private static final OrderId ORDER = new OrderId(UUID.randomUUID());
    private static final ReaderLocale EN = ReaderLocale.DEFAULT;
    private final NotificationTexts texts = new NotificationTexts();

    @Test
    void aSuppliersNotificationNamesItsSupplierAndLinksToTheOrder() {
        NotificationDraft received = NotificationCatalogue.orderReceived(new OrderEvents.PurchaseOrderReceived(ORDER, ACME, "4500017001", 1));
        NotificationDraft changed = NotificationCatalogue.orderChanged(new OrderEvents.PurchaseOrderRevised(ORDER, ACME, "4500017001", 2, List.of(10, 30)));

        assertThat(received.supplier()).isEqualTo(ACME);
        assertThat(received.link()).isEqualTo("orders/" + ORDER.value());
        assertThat(texts.title(EN, received.type(), received.arguments())).isEqualTo("New PO 4500017001");
        assertThat(texts.text(EN, changed.type(), changed.arguments())).contains("line(s) 10, 30 again");
        assertThat(changed.dedupKey()).isNotEqualTo(NotificationCatalogue.orderChanged(
                new OrderEvents.PurchaseOrderRevised(ORDER, ACME, "4500017001", 3, List.of(10))).dedupKey());
    }

    @Test
    void everyDecisionReadsAsItsOwnSentence() {
        for (String decision : List.of("APPROVED", "REJECTED", "COUNTERED")) {
            NotificationDraft draft = NotificationCatalogue.buyerDecided(new AcknowledgmentEvents.BuyerDecisionApplied(
                    UUID.randomUUID(), ORDER, ACME, 20, decision), "4500017001");
            assertThat(texts.title(EN, draft.type(), draft.arguments())).startsWith("PO 4500017001 line 20: ");
            assertThat(texts.text(EN, draft.type(), draft.arguments())).contains("PO 4500017001 line 20");
        }
    }

    @Test
    void buyersAndAdminsNotificationsLinkToWhereTheyAct() {
        NotificationDraft exception = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(),
                ACME, ExceptionType.SHIPMENT_OVERDUE, "Acme Metals", ORDER, "4500017001", 10, ExceptionReason.text("Due 2026-12-01; nothing shipped"), null));
        NotificationDraft deadLetter = NotificationCatalogue.deadLetterOpened(new ErpEvents.DeadLetterOpened(UUID.randomUUID(),
                "INBOUND", "order", "TRYTON", "42", "PO 4500017009", "Unknown unit"));
        NotificationDraft importFailed = NotificationCatalogue.importFailed(new ErpEvents.ImportFailed("importOrders", 17,
                Instant.parse("2026-12-01T08:15:00Z"), "Connection refused"));

        assertThat(exception.type()).isEqualTo(NotificationType.INBOX_EXCEPTION);
        assertThat(exception.link()).isEqualTo("inbox");
        assertThat(texts.text(EN, exception.type(), exception.arguments())).isEqualTo("Acme Metals, PO 4500017001 line 10: Due 2026-12-01; nothing shipped");
        assertThat(deadLetter.type().audience()).isEqualTo(Audience.ADMIN);
        assertThat(deadLetter.link()).isEqualTo("admin/integration");
        assertThat(texts.title(EN, deadLetter.type(), deadLetter.arguments())).isEqualTo("Dead letter: order PO 4500017009");
        assertThat(importFailed.type().audience()).isEqualTo(Audience.ADMIN);
        assertThat(importFailed.link()).isEqualTo("admin/integration");
        assertThat(texts.text(EN, importFailed.type(), importFailed.arguments()))
                .startsWith("The import importOrders failed at Dec 1, 2026, 8:15\u202fAM UTC (run 17): Connection refused.");
    }

    /** An answer waiting for a buyer's decision is told as its own type, at once, and not again as an inbox exception. */
    @Test
    void everyAnswerWaitingForABuyersDecisionIsAnAnswerOutsideTolerance() {
        for (ExceptionType type : ExceptionType.values()) {
            NotificationDraft draft = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(),
                    ACME, type, "Acme Metals", ORDER, "4500017001", 10, ExceptionReason.text("9 days late; the limit is 2"), null));
            assertThat(draft.type()).as(type.name()).isEqualTo(type.isAnswerDecision()
                    ? NotificationType.ANSWER_OUTSIDE_TOLERANCE : NotificationType.INBOX_EXCEPTION);
        }
        assertThat(NotificationType.ANSWER_OUTSIDE_TOLERANCE.defaultDelivery()).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(NotificationType.INBOX_EXCEPTION.defaultDelivery()).isEqualTo(Delivery.DAILY_DIGEST);
    }

    @Test
    void deadlinesLinkToTheAnswerAndAreToldOncePerDeadline() {
        Instant due = Instant.parse("2026-12-02T16:00:00Z");
        NotificationDraft soon = NotificationCatalogue.acknowledgmentDueSoon(new OrderEvents.AcknowledgmentDueSoon(ORDER, ACME, "4500017001", 2, due));
        NotificationDraft later = NotificationCatalogue.acknowledgmentDueSoon(new OrderEvents.AcknowledgmentDueSoon(ORDER, ACME, "4500017001", 3,
                due.plusSeconds(86_400)));

        assertThat(soon.link()).isEqualTo("orders/" + ORDER.value() + "/acknowledge");
        assertThat(texts.title(EN, soon.type(), soon.arguments())).isEqualTo("PO 4500017001: acknowledgment due Dec 2, 2026, 4:00\u202fPM UTC");
        assertThat(soon.dedupKey()).isNotEqualTo(later.dedupKey());
    }

    @Test
    void onlyTheStepToPaidIsAPaymentNotification() {
        UUID invoice = UUID.randomUUID();
        assertThat(NotificationCatalogue.invoicePaid(new InvoiceEvents.InvoiceStatusChanged(ACME, invoice, "INV-1", ORDER,
                "4500017001", InvoiceStatus.APPROVED, InvoiceStatus.PAID, null))).get()
                .satisfies(draft -> assertThat(draft.link()).isEqualTo("invoices/" + invoice));
        assertThat(NotificationCatalogue.invoicePaid(new InvoiceEvents.InvoiceStatusChanged(ACME, invoice, "INV-1", ORDER,
                "4500017001", InvoiceStatus.RECEIVED, InvoiceStatus.APPROVED, null))).isEmpty();
        assertThat(NotificationCatalogue.invoicePaid(new InvoiceEvents.InvoiceStatusChanged(ACME, invoice, "INV-1", ORDER,
                "4500017001", InvoiceStatus.PAID, InvoiceStatus.PAID, null))).isEmpty();
    }

    @Test
    void everyTypeHasItsTitleAndTextInTheBundle() {
        for (NotificationType type : NotificationType.values()) {
            if (type == NotificationType.BUYER_DECIDED) {
                continue; // one sentence per decision, checked above
            }
            List<String> arguments = List.of("a", "b", "c", "d", "e", "f");
            assertThat(texts.title(EN, type, arguments)).as(type.name()).isNotBlank().doesNotContain("{");
            assertThat(texts.text(EN, type, arguments)).as(type.name()).isNotBlank().doesNotContain("{");
        }
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
