package org.supplierportal.erp.outbound;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    Optional<OutboundMessage> findByIdempotencyKey(String idempotencyKey);

    List<OutboundMessage> findByStatusOrderByCreatedAtAsc(OutboundMessage.Status status);

    long countByStatus(OutboundMessage.Status status);
}
