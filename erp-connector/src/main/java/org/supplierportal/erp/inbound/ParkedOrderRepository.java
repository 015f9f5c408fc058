package org.supplierportal.erp.inbound;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParkedOrderRepository extends JpaRepository<ParkedOrder, UUID> {

    Optional<ParkedOrder> findBySourceSystemAndErpId(String sourceSystem, String erpId);

    List<ParkedOrder> findByStatusOrderByParkedAtDesc(String status);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update ParkedOrder p set p.status = 'TAKEN_IN', p.updatedAt = ?3"
            + " where p.sourceSystem = ?1 and p.erpId in ?2 and p.status = 'PARKED'")
    int markTakenIn(String sourceSystem, java.util.Collection<String> erpIds, java.time.Instant now);
}
