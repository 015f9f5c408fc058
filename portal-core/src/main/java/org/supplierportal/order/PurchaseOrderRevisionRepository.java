package org.supplierportal.order;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseOrderRevisionRepository extends JpaRepository<PurchaseOrderRevision, UUID> {

    Optional<PurchaseOrderRevision> findByOrderIdAndRevision(UUID orderId, int revision);

    List<PurchaseOrderRevision> findByOrderIdOrderByRevisionDesc(UUID orderId);
}
