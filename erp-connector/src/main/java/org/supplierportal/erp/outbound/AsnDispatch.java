package org.supplierportal.erp.outbound;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supplierportal.erp.AsnMessage;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Every new version of a supplier's ASN (the first, a change, a cancellation) goes to the ERP: as an outbound message
 * keyed by ASN number and version, delivered at once and retried like commitments.
 *
 * <p>Queued in the transaction that makes the version, as commitments are ({@link CommitmentDispatch}): one ASN's
 * versions then enter the queue in the order they were made, with what each version says. Queued after the commit by
 * an asynchronous listener (as before), two versions made in quick succession were queued in either order or at
 * once, and the queue, which keeps one subject's messages in their order of entry, sent version 1 alongside version 2:
 * both found no shipment in Tryton and created two.
 */
@Component
class AsnDispatch {

    private final AsnQueries asns;
    private final TenantService tenants;
    private final OutboundQueue queue;
    private final DeliveryAfterCommit delivery;

    AsnDispatch(AsnQueries asns, TenantService tenants, OutboundQueue queue, DeliveryAfterCommit delivery) {
        this.asns = asns;
        this.tenants = tenants;
        this.queue = queue;
        this.delivery = delivery;
    }

    /** As the person (or system) who made the version, who may see the ASN and its supplier. */
    @EventListener
    void on(ShipmentEvents.AsnVersionReady event) {
        AsnView asn = asns.find(event.asnId());
        String partyCode = tenants.find(event.tenantId())
                .map(TenantSummary::erpPartyCodes).filter(codes -> !codes.isEmpty()).map(codes -> codes.getFirst()).orElse(null);
        AsnMessage message = new AsnMessage(asn.number(), event.asnVersion(), event.cancelled(), partyCode, asn.shipDate(),
                asn.expectedArrival(), asn.carrier(), asn.trackingNumber(), asn.lines().stream()
                .map(line -> new AsnMessage.Line(line.sourceSystem(), line.erpOrderId(), line.erpLineId(), line.quantity(), line.lot()))
                .toList());
        queue.enqueueWithTheChange(message.idempotencyKey(), OutboundDispatcher.ASN, event.tenantId().value(), subject(message),
                OutboundDispatcher.JSON.writeValueAsString(message));
        delivery.deliverDueAfterCommit();
    }

    /**
     * The ASN alone, whatever the version: the queue sends one subject's messages one after the other, in their order,
     * and an ASN's versions must not overtake or race each other. The version is in the message and its idempotency key.
     */
    private static String subject(AsnMessage asn) {
        return "ASN " + asn.asnNumber();
    }
}
