package org.supplierportal.b2b.cxml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.ChangeSendingPolicy;
import org.supplierportal.b2b.OrderChange;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenancy.RunsAsSystem;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.CxmlCredential;
import org.supplierportal.tenant.TenantChannels;

/**
 * A new order for a supplier on cXML goes out as an OrderRequest, from the same event the X12 850 and the screens
 * react to: logged, then posted to the supplier's address when it has one (its Response marks it acknowledged or
 * refused), otherwise left in the message log for pickup. An order that cannot be written is logged as refused. A
 * revision goes out the same way as an update, to partners that take order changes.
 */
@Component
@RunsAsSystem("cXML purchase orders and changes")
class CxmlOrderSender {

    private static final Logger log = LoggerFactory.getLogger(CxmlOrderSender.class);

    private final TenantChannels channels;
    private final OrderQueries orders;
    private final MessageLog messageLog;
    private final B2bProperties properties;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    CxmlOrderSender(TenantChannels channels, OrderQueries orders, MessageLog messageLog, B2bProperties properties, Clock clock) {
        this.channels = channels;
        this.orders = orders;
        this.messageLog = messageLog;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderReceived event) {
        send(event.tenantId(), event.orderId(), event.revision(), org.supplierportal.tenant.B2bDocument.PURCHASE_ORDERS,
                (order, parties, payloadId, test, now) -> OrderRequestMapping.write(order, event.revision(), parties,
                        payloadId, test, now));
    }

    /**
     * A revision goes out as an OrderRequest of type update (delete when the whole order was cancelled) that names the
     * last OrderRequest the partner got, unless it changed nothing an OrderRequest carries (an update would repeat the
     * order the partner has); a partner that never got one (it came onto cXML later) gets the order as new.
     */
    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderRevised event) {
        ChannelSettings settings = channels.settings(event.tenantId());
        if (!settings.isCxml() || !settings.exchanges(org.supplierportal.tenant.B2bDocument.ORDER_CHANGES)) {
            return;
        }
        Optional<String> previous = messageLog.lastSent(event.orderId(), "cXML", "OrderRequest");
        if (previous.isEmpty()) {
            send(event.tenantId(), event.orderId(), event.revision(), org.supplierportal.tenant.B2bDocument.ORDER_CHANGES,
                    (order, parties, payloadId, test, now) -> OrderRequestMapping.write(order, event.revision(), parties,
                            payloadId, test, now));
            return;
        }
        OrderChange change = OrderChange.between(orders.document(event.orderId(), event.revision() - 1),
                orders.document(event.orderId(), event.revision()));
        ChangeSendingPolicy.Decision decision = ChangeSendingPolicy.decide(change, OrderRequestMapping.HEADER);
        if (!decision.sends()) {
            // The message log has no state for a document never written; the reason goes to the application log.
            log.info("PO {} revision {}: no cXML update sent: {}", change.after().number(), event.revision(), decision.reason());
            return;
        }
        send(event.tenantId(), event.orderId(), event.revision(), org.supplierportal.tenant.B2bDocument.ORDER_CHANGES,
                (order, parties, payloadId, test, now) -> OrderRequestMapping.change(change, event.revision(),
                        previous.get(), parties, payloadId, test, now));
    }

    /** Writes one OrderRequest for an order's revision; throws IllegalArgumentException when it cannot be written. */
    private interface Mapping {
        String write(OrderDocument order, OrderRequestMapping.Parties parties, String payloadId, boolean test,
                     OffsetDateTime now);
    }

    private void send(TenantId tenantId, OrderId orderId, int revision, org.supplierportal.tenant.B2bDocument choice,
                      Mapping mapping) {
        ChannelSettings settings = channels.settings(tenantId);
        if (!settings.isCxml() || !settings.exchanges(choice)) {
            return;
        }
        OrderDocument order = orders.document(orderId, revision);
        B2bProperties.Cxml buyer = properties.cxml();
        String payloadId = UUID.randomUUID() + "@" + buyer.payloadIdDomain();
        String partnerId = settings.cxml().sender().toString();
        String cxml;
        try {
            cxml = mapping.write(order, new OrderRequestMapping.Parties(new CxmlCredential(buyer.domain(), buyer.identity()),
                    buyer.sharedSecret(), settings.cxml().to(), buyer.billTo(), "Supplier portal"), payloadId,
                    !buyer.production(), OffsetDateTime.now(clock));
        } catch (IllegalArgumentException cannotWrite) {
            messageLog.record(new B2bDocument(tenantId, B2bDocument.OUT, "cXML", "OrderRequest", partnerId, payloadId,
                    null, null, ""), B2bMessageState.REFUSED, "Not sent: " + cannotWrite.getMessage(), orderId, order.number());
            return;
        }
        B2bDocument document = new B2bDocument(tenantId, B2bDocument.OUT, "cXML", "OrderRequest", partnerId, payloadId,
                null, null, CxmlReader.redacted(cxml));
        String what = "PO " + order.number() + " revision " + revision;
        if (settings.cxml().orderUrl() == null) {
            messageLog.record(document, B2bMessageState.SENT, what + ": waits here for pickup (no address to post it to)",
                    orderId, order.number());
            return;
        }
        UUID id = messageLog.record(document, B2bMessageState.SENT, what + ": posting to " + settings.cxml().orderUrl(),
                orderId, order.number());
        CxmlStatus answer = post(settings.cxml().orderUrl(), cxml);
        messageLog.update(id, "OrderRequest", answer.success() ? B2bMessageState.ACKNOWLEDGED : B2bMessageState.REFUSED,
                what + ": the supplier answered " + answer.code() + " " + answer.text()
                        + (answer.detail() == null || answer.detail().isBlank() ? "" : " (" + answer.detail() + ")"), null, null);
    }

    private CxmlStatus post(String url, String cxml) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(cxml)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return CxmlReader.responseStatus(response.body());
        } catch (IOException e) {
            log.warn("cXML OrderRequest to {} not delivered", url, e);
            return new CxmlStatus(550, "Unable to reach cXML server", "not delivered to " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CxmlStatus(550, "Unable to reach cXML server", "interrupted while posting to " + url);
        }
    }
}
