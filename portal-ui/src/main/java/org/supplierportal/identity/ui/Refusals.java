package org.supplierportal.identity.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.tenant.RuleText;

/** Refusals of invitations and account changes in the reader's language (English where the service has only that). */
final class Refusals {

    private Refusals() {
    }

    static String text(InvitationRejectedException rejected) {
        RuleText translatable = rejected.translatable();
        return translatable == null ? rejected.getMessage() : text(translatable);
    }

    static String text(RuleText refusal) {
        return I18NProvider.translate(refusal.key(), refusal.arguments().toArray());
    }
}
