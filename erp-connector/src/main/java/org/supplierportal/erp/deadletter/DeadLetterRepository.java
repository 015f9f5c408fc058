package org.supplierportal.erp.deadletter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadLetterRepository extends JpaRepository<DeadLetter, UUID> {

    Optional<DeadLetter> findByKindAndSourceSystemAndRecordKeyAndStatus(String kind, String sourceSystem, String recordKey,
                                                                     DeadLetter.Status status);

    List<DeadLetter> findByStatusOrderByCreatedAtDesc(DeadLetter.Status status);

    long countByStatus(DeadLetter.Status status);

    List<DeadLetter> findByKindAndSourceSystemAndStatusAndRecordKeyIn(String kind, String sourceSystem, DeadLetter.Status status,
                                                                      java.util.Collection<String> keys);
}
