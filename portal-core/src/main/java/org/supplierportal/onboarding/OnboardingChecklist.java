package org.supplierportal.onboarding;

import java.util.List;

import org.supplierportal.tenancy.TenantId;

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
                new OnboardingStep("ERP party codes mapped", !partyCodes.isEmpty(), partyCodes.isEmpty()
                        ? "Enter the supplier's party code from the ERP, so that its orders reach it"
                        : String.join(", ", partyCodes)),
                new OnboardingStep("At least one active user", activeUsers > 0, activeUsers > 0
                        ? activeUsers + (activeUsers == 1 ? " person can log in" : " people can log in")
                        : openInvitations > 0
                        ? openInvitations + (openInvitations == 1 ? " invitation is" : " invitations are") + " waiting to be accepted"
                        : "Invite the supplier's people"),
                new OnboardingStep("Tolerances reviewed", tolerancesReviewedBy != null, tolerancesReviewedBy != null
                        ? "Confirmed by " + tolerancesReviewedBy
                        : "Check the tolerance limits and confirm them"),
                new OnboardingStep("First order received", ordersReceived, ordersReceived
                        ? "Orders are arriving"
                        : partyCodes.isEmpty() ? "Orders arrive once the party code is mapped"
                        : "Orders arrive from the ERP with the next order for " + String.join(" or ", partyCodes))));
    }
}
