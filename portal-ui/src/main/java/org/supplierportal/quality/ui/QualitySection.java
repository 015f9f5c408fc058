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
            cards.add(ActionCard.of("quality-steps-due", dashboard.stepsDue(), "Quality steps to answer",
                            "Containment, root cause or actions your customer waits for.", "quality?mine",
                            dashboard.stepsDue() > 0 ? ActionCard.Tone.NORMAL : ActionCard.Tone.CALM),
                    ActionCard.of("quality-steps-overdue", dashboard.stepsOverdue(), "Past their due date",
                            "Answer these first.", "quality?mine",
                            dashboard.stepsOverdue() > 0 ? ActionCard.Tone.URGENT : ActionCard.Tone.CALM));
        } else {
            cards.add(ActionCard.of("quality-to-review", dashboard.toReview(), "Quality answers to review",
                            "Steps suppliers answered; accept or return them.", "quality?mine",
                            dashboard.toReview() > 0 ? ActionCard.Tone.NORMAL : ActionCard.Tone.CALM),
                    ActionCard.of("quality-open", dashboard.openIncidents(), "Open incidents",
                            dashboard.stepsOverdue() + " steps past due at suppliers.", "quality",
                            dashboard.stepsOverdue() > 0 ? ActionCard.Tone.URGENT : ActionCard.Tone.CALM));
        }
        cards.addClassName("action-cards");
        Div section = new Div(new H2("Quality"), cards);
        section.addClassName("card");
        section.setId("quality-summary");
        return section;
    }
}
