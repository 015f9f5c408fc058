package org.supplierportal.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, UUID> {

    Optional<PurchaseOrder> findBySourceSystemAndErpIdAndTenantId(String sourceSystem, String erpId, UUID tenantId);

    List<PurchaseOrder> findBySourceSystemAndErpIdIn(String sourceSystem, java.util.Collection<String> erpIds);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from PurchaseOrder o where o.id = ?1")
    Optional<PurchaseOrder> findForUpdate(UUID id);

    /**
     * The order's lines with their commitments, in one statement: an answer changes many of them, and each would
     * otherwise load its commitment on its own (a 50-line answer made 45 selects).
     */
    @Query("select distinct l from PurchaseOrderLine l left join fetch l.committedDeliveries where l.order.id = ?1")
    List<PurchaseOrderLine> fetchLinesWithCommitments(UUID orderId);

    @Query("select o from PurchaseOrder o where o.status in (org.supplierportal.order.OrderStatus.NEW, org.supplierportal.order.OrderStatus.CHANGED)"
            + " and o.ackDueAt < ?1 and (o.overdueRaisedRevision is null or o.overdueRaisedRevision <> o.revision)")
    List<PurchaseOrder> findNewlyOverdue(Instant now);
}
