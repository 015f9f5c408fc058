package org.supplierportal.acknowledgment;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/** How fast suppliers acknowledge: from an order revision's arrival to the supplier's first answer to it. */
@Service
public class AcknowledgmentFigures {

    /** The average time to the first answer, over how many answered revisions. */
    public record CycleTime(Duration average, long answered) {
    }

    private final EntityManager entityManager;

    AcknowledgmentFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per supplier, for the revisions first answered since the given time. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<TenantId, CycleTime> cycleTimesSince(Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select first.tenant_id, avg(extract(epoch from (first.answered_at - r.received_at))), count(*)
                from (select a.tenant_id, a.order_id, a.revision, min(a.submitted_at) as answered_at
                      from acknowledgment a group by a.tenant_id, a.order_id, a.revision) first
                join purchase_order_revision r on r.order_id = first.order_id and r.revision = first.revision
                where first.answered_at >= ?1
                group by first.tenant_id""")
                .setParameter(1, since)
                .getResultList();
        Map<TenantId, CycleTime> times = new HashMap<>();
        for (Object[] row : rows) {
            long seconds = Math.max(0, Math.round(((Number) row[1]).doubleValue()));
            times.put(new TenantId((UUID) row[0]), new CycleTime(Duration.ofSeconds(seconds), ((Number) row[2]).longValue()));
        }
        return times;
    }
}
