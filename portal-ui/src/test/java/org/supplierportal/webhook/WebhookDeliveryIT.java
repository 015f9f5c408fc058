package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: business events made through the portal's own services reach a receiver outside the portal
 * (the JDK's HTTP server) as signed POSTs, checked here with a verifier written from the spec; failures are retried
 * until dead and sent again on request; a supplier's subscription never hears of another supplier's events.
 */
@PortalIntegrationTest
class WebhookDeliveryIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final String ACME = "acme-metals";
    private static final String NORDIC = "nordic-plastics";

    @Autowired
    WebhookService webhooks;
    @Autowired
    ApiClientService clients;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;
    @Autowired
    WebhookProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebhookInterest interest;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<Subscribed> subscribed = new ArrayList<>();

    private record Subscribed(CurrentUser owner, CreatedWebhook webhook) {
        UUID id() {
            return webhook.webhook().id();
        }
    }

    @AfterEach
    void removeSubscriptionsAndReceivers() {
        clock.reset();
        subscribed.forEach(done -> actors.as(done.owner(), () -> webhooks.delete(done.id())));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void eachEventArrivesOnceWithAValidSignatureAndATamperedBodyFailsVerification() throws Exception {
        WebhookReceiver receiver = receiver();
        Subscribed acme = subscribe(ACME, receiver, BusinessEventType.ORDER_RECEIVED);

        String number = receiveOrder("SUP-1001");

        WebhookDeliveryView delivery = awaitDelivery(acme, WebhookDeliveryView.State.DELIVERED);
        List<WebhookReceiver.Received> arrived = receiver.withId(delivery.id().toString());
        assertThat(arrived).as("the event arrives once").hasSize(1);
        assertThat(receiver.received()).as("and nothing else").hasSize(1);
        WebhookReceiver.Received request = arrived.getFirst();
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(StandardWebhooksVerifier.verify(acme.webhook().secret(), request.id(), request.timestamp(),
                request.body(), request.signature())).as("the signature is valid").isTrue();
        assertThat(StandardWebhooksVerifier.verify(acme.webhook().secret(), request.id(), request.timestamp(),
                request.body().replace(number, "4711"), request.signature())).as("a tampered body fails").isFalse();
        assertThat(StandardWebhooksVerifier.verify(acme.webhook().secret(), request.id(),
                Long.toString(Long.parseLong(request.timestamp()) + 1), request.body(), request.signature()))
                .as("a changed timestamp fails").isFalse();

        JsonNode event = json.readTree(request.body());
        assertThat(event.get("type").asString()).isEqualTo("order.received");
        assertThat(event.get("supplierKey").asString()).isEqualTo(ACME);
        assertThat(event.get("data").get("orderNumber").asString()).isEqualTo(number);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastStatus()).isEqualTo(204);
    }

    @Test
    void anEventNoSubscriptionWantsCostsNoFanOutWhileAWantedOneIsHandedToIt() throws Exception {
        subscribe(ACME, receiver(), BusinessEventType.ORDER_REVISED);
        await().atMost(Duration.ofSeconds(60)).until(() -> interest.wantedTypes()
                .filter(types -> types.contains(BusinessEventType.ORDER_REVISED.wireName())).isPresent());

        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "WH-1", "10", "2.00", REQUESTED);
        actors.asSystem(() -> inbound.receive(order.build()));
        actors.asSystem(() -> inbound.receive(order.line(10, "WH-1", "12", "2.00", REQUESTED).marker(2).build()));
        String number = order.number();

        assertThat(fanOutPublications("PurchaseOrderReceived", number)).as("an order received: nobody subscribed").isZero();
        assertThat(fanOutPublications("PurchaseOrderRevised", number)).as("an order revised: subscribed").isOne();
    }

    @Test
    void aFailingReceiverIsRetriedWithBackOffEndsDeadAndIsDeliveredWhenSentAgain() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.answer(500);
        Subscribed acme = subscribe(ACME, receiver, BusinessEventType.ORDER_RECEIVED);

        receiveOrder("SUP-1001");

        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            WebhookDeliveryView failed = awaitAttempts(acme, attempt);
            assertThat(failed.state()).isEqualTo(WebhookDeliveryView.State.PENDING);
            assertThat(failed.lastStatus()).isEqualTo(500);
            assertThat(failed.lastProblem().english()).isEqualTo("The receiver answered 500.");
            assertThat(failed.lastProblem().in(java.util.Locale.GERMAN)).isEqualTo("Der Empfänger hat mit 500 geantwortet.");
            assertThat(Duration.between(failed.lastAttemptAt(), failed.nextAttemptAt()))
                    .as("the wait after attempt " + attempt).isEqualTo(properties.retries().afterFailed(attempt).orElseThrow());
            clock.advance(properties.longestRetry()); // the back-off's wait, without waiting
        }
        WebhookDeliveryView dead = awaitDelivery(acme, WebhookDeliveryView.State.DEAD);
        assertThat(dead.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(receiver.withId(dead.id().toString())).hasSize(properties.maxAttempts());

        receiver.answer(200);
        actors.as(acme.owner(), () -> webhooks.sendAgain(dead.id()));

        WebhookDeliveryView delivered = awaitDelivery(acme, WebhookDeliveryView.State.DELIVERED);
        assertThat(delivered.id()).isEqualTo(dead.id());
        List<WebhookReceiver.Received> arrived = receiver.withId(dead.id().toString());
        assertThat(arrived).hasSize(properties.maxAttempts() + 1);
        WebhookReceiver.Received last = arrived.getLast();
        assertThat(last.body()).as("the same message, replayed").isEqualTo(arrived.getFirst().body());
        assertThat(StandardWebhooksVerifier.verify(acme.webhook().secret(), last.id(), last.timestamp(), last.body(),
                last.signature())).isTrue();
    }

    @Test
    void aSuppliersSubscriptionNeverReceivesAnotherSuppliersEventsWhileTheBuyerSideReceivesBoth() throws Exception {
        WebhookReceiver acmeReceiver = receiver();
        WebhookReceiver nordicReceiver = receiver();
        WebhookReceiver buyerReceiver = receiver();
        Subscribed acme = subscribe(ACME, acmeReceiver, BusinessEventType.ORDER_RECEIVED);
        Subscribed nordic = subscribe(NORDIC, nordicReceiver, BusinessEventType.ORDER_RECEIVED);
        Subscribed buyer = subscribe(null, buyerReceiver, BusinessEventType.ORDER_RECEIVED);

        String nordicOrder = receiveOrder("SUP-2002");
        String acmeOrder = receiveOrder("SUP-1001");

        awaitDelivery(acme, WebhookDeliveryView.State.DELIVERED);
        awaitDelivery(nordic, WebhookDeliveryView.State.DELIVERED);
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(buyer).stream()
                .filter(delivery -> delivery.state() == WebhookDeliveryView.State.DELIVERED).count() == 2);

        assertThat(acmeReceiver.received()).singleElement().satisfies(request -> {
            assertThat(request.body()).contains(acmeOrder).doesNotContain(nordicOrder);
            assertThat(json.readTree(request.body()).get("supplierKey").asString()).isEqualTo(ACME);
        });
        assertThat(nordicReceiver.received()).singleElement().satisfies(request ->
                assertThat(request.body()).contains(nordicOrder).doesNotContain(acmeOrder));
        assertThat(deliveries(acme)).extracting(WebhookDeliveryView::supplierKey).containsOnly(ACME);
        assertThat(buyerReceiver.received()).extracting(request -> json.readTree(request.body()).get("supplierKey").asString())
                .containsExactlyInAnyOrder(ACME, NORDIC);
        assertThat(actors.as(actors.supplierAdmin(NORDIC), () -> webhooks.list())).extracting(WebhookView::id)
                .contains(nordic.id()).doesNotContain(acme.id(), buyer.id());
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    /** An API client of the supplier (or of the buyer side, for null) and its webhook, made by the supplier's admin. */
    private Subscribed subscribe(String supplierKey, WebhookReceiver receiver, BusinessEventType... types) {
        TenantId supplier = supplierKey == null ? null : actors.tenant(supplierKey).id();
        CurrentUser owner = supplierKey == null ? actors.admin() : actors.supplierAdmin(supplierKey);
        UUID client = actors.as(owner, () -> clients.create(new ApiClientDraft("Webhook IT " + UUID.randomUUID(), supplier,
                Set.of(ApiScope.ORDERS_READ), Instant.now().plus(Duration.ofDays(30))))).client().id();
        CreatedWebhook created = actors.as(owner, () -> webhooks.create(new WebhookDraft(client, receiver.url(),
                EnumSet.of(types[0], types))));
        assertThat(created.secret()).startsWith("whsec_");
        Subscribed done = new Subscribed(owner, created);
        subscribed.add(done);
        return done;
    }

    private String receiveOrder(String partyCode) {
        TestOrders.Builder document = TestOrders.order(partyCode).line(10, "WH-1", "10", "2.00", REQUESTED);
        actors.asSystem(() -> inbound.receive(document.build()));
        return document.number();
    }

    /** The webhook fan-out's event publications of this type naming this order (done or not). */
    private int fanOutPublications(String eventType, String orderNumber) {
        return jdbc.queryForObject("""
                select count(*) from event_publication where listener_id like '%WebhookFanOut%'
                and event_type like ? and serialized_event like ?""", Integer.class, "%$" + eventType, "%" + orderNumber + "%");
    }

    private List<WebhookDeliveryView> deliveries(Subscribed subscription) {
        return actors.as(subscription.owner(), () -> webhooks.deliveries(0, 500)).stream()
                .filter(delivery -> delivery.subscriptionId().equals(subscription.id())).toList();
    }

    private WebhookDeliveryView awaitDelivery(Subscribed subscription, WebhookDeliveryView.State state) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(subscription).stream()
                .filter(delivery -> delivery.state() == state).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private WebhookDeliveryView awaitAttempts(Subscribed subscription, int attempts) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(subscription).stream()
                .filter(delivery -> delivery.attempts() == attempts).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }
}
