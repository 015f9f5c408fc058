package org.supplierportal.invoice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Invoices as a supplier (its own) or a buyer (all) may read them. */
@Service
public class InvoiceQueries {

    static final int LIST_LIMIT = 500;

    private final InvoiceRepository invoices;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;

    InvoiceQueries(InvoiceRepository invoices, TenantService tenants, CurrentUsers currentUsers) {
        this.invoices = invoices;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
    }

    /** Most recently changed first, at most {@value #LIST_LIMIT}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InvoiceView> search(InvoiceFilter filter) {
        return searchAfter(filter, null, null, LIST_LIMIT);
    }

    /**
     * A page of {@link #search}: the invoices after the one changed at {@code afterUpdatedAt} with {@code afterId}
     * (keyset paging; both null for the first page).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InvoiceView> searchAfter(InvoiceFilter filter, java.time.Instant afterUpdatedAt, UUID afterId, int limit) {
        String pattern = filter.text() == null || filter.text().isBlank() ? null
                : filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Map<UUID, String> names = new HashMap<>();
        PageRequest page = PageRequest.of(0, Math.min(limit, LIST_LIMIT));
        List<Invoice> found = afterUpdatedAt == null || afterId == null ? invoices.search(filter.status(), pattern, page)
                : invoices.searchAfter(filter.status(), pattern, afterUpdatedAt, afterId, page);
        return found.stream()
                .map(invoice -> invoice.view(names.computeIfAbsent(invoice.tenantId(), this::supplierName))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InvoiceView find(UUID id) {
        Invoice invoice = invoices.findById(id).orElseThrow(() -> new InvoiceNotFoundException(id));
        return invoice.view(supplierName(invoice.tenantId()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InvoiceView> ofOrder(OrderId order) {
        return invoices.ofOrder(order.value()).stream().map(invoice -> invoice.view(null)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InvoiceDashboard dashboard() {
        Map<InvoiceStatus, Long> counts = new HashMap<>();
        invoices.countByStatus().forEach(row -> counts.put((InvoiceStatus) row[0], (Long) row[1]));
        return new InvoiceDashboard(counts.getOrDefault(InvoiceStatus.BLOCKED, 0L),
                counts.getOrDefault(InvoiceStatus.APPROVED, 0L), counts.getOrDefault(InvoiceStatus.PAID, 0L),
                counts.getOrDefault(InvoiceStatus.RECEIVED, 0L) + counts.getOrDefault(InvoiceStatus.IN_MATCHING, 0L));
    }

    private String supplierName(UUID tenant) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant()) {
            return user.tenantName();
        }
        return tenants.find(new TenantId(tenant)).map(TenantSummary::name).orElse("Unknown supplier");
    }
}
