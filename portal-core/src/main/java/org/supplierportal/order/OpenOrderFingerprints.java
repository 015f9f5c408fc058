package org.supplierportal.order;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open orders of one source system with the fingerprint of their current revision, page by page (keyset on the
 * order id, so every page costs the same), across all suppliers: what the ERP connector's reconciliation compares
 * with the ERP. An order is open while something is still to be delivered on it: it is not cancelled, and a line
 * that is neither cancelled nor rejected has received less than was ordered or agreed.
 */
@Service
@Transactional(readOnly = true)
public class OpenOrderFingerprints {

    private static final String QUERY = "select o.id, o.erpId, o.number, o.contentHash from PurchaseOrder o"
            + " where o.sourceSystem = :system and o.status <> :cancelled and o.id > :after"
            + " and exists (select 1 from PurchaseOrderLine l where l.order = o and l.status not in :closed"
            + " and l.receivedQuantity < coalesce(l.committedQuantity, l.ordered.quantity))"
            + " order by o.id";
    // PostgreSQL orders uuids byte by byte: the nil uuid comes first.
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final EntityManager entityManager;

    OpenOrderFingerprints(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** At most {@code limit} open orders after {@code after} (null: from the first), in the order of their ids. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OrderFingerprint> page(String sourceSystem, OrderId after, int limit) {
        return entityManager.createQuery(QUERY, Object[].class)
                .setParameter("system", sourceSystem)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setParameter("closed", List.of(LineStatus.CANCELLED, LineStatus.REJECTED))
                .setParameter("after", after == null ? BEFORE_ALL : after.value())
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new OrderFingerprint(new OrderId((UUID) row[0]), (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
