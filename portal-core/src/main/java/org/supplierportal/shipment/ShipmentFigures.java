package org.supplierportal.shipment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/**
 * How reliably suppliers ship on time: the share of ASN lines shipped on or before the line's due date (the last
 * committed delivery date, or the requested date before a commitment).
 */
@Service
public class ShipmentFigures {

    /** Lines shipped on time of the lines shipped. */
    public record OnTime(long onTime, long shipped) {
        public double rate() {
            return shipped == 0 ? 0 : (double) onTime / shipped;
        }
    }

    private final EntityManager entityManager;

    ShipmentFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per supplier, for ASNs (not cancelled) shipped since the given day. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<TenantId, OnTime> onTimeSince(LocalDate since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select l.tenant_id,
                       count(*) filter (where a.ship_date <= coalesce(
                           (select max(d.date) from line_commitment_delivery d where d.line_id = pol.id), pol.requested_date)),
                       count(*)
                from asn_line l
                join asn a on a.id = l.asn_id
                join purchase_order_line pol on pol.order_id = l.order_id and pol.line_number = l.order_line_number
                where a.status <> 'CANCELLED' and a.ship_date >= ?1
                group by l.tenant_id""")
                .setParameter(1, since)
                .getResultList();
        Map<TenantId, OnTime> figures = new HashMap<>();
        for (Object[] row : rows) {
            figures.put(new TenantId((UUID) row[0]), new OnTime(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return figures;
    }
}
