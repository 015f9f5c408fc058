package org.supplierportal.shipment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRepository extends JpaRepository<Receipt, UUID> {

    boolean existsBySourceSystemAndErpReceiptId(String sourceSystem, String erpReceiptId);
}
