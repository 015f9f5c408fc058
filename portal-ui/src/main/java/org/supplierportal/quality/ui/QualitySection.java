package org.supplierportal.quality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.supplierportal.quality.QualityDashboard;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.shell.ActionCard;
import org.supplierportal.shell.HomeSection;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.i18n.I18NProvider;

/** Quality on the home page: for a supplier the steps to answer, for a buyer the answers to review. */
@org.springframework.stereotype.Component
class QualitySection implements HomeSection {

    private final QualityQueries quality;

    QualitySection(QualityQueries quality) {
        this.quality = quality;
    }

    @Override
    public boolean isFor(CurrentUser user) {
        return true;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(CurrentUser user) {
        QualityDashboard dashboard = quality.dashboard();
        Div cards = new Div();
        if (user.hasRole(Role.SUPPLIER_USER)) {
            cards.add(ActionCard.of("quality-steps-due", dashboard.stepsDue(), I18NProvider.translate("home.quality.stepsDue"),
                            I18NProvider.translate("home.quality.stepsDue.hint"), "quality?mine",
                            dashboard.stepsDue() > 0 ? ActionCard.Tone.NORMAL : ActionCard.Tone.CALM),
                    ActionCard.of("quality-steps-overdue", dashboard.stepsOverdue(), I18NProvider.translate("home.quality.overdue"),
                            I18NProvider.translate("home.quality.overdue.hint"), "quality?mine",
                            dashboard.stepsOverdue() > 0 ? ActionCard.Tone.URGENT : ActionCard.Tone.CALM));
        } else {
            cards.add(ActionCard.of("quality-to-review", dashboard.toReview(), I18NProvider.translate("home.quality.toReview"),
                            I18NProvider.translate("home.quality.toReview.hint"), "quality?mine",
                            dashboard.toReview() > 0 ? ActionCard.Tone.NORMAL : ActionCard.Tone.CALM),
                    ActionCard.of("quality-open", dashboard.openIncidents(), I18NProvider.translate("home.quality.open"),
                            I18NProvider.translate("home.quality.open.hint", dashboard.stepsOverdue()), "quality",
                            dashboard.stepsOverdue() > 0 ? ActionCard.Tone.URGENT : ActionCard.Tone.CALM));
        }
        cards.addClassName("action-cards");
        Div section = new Div(new H2(I18NProvider.translate("menu.quality")), cards);
        section.addClassName("card");
        section.setId("quality-summary");
        return section;
    }
}
