package org.supplierportal.erp.outbound;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.erp.AsnMessage;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Every new version of a supplier's ASN (the first, a change, a cancellation) goes to the ERP: as an outbound message
 * keyed by ASN number and version, delivered at once and retried like commitments.
 */
@Component
class AsnDispatch {

    private final AsnQueries asns;
    private final TenantService tenants;
    private final OutboundDispatcher dispatcher;
    private final CurrentUsers currentUsers;

    AsnDispatch(AsnQueries asns, TenantService tenants, OutboundDispatcher dispatcher, CurrentUsers currentUsers) {
        this.asns = asns;
        this.tenants = tenants;
        this.dispatcher = dispatcher;
        this.currentUsers = currentUsers;
    }

    @Async
    @TransactionalEventListener
    void on(ShipmentEvents.AsnVersionReady event) {
        AsnView asn = currentUsers.runAsSystem("ERP outbound", () -> asns.find(event.asnId()));
        String partyCode = currentUsers.runAsSystem("ERP outbound", () -> tenants.find(event.tenantId()))
                .map(TenantSummary::erpPartyCodes).filter(codes -> !codes.isEmpty()).map(codes -> codes.getFirst()).orElse(null);
        AsnMessage message = new AsnMessage(asn.number(), event.asnVersion(), event.cancelled(), partyCode, asn.shipDate(),
                asn.expectedArrival(), asn.carrier(), asn.trackingNumber(), asn.lines().stream()
                .map(line -> new AsnMessage.Line(line.sourceSystem(), line.erpOrderId(), line.erpLineId(), line.quantity(), line.lot()))
                .toList());
        dispatcher.enqueue(OutboundDispatcher.ASN, message.idempotencyKey(), event.tenantId().value(), subject(message), message);
    }

    /**
     * The ASN alone, whatever the version: the queue sends one subject's messages one after the other, in their order,
     * and an ASN's versions must not overtake or race each other (two versions sent at once both found no shipment in
     * Tryton and created two). The version is in the message and its idempotency key.
     */
    private static String subject(AsnMessage asn) {
        return "ASN " + asn.asnNumber();
    }
}
