package org.supplierportal.erp.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    Optional<OutboundMessage> findByIdempotencyKey(String idempotencyKey);

    List<OutboundMessage> findByStatusAndNextAttemptAtLessThanEqualOrderByCreatedAtAsc(OutboundMessage.Status status,
                                                                                    Instant now, Limit limit);

    List<OutboundMessage> findByStatusOrderByCreatedAtAsc(OutboundMessage.Status status);

    long countByStatus(OutboundMessage.Status status);
}
