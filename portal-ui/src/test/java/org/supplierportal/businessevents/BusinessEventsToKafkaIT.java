package org.supplierportal.businessevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.inbox.BuyerDecisions;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceInbound;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ReceiptDocument;
import org.supplierportal.shipment.ReceiptInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Business changes made through the portal's own services reach a real Kafka broker (KRaft, in this JVM, started for
 * this class only) as their envelopes: each once, keyed by its supplier, in the order of the changes per supplier,
 * and never with another supplier's data. Acme Metals' and Nordic Plastics' changes are interleaved.
 */
@PortalIntegrationTest
@DirtiesContext // the context holds the producer of this class's broker: closed with the class
class BusinessEventsToKafkaIT {

    private static final String TOPIC = "business-events-it";
    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static EmbeddedKafkaKraftBroker broker;

    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    InboxQueries inbox;
    @Autowired
    BuyerDecisions decisions;
    @Autowired
    AsnService asns;
    @Autowired
    ReceiptInbound receipts;
    @Autowired
    QualityService quality;
    @Autowired
    InvoiceInbound invoices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Actors actors;
    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startBroker() {
        // Three partitions: the supplier key, not luck, keeps one supplier's events together.
        broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC).kafkaPorts(0);
        broker.afterPropertiesSet();
    }

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> broker.getBrokersAsString());
        registry.add("portal.business-events.topic", () -> TOPIC);
    }

    /** The broker stops when @DirtiesContext closes this class's context, not while the portal may still send. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BrokerShutdown {

        @Bean(destroyMethod = "destroy")
        EmbeddedKafkaKraftBroker businessEventsTestBroker() {
            return broker;
        }
    }

    @Test
    void eachChangeArrivesOnceKeyedBySupplierInOrderWithOnlyThatSuppliersData() {
        List<List<String>> acmeExpected = new ArrayList<>();
        List<List<String>> nordicExpected = new ArrayList<>();

        TestOrders.Builder acmeDocument = TestOrders.order("SUP-1001").line(10, "KB-1", "10", "2.00", REQUESTED)
                .line(20, "KB-2", "40", "9.00", REQUESTED);
        OrderId acmeOrder = actors.asSystem(() -> inbound.receive(acmeDocument.build())).orderId();
        acmeExpected.add(List.of("order.received"));
        TestOrders.Builder nordicDocument = TestOrders.order("SUP-2002").line(10, "NP-1", "5", "1.00", REQUESTED);
        OrderId nordicOrder = actors.asSystem(() -> inbound.receive(nordicDocument.build())).orderId();
        nordicExpected.add(List.of("order.received"));

        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(acmeOrder, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10),
                LineAnswer.propose(20, null, REQUESTED.plusDays(9), null)))));
        acmeExpected.add(List.of("acknowledgment.line-committed", "acknowledgment.line-sent-to-buyer"));
        actors.as(actors.supplierUser("nordic-plastics"), () -> acknowledgments.submit(new AcknowledgmentRequest(
                nordicOrder, 1, UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        nordicExpected.add(List.of("acknowledgment.line-committed"));

        ExceptionView late = await().atMost(Duration.ofSeconds(20)).until(() -> actors.as(actors.buyer(),
                () -> inbox.ofOrder(acmeOrder)).stream().filter(e -> e.type() == ExceptionType.OUTSIDE_TOLERANCE)
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        actors.as(actors.buyer(), () -> decisions.approve(late.id(), "Fine this time"));
        acmeExpected.add(List.of("acknowledgment.buyer-decided", "acknowledgment.line-committed"));

        AsnView asn = actors.as(actors.supplierUser("acme-metals"), () -> asns.create(new AsnDraft(LocalDate.now(),
                LocalDate.now().plusDays(2), "DHL", null, null,
                List.of(new AsnDraft.Line(acmeOrder.value(), 10, new BigDecimal("4"), null, List.of())), List.of())));
        acmeExpected.add(List.of("asn.sent"));
        AsnView changed = actors.as(actors.supplierUser("acme-metals"), () -> asns.change(asn.id(), asn.version(),
                new AsnDraft(LocalDate.now(), LocalDate.now().plusDays(3), "DHL", null, null,
                        List.of(new AsnDraft.Line(acmeOrder.value(), 10, new BigDecimal("5"), null, List.of())), List.of())));
        acmeExpected.add(List.of("asn.changed"));
        actors.as(actors.supplierUser("acme-metals"), () -> asns.cancel(changed.id()));
        acmeExpected.add(List.of("asn.cancelled"));

        actors.asSystem(() -> receipts.receive(new ReceiptDocument("TEST", "R-" + UUID.randomUUID(),
                acmeDocument.number(), acmeDocument.number() + "-20", new BigDecimal("1"), "pcs", LocalDate.now(),
                "DELIVERY-NOTE-" + acmeDocument.number())));
        acmeExpected.add(List.of("receipt.without-asn"));
        AsnView nordicAsn = actors.as(actors.supplierUser("nordic-plastics"), () -> asns.create(new AsnDraft(
                LocalDate.now(), LocalDate.now().plusDays(1), "DSV", null, null,
                List.of(new AsnDraft.Line(nordicOrder.value(), 10, new BigDecimal("5"), null, List.of())), List.of())));
        nordicExpected.add(List.of("asn.sent"));
        actors.asSystem(() -> receipts.receive(new ReceiptDocument("TEST", "R-" + UUID.randomUUID(),
                nordicDocument.number(), nordicDocument.number() + "-10", new BigDecimal("5"), "pcs", LocalDate.now(),
                nordicAsn.number())));
        nordicExpected.add(List.of("receipt.matched"));

        IncidentView incident = actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(
                actors.tenant("acme-metals").id(), Severity.MINOR, "Burr on bore edge", "Burrs on 3 of 10 brackets.",
                null, acmeDocument.number(), 10, null, "L-KB-1", new BigDecimal("3"), "pcs", Map.of())));
        acmeExpected.add(List.of("incident.opened"));
        for (StepKind step : StepKind.values()) {
            actors.as(actors.supplierUser("acme-metals"), () -> quality.respond(incident.id(), step, step.label() + " done."));
            acmeExpected.add(List.of("incident.step-answered"));
            actors.as(actors.buyer(), () -> quality.accept(incident.id(), step, null));
        }
        acmeExpected.add(List.of("incident.closed"));

        String invoiceId = "INV-" + UUID.randomUUID();
        actors.asSystem(() -> invoices.receive(invoice(invoiceId, acmeDocument, InvoiceStatus.RECEIVED, null)));
        actors.asSystem(() -> invoices.receive(invoice(invoiceId, acmeDocument, InvoiceStatus.PAID, LocalDate.now())));
        acmeExpected.add(List.of("invoice.status-changed"));
        acmeExpected.add(List.of("invoice.status-changed"));

        actors.asSystem(() -> inbound.receive(acmeDocument.marker(2).line(10, "KB-1", "12", "2.00", REQUESTED).build()));
        acmeExpected.add(List.of("order.revised"));
        actors.asSystem(() -> inbound.receive(nordicDocument.marker(2).line(10, "NP-1", "6", "1.00", REQUESTED).build()));
        nordicExpected.add(List.of("order.revised"));

        Set<String> acmeNumbers = Set.of(acmeDocument.number(), acmeOrder.value().toString(), asn.number(), incident.number());
        Set<String> nordicNumbers = Set.of(nordicDocument.number(), nordicOrder.value().toString(), nordicAsn.number());
        List<Received> received = consumeUntil(records -> lastIsRevisionOf(records, "acme-metals", acmeDocument.number())
                && lastIsRevisionOf(records, "nordic-plastics", nordicDocument.number()), acmeNumbers, nordicNumbers);

        assertArrivedOnceInOrder(received, "acme-metals", acmeExpected);
        assertArrivedOnceInOrder(received, "nordic-plastics", nordicExpected);
        for (Received record : received) {
            assertThat(record.envelope().get("supplierKey").asString()).isEqualTo(record.key());
            assertThat(record.envelope().get("version").asInt()).isEqualTo(1);
            assertThat(record.envelope().get("id").asString()).isNotBlank();
            assertThat(record.envelope().get("occurredAt").asString()).isNotBlank();
            assertThat(record.envelope().get("data").isObject()).isTrue();
            Set<String> othersNumbers = record.key().equals("acme-metals") ? nordicNumbers : acmeNumbers;
            String others = record.key().equals("acme-metals") ? "nordic" : "acme";
            assertThat(record.value()).doesNotContain(othersNumbers).doesNotContainIgnoringCase(others)
                    .doesNotContain(actors.tenant("acme-metals").id().value().toString(),
                            actors.tenant("nordic-plastics").id().value().toString());
        }
        assertThat(received.stream().filter(record -> record.key().equals("acme-metals")))
                .allSatisfy(record -> assertThat(record.partition()).isEqualTo(received.stream()
                        .filter(first -> first.key().equals("acme-metals")).findFirst().orElseThrow().partition()));

        // The sender is a listener of the publication registry: each publication completes with the broker's ack.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from event_publication"
                + " where listener_id like '%BusinessEventSender%' and completion_date is null", Long.class), count -> count == 0);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like '%BusinessEventSender%'",
                Long.class)).isGreaterThanOrEqualTo(received.size());

        String catalogue = RestClient.create("http://localhost:" + port).get().uri("/asyncapi.yaml").retrieve()
                .body(String.class);
        assertThat(received).allSatisfy(record -> assertThat(catalogue)
                .contains("name: " + record.envelope().get("type").asString()));
    }

    private static InvoiceDocument invoice(String id, TestOrders.Builder order, InvoiceStatus status, LocalDate paidOn) {
        return new InvoiceDocument("TEST", id, "SUP-1001", id, null, order.number(), LocalDate.now(), "EUR",
                new BigDecimal("20.00"), status, null, paidOn, paidOn == null ? null : "PAY-1",
                List.of(new InvoiceDocument.Line(order.number() + "-10", new BigDecimal("10"), new BigDecimal("2.00"))));
    }

    /** A change's events in any order among themselves; the changes in the order they were made. */
    private static void assertArrivedOnceInOrder(List<Received> received, String supplierKey, List<List<String>> changes) {
        List<String> types = received.stream().filter(record -> record.key().equals(supplierKey))
                .map(record -> record.envelope().get("type").asString()).toList();
        assertThat(types).as("events of %s", supplierKey).hasSize(changes.stream().mapToInt(List::size).sum());
        int position = 0;
        for (List<String> change : changes) {
            assertThat(types.subList(position, position + change.size())).as("events of %s from position %d", supplierKey, position)
                    .containsExactlyInAnyOrderElementsOf(change);
            position += change.size();
        }
    }

    private static boolean lastIsRevisionOf(List<Received> records, String supplierKey, String orderNumber) {
        return records.stream().anyMatch(record -> record.key().equals(supplierKey)
                && record.envelope().get("type").asString().equals("order.revised")
                && record.value().contains(orderNumber));
    }

    /**
     * Everything on the topic about this test's orders, ASN and incident, up to the last change of each supplier
     * (both orders' revision, made last): anything sent twice before it would be there too.
     */
    private List<Received> consumeUntil(Predicate<List<Received>> complete, Set<String> acmeNumbers, Set<String> nordicNumbers) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker.getBrokersAsString(), "it-" + UUID.randomUUID());
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    boolean ours = acmeNumbers.stream().anyMatch(record.value()::contains)
                            || nordicNumbers.stream().anyMatch(record.value()::contains);
                    if (ours) {
                        received.add(new Received(record.key(), record.partition(), record.value(), json.readTree(record.value())));
                    }
                }
                return complete.test(received);
            });
        }
        return received;
    }

    private record Received(String key, int partition, String value, JsonNode envelope) {
    }
}
