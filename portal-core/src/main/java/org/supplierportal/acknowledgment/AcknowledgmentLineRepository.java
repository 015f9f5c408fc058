package org.supplierportal.acknowledgment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcknowledgmentLineRepository extends JpaRepository<AcknowledgmentLine, UUID> {

    /** The latest answer to an order line. */
    @Query("select l from AcknowledgmentLine l where l.orderLineId = ?1 order by l.acknowledgment.submittedAt desc limit 1")
    Optional<AcknowledgmentLine> findLatestForOrderLine(UUID orderLineId);
}
