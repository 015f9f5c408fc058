package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenancy.TenantId;

class OnboardingChecklistTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @Test
    void aNewSupplierLacksEveryStepAndEachSaysWhatToDo() {
        OnboardingChecklist checklist = OnboardingChecklist.of(TENANT, List.of(), 0, 0, null, false);

        assertThat(checklist.doneCount()).isZero();
        assertThat(checklist.steps()).extracting(OnboardingStep::next).containsExactly(
                "Enter the supplier's party code from the ERP, so that its orders reach it",
                "Invite the supplier's people",
                "Check the tolerance limits and confirm them",
                "Orders arrive once the party code is mapped");
    }

    @Test
    void anInvitationNotYetAcceptedDoesNotCountAsAUser() {
        OnboardingChecklist checklist = OnboardingChecklist.of(TENANT, List.of("SUP-1"), 0, 2, null, false);

        assertThat(checklist.steps().get(1).done()).isFalse();
        assertThat(checklist.steps().get(1).next()).isEqualTo("2 invitations are waiting to be accepted");
    }

    @Test
    void aSupplierWithCodesUsersReviewedLimitsAndOrdersIsComplete() {
        OnboardingChecklist checklist = OnboardingChecklist.of(TENANT, List.of("SUP-1"), 1, 0, "Ada Admin", true);

        assertThat(checklist.complete()).isTrue();
        assertThat(checklist.steps()).extracting(OnboardingStep::next)
                .containsExactly("SUP-1", "1 person can log in", "Confirmed by Ada Admin", "Orders are arriving");
    }
}
