package org.supplierportal.onboarding;

import java.util.List;

import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.Explanation;

/** What a supplier's onboarding has done and still lacks, in the order an admin works through it. */
public record OnboardingChecklist(TenantId tenantId, List<OnboardingStep> steps) {

    public long doneCount() {
        return steps.stream().filter(OnboardingStep::done).count();
    }

    public boolean complete() {
        return doneCount() == steps.size();
    }

    /**
     * The rule, pure: which facts make which step done.
     *
     * @param partyCodes       the supplier's ERP party codes
     * @param activeUsers      accounts that can log in
     * @param openInvitations  invitations sent, not yet used
     * @param tolerancesReviewedBy who confirmed the tolerance limits, or null
     * @param ordersReceived   whether any order has arrived
     */
    static OnboardingChecklist of(TenantId tenant, List<String> partyCodes, long activeUsers, long openInvitations,
                                  String tolerancesReviewedBy, boolean ordersReceived) {
        return new OnboardingChecklist(tenant, List.of(
                new OnboardingStep(Explanation.of("onboarding.step.codes"), !partyCodes.isEmpty(), partyCodes.isEmpty()
                        ? Explanation.of("onboarding.next.codes")
                        : Explanation.of("onboarding.found.codes", String.join(", ", partyCodes))),
                new OnboardingStep(Explanation.of("onboarding.step.users"), activeUsers > 0, activeUsers > 0
                        ? Explanation.of("onboarding.found.users", activeUsers)
                        : openInvitations > 0
                        ? Explanation.of("onboarding.next.invitations", openInvitations)
                        : Explanation.of("onboarding.next.users")),
                new OnboardingStep(Explanation.of("onboarding.step.tolerances"), tolerancesReviewedBy != null, tolerancesReviewedBy != null
                        ? Explanation.of("onboarding.found.tolerances", tolerancesReviewedBy)
                        : Explanation.of("onboarding.next.tolerances")),
                new OnboardingStep(Explanation.of("onboarding.step.firstOrder"), ordersReceived, ordersReceived
                        ? Explanation.of("onboarding.found.orders")
                        : partyCodes.isEmpty() ? Explanation.of("onboarding.next.ordersNeedCodes")
                        : Explanation.of("onboarding.next.orders", String.join(", ", partyCodes)))));
    }
}
