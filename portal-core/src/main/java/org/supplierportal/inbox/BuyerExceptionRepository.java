package org.supplierportal.inbox;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BuyerExceptionRepository extends JpaRepository<BuyerException, UUID> {

    List<BuyerException> findByOrderIdAndStatus(UUID orderId, ExceptionStatus status);

    List<BuyerException> findByOrderIdOrderByRaisedAtDesc(UUID orderId);

    List<BuyerException> findByAcknowledgmentLineIdAndStatus(UUID acknowledgmentLineId, ExceptionStatus status);

    List<BuyerException> findByOrderIdAndTypeAndOrderRevision(UUID orderId, ExceptionType type, int orderRevision);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select e from BuyerException e where e.id = ?1")
    java.util.Optional<BuyerException> findForUpdate(UUID id);

    java.util.List<BuyerException> findBySubjectLink(String subjectLink);
}
