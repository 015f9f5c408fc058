package org.supplierportal.order;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/** Counts over orders: a supplier's "what needs my action", and which suppliers have orders at all (onboarding). */
@Service
@Transactional(readOnly = true)
public class OrderFigures {

    private final EntityManager entityManager;
    private final Clock clock;

    OrderFigures(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Which of the given suppliers have received at least one order (an onboarding step); one index probe each. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public Set<TenantId> withOrders(Collection<TenantId> tenants) {
        Set<TenantId> found = new HashSet<>();
        for (TenantId tenant : tenants) {
            boolean any = !entityManager.createQuery("select o.id from PurchaseOrder o where o.tenantId = :tenant", UUID.class)
                    .setParameter("tenant", tenant.value()).setMaxResults(1).getResultList().isEmpty();
            if (any) {
                found.add(tenant);
            }
        }
        return found;
    }

    /** The supplier's "what needs my action" counts. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    public SupplierDashboard dashboard() {
        Map<OrderStatus, Long> byStatus = new HashMap<>();
        entityManager.createQuery("select o.status, count(o) from PurchaseOrder o group by o.status", Object[].class)
                .getResultList().forEach(row -> byStatus.put((OrderStatus) row[0], (Long) row[1]));
        long overdue = entityManager.createQuery("select count(o) from PurchaseOrder o where o.status in :statuses"
                        + " and o.ackDueAt < :now", Long.class)
                .setParameter("statuses", List.of(OrderStatus.NEW, OrderStatus.CHANGED))
                .setParameter("now", clock.instant())
                .getSingleResult();
        return new SupplierDashboard(byStatus.getOrDefault(OrderStatus.NEW, 0L),
                byStatus.getOrDefault(OrderStatus.CHANGED, 0L), overdue,
                byStatus.getOrDefault(OrderStatus.ACTION_REQUIRED, 0L),
                byStatus.getOrDefault(OrderStatus.IN_REVIEW, 0L));
    }
}
