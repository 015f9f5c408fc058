package org.supplierportal.onboarding.ui;

import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.onboarding.OnboardingChecklist;
import org.supplierportal.onboarding.OnboardingStep;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.locale.Explanations;

/** What onboarding a supplier still takes, step by step, with the two steps an admin does from here. */
class OnboardingChecklistCard extends Div {

    OnboardingChecklistCard(TenantSummary tenant, OnboardingChecklist checklist) {
        setId("onboarding-checklist");
        addClassNames("card", "checklist");
        add(new H2(checklist.complete() ? getTranslation("supplier.onboarding.complete")
                : getTranslation("supplier.onboarding.progress", checklist.doneCount(), checklist.steps().size())));
        UnorderedList steps = new UnorderedList();
        for (OnboardingStep step : checklist.steps()) {
            ListItem item = new ListItem();
            item.addClassName(step.done() ? "step-done" : "step-open");
            item.add(step.done() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create(),
                    new Span(Explanations.translate(step.title())), hint(Explanations.translate(step.nextStep())));
            steps.add(item);
        }
        Button invite = new Button(getTranslation("supplier.invitePeople"), VaadinIcon.ENVELOPE.create(), click -> UI.getCurrent()
                .navigate("admin/users", QueryParameters.simple(Map.of("supplier", tenant.key(), "invite", ""))));
        invite.setId("invite-people");
        invite.setEnabled(tenant.active());
        Button confirmTolerances = new Button(getTranslation(tenant.tolerancesReviewedAt() == null ? "supplier.confirmTolerances" : "supplier.confirmTolerancesAgain"),
                VaadinIcon.CHECK.create(), click -> fireEvent(new TolerancesConfirmed(this)));
        confirmTolerances.setId("confirm-tolerances");
        add(steps, new HorizontalLayout(invite, confirmTolerances));
    }

    Registration addConfirmListener(ComponentEventListener<TolerancesConfirmed> listener) {
        return addListener(TolerancesConfirmed.class, listener);
    }

    private static Span hint(String text) {
        Span hint = new Span(" — " + text);
        hint.addClassName("step-hint");
        return hint;
    }

    /** The admin confirms that the supplier's tolerance limits were looked at. */
    static final class TolerancesConfirmed extends ComponentEvent<OnboardingChecklistCard> {
        TolerancesConfirmed(OnboardingChecklistCard source) {
            super(source, true);
        }
    }
}
