package org.supplierportal.erp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParkedOrderRepository extends JpaRepository<ParkedOrder, UUID> {

    Optional<ParkedOrder> findBySourceSystemAndErpId(String sourceSystem, String erpId);

    List<ParkedOrder> findByStatusOrderByParkedAtDesc(String status);
}
