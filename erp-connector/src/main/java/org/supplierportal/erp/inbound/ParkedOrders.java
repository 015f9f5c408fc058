package org.supplierportal.erp.inbound;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderDocument;
import tools.jackson.databind.json.JsonMapper;

/** Orders no tenant claims, kept with their document so they can be taken in later. */
@Service
public class ParkedOrders {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParkedOrderRepository parked;
    private final Clock clock;

    ParkedOrders(ParkedOrderRepository parked, Clock clock) {
        this.parked = parked;
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
    public void takenIn(String sourceSystem, java.util.Collection<String> erpIds) {
        if (!erpIds.isEmpty()) {
            parked.markTakenIn(sourceSystem, erpIds, clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<ParkedOrderView> parked() {
        return parked.findByStatusOrderByParkedAtDesc("PARKED").stream().map(ParkedOrder::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrderDocument> document(UUID id) {
        return parked.findById(id).map(order -> JSON.readValue(order.payload(), OrderDocument.class));
    }
}
