package org.supplierportal.onboarding;

import java.util.List;

/** What applying the tenant files did, for the start-up log and the admin screens. */
public record OnboardingReport(List<String> tenantsCreated, List<String> tenantsUpdated, List<String> tenantsUnchanged,
                               int usersCreated, int usersUpdated, int usersUnchanged) {

    public boolean changedAnything() {
        return !tenantsCreated.isEmpty() || !tenantsUpdated.isEmpty() || usersCreated > 0 || usersUpdated > 0;
    }

    @Override
    public String toString() {
        return "tenants created " + tenantsCreated + ", updated " + tenantsUpdated + ", unchanged "
                + tenantsUnchanged.size() + "; users created " + usersCreated + ", updated " + usersUpdated
                + ", unchanged " + usersUnchanged;
    }
}
