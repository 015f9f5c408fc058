package org.supplierportal.acknowledgment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.acknowledgment.StaleRevisionException;
import org.supplierportal.order.RevisionChange;
import org.supplierportal.order.ChangeTexts;

/** The order changed while the supplier answered: what changed, that nothing was sent, and the way to the new revision. */
class StaleRevisionDialog extends Dialog {

    StaleRevisionDialog(String orderNumber, StaleRevisionException stale) {
        setHeaderTitle(getTranslation("ack.stale.title", orderNumber));
        add(new Paragraph(getTranslation("ack.stale.text", stale.answeredRevision(), stale.currentRevision())));
        Div changes = new Div();
        for (RevisionChange change : stale.changes().changes()) {
            changes.add(new Paragraph(ChangeTexts.where(change) + " · " + ChangeTexts.what(change) + ": "
                    + (change.before() == null ? "—" : ChangeTexts.before(change)) + " → "
                    + (change.after() == null ? "—" : ChangeTexts.after(change))));
        }
        changes.setId("stale-changes");
        add(changes);
        Button review = new Button(getTranslation("ack.stale.review", stale.currentRevision()), click -> {
            close();
            fireEvent(new ReviewRequested(this));
        });
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.setId("review-new-revision");
        getFooter().add(review);
        setCloseOnOutsideClick(false);
    }

    Registration addReviewListener(ComponentEventListener<ReviewRequested> listener) {
        return addListener(ReviewRequested.class, listener);
    }

    /** The supplier goes on to answer the new revision. */
    static final class ReviewRequested extends ComponentEvent<StaleRevisionDialog> {
        ReviewRequested(StaleRevisionDialog source) {
            super(source, true);
        }
    }
}
