package org.supplierportal.erp.inbound;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderInbound;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders no tenant claims, kept with their document so they can be taken in later: by the ERP's next change to the
 * order, or by an admin's retry once a supplier claims the party code.
 */
@Service
public class ParkedOrders {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParkedOrderRepository parked;
    private final OrderInbound inbound;
    private final AuditLog auditLog;
    private final Clock clock;

    ParkedOrders(ParkedOrderRepository parked, OrderInbound inbound, AuditLog auditLog, Clock clock) {
        this.parked = parked;
        this.inbound = inbound;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public void park(OrderDocument document, String reason) {
        String payload = JSON.writeValueAsString(document);
        parked.findBySourceSystemAndErpId(document.sourceSystem(), document.erpId()).ifPresentOrElse(
                existing -> existing.update(document.number(), document.supplierPartyCode(), payload, reason, clock.instant()),
                () -> parked.save(new ParkedOrder(document.sourceSystem(), document.erpId(), document.number(),
                        document.supplierPartyCode(), payload, reason, clock.instant())));
    }

    /** A parked order was taken in (by a later import or a retry): it leaves the list. */
    @Transactional
    public void takenIn(String sourceSystem, String erpId) {
        parked.findBySourceSystemAndErpId(sourceSystem, erpId).ifPresent(order -> order.takenIn(clock.instant()));
    }

    @Transactional
    public void takenIn(String sourceSystem, Collection<String> erpIds) {
        if (!erpIds.isEmpty()) {
            parked.markTakenIn(sourceSystem, erpIds, clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<ParkedOrderView> parked() {
        return parked.findByStatusOrderByParkedAtDesc("PARKED").stream().map(ParkedOrder::view).toList();
    }

    /** Takes a parked order in now that a tenant claims its party code (or says why not yet); audited. */
    @Transactional
    public String retry(UUID id) {
        OrderDocument document = parked.findById(id).map(order -> JSON.readValue(order.payload(), OrderDocument.class))
                .orElseThrow(() -> new IllegalArgumentException("No parked order " + id));
        InboundResult result = inbound.receive(document);
        String outcome;
        if (result.kind() == InboundResult.Kind.PARKED) {
            outcome = "still parked: " + result.message();
        } else {
            takenIn(document.sourceSystem(), document.erpId());
            outcome = "taken in";
        }
        auditLog.record(null, AuditAction.PARKED_ORDER_RETRIED, "ParkedOrder", id.toString(),
                "Parked PO " + document.number() + " retried: " + outcome, null, null);
        return outcome;
    }
}
