package org.supplierportal.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QualityIncidentRepository extends JpaRepository<QualityIncident, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from QualityIncident i where i.id = ?1")
    Optional<QualityIncident> findForUpdate(UUID id);

    Optional<QualityIncident> findByNumber(String number);

    boolean existsBySourceReference(String sourceReference);

    /** Newest first; {@code stepStatuses}: only incidents with a step in one of them (all statuses: no narrowing). */
    @Query("select i from QualityIncident i where (?1 = false or i.status = org.supplierportal.quality.IncidentStatus.OPEN)"
            + " and (?2 is null or i.number like ?2 or i.partNumber like ?2 or i.orderNumber like ?2)"
            + " and exists (select s from QualityStep s where s.incident = i and s.status in ?3)"
            + " order by i.openedAt desc, i.id")
    List<QualityIncident> search(boolean openOnly, String prefixPattern, java.util.Collection<StepStatus> stepStatuses,
                                 Pageable page);

    /**
     * The page of {@link #search} after the incident opened at {@code afterOpenedAt} with {@code afterId} (keyset
     * paging). A query of its own: PostgreSQL cannot type a null timestamp in "? is null".
     */
    @Query("select i from QualityIncident i where (?1 = false or i.status = org.supplierportal.quality.IncidentStatus.OPEN)"
            + " and (?2 is null or i.number like ?2 or i.partNumber like ?2 or i.orderNumber like ?2)"
            + " and exists (select s from QualityStep s where s.incident = i and s.status in ?3)"
            + " and (i.openedAt < ?4 or (i.openedAt = ?4 and i.id > ?5))"
            + " order by i.openedAt desc, i.id")
    List<QualityIncident> searchAfter(boolean openOnly, String prefixPattern, java.util.Collection<StepStatus> stepStatuses,
                                      Instant afterOpenedAt, UUID afterId, Pageable page);

    @Query("select s from QualityStep s join fetch s.incident i where s.status in (org.supplierportal.quality.StepStatus.OPEN,"
            + " org.supplierportal.quality.StepStatus.RETURNED) and s.dueAt < ?1 and s.overdueRaisedAt is null")
    List<QualityStep> overdueNotRaised(Instant now);

    /** [status, count, overdue count] of the steps the current user may see, of open incidents. */
    @Query("select s.status, count(s), sum(case when s.dueAt < ?1 then 1 else 0 end) from QualityStep s join s.incident i"
            + " where i.status = org.supplierportal.quality.IncidentStatus.OPEN group by s.status")
    List<Object[]> stepCounts(Instant now);

    long countByStatus(IncidentStatus status);

    /** [tenant id, count] of open incidents per supplier. */
    @Query("select i.tenantId, count(i) from QualityIncident i where i.status = org.supplierportal.quality.IncidentStatus.OPEN"
            + " group by i.tenantId")
    List<Object[]> openPerSupplier();

    @Query("select i from QualityIncident i where i.orderId = ?1 order by i.openedAt desc")
    List<QualityIncident> ofOrder(UUID orderId);
}
