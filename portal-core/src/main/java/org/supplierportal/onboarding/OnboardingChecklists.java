package org.supplierportal.onboarding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.identity.InvitationView;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.order.OrderFigures;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/** Gathers the facts for every supplier's onboarding checklist in a few queries. */
@Service
public class OnboardingChecklists {

    private final TenantService tenants;
    private final UserAccountService users;
    private final InvitationService invitations;
    private final OrderFigures orders;

    OnboardingChecklists(TenantService tenants, UserAccountService users, InvitationService invitations,
                         OrderFigures orders) {
        this.tenants = tenants;
        this.users = users;
        this.invitations = invitations;
        this.orders = orders;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<TenantId, OnboardingChecklist> forAll() {
        return of(tenants.listAll());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public OnboardingChecklist of(TenantSummary tenant) {
        return of(List.of(tenant)).get(tenant.id());
    }

    private Map<TenantId, OnboardingChecklist> of(List<TenantSummary> all) {
        Map<TenantId, Long> activeUsers = users.activeUserCounts();
        Map<TenantId, Long> open = invitations.openInvitations(null).stream()
                .filter(invitation -> invitation.tenantId() != null && !invitation.passwordReset())
                .collect(Collectors.groupingBy(InvitationView::tenantId, Collectors.counting()));
        Set<TenantId> withOrders = orders.withOrders(all.stream().map(TenantSummary::id).toList());
        return all.stream().collect(Collectors.toMap(TenantSummary::id, tenant -> OnboardingChecklist.of(tenant.id(),
                tenant.erpPartyCodes(), activeUsers.getOrDefault(tenant.id(), 0L), open.getOrDefault(tenant.id(), 0L),
                tenant.tolerancesReviewedBy(), withOrders.contains(tenant.id())), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
