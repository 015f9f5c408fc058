package org.supplierportal.onboarding.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TenantRejectedException;

/** A refusal of a supplier change in the reader's language, or in English where the service has only that. */
final class Refusals {

    private Refusals() {
    }

    static String text(TenantRejectedException rejected) {
        RuleText translatable = rejected.translatable();
        return translatable == null ? rejected.getMessage()
                : I18NProvider.translate(translatable.key(), translatable.arguments().toArray());
    }
}
