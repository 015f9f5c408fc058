package org.supplierportal.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Quality incidents as a supplier (its own) or a buyer (all) may read them: the list, one incident with its files,
 * the files themselves, and the counts for home pages and supplier figures.
 */
@Service
public class QualityQueries {

    static final int LIST_LIMIT = 500;

    private final QualityIncidentRepository incidents;
    private final QualityAttachmentRepository attachments;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    QualityQueries(QualityIncidentRepository incidents, QualityAttachmentRepository attachments, TenantService tenants,
                   CurrentUsers currentUsers, Clock clock) {
        this.incidents = incidents;
        this.attachments = attachments;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The incidents the current user may see, newest first (at most {@value #LIST_LIMIT}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IncidentView> search(QualityFilter filter) {
        return searchAfter(filter, null, null, LIST_LIMIT);
    }

    /**
     * A page of {@link #search}: the incidents after the one opened at {@code afterOpenedAt} with {@code afterId}
     * (keyset paging; both null for the first page).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IncidentView> searchAfter(QualityFilter filter, Instant afterOpenedAt, UUID afterId, int limit) {
        String pattern = filter.text() == null || filter.text().isBlank() ? null
                : filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // Whose turn: a supplier's is an answer to give (open or returned steps), a buyer's an answer to review.
        Set<StepStatus> turn = !filter.myTurnOnly() ? EnumSet.allOf(StepStatus.class)
                : currentUsers.require().isCrossTenant() ? EnumSet.of(StepStatus.SUBMITTED)
                : EnumSet.of(StepStatus.OPEN, StepStatus.RETURNED);
        Map<UUID, String> names = new HashMap<>();
        boolean open = filter.openOnly() || filter.myTurnOnly();
        PageRequest page = PageRequest.of(0, Math.min(limit, LIST_LIMIT));
        List<QualityIncident> found = afterOpenedAt == null || afterId == null ? incidents.search(open, pattern, turn, page)
                : incidents.searchAfter(open, pattern, turn, afterOpenedAt, afterId, page);
        return found.stream()
                .map(incident -> incident.view(names.computeIfAbsent(incident.tenantId(), this::supplierName), List.of()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public IncidentView find(UUID id) {
        QualityIncident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        return incident.view(supplierName(incident.tenantId()), attachments.listOf(id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<IncidentView> findByNumber(String number) {
        return incidents.findByNumber(number).map(incident -> find(incident.id()));
    }

    /** Incidents about an order, for the order's page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IncidentView> ofOrder(OrderId order) {
        return incidents.ofOrder(order.value()).stream().map(incident -> incident.view(null, List.of())).toList();
    }

    /** A file of an incident the current user may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttachmentContent download(UUID incidentId, UUID attachmentId) {
        return attachments.findById(attachmentId).filter(attachment -> attachment.incidentId().equals(incidentId))
                .map(QualityAttachment::content)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId + "/" + attachmentId));
    }

    /** What needs doing about quality for the current user: their own supplier's, or all for buyers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public QualityDashboard dashboard() {
        long due = 0;
        long overdue = 0;
        long toReview = 0;
        for (Object[] row : incidents.stepCounts(clock.instant())) {
            StepStatus status = (StepStatus) row[0];
            if (status.awaitsSupplier()) {
                due += (Long) row[1];
                overdue += ((Number) row[2]).longValue();
            } else if (status == StepStatus.SUBMITTED) {
                toReview += (Long) row[1];
            }
        }
        return new QualityDashboard(due, overdue, toReview, incidents.countByStatus(IncidentStatus.OPEN));
    }

    /** Open incidents per supplier, for the buyers' supplier figures. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<TenantId, Long> openIncidentsPerSupplier() {
        Map<TenantId, Long> open = new HashMap<>();
        incidents.openPerSupplier().forEach(row -> open.put(new TenantId((UUID) row[0]), (Long) row[1]));
        return open;
    }

    private String supplierName(UUID tenant) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant()) {
            return user.tenantName();
        }
        return tenants.find(new TenantId(tenant)).map(TenantSummary::name).orElse("Unknown supplier");
    }
}
