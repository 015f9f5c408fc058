package org.supplierportal.acknowledgment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AcknowledgmentRepository extends JpaRepository<Acknowledgment, UUID> {

    Optional<Acknowledgment> findByTenantIdAndIdempotencyKey(UUID tenantId, String idempotencyKey);

    List<Acknowledgment> findByOrderIdOrderBySubmittedAtDesc(UUID orderId);

    Optional<Acknowledgment> findFirstByOrderIdAndRevisionOrderBySubmittedAtDesc(UUID orderId, int revision);
}
