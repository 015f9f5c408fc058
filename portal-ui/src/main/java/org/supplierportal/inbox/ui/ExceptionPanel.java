package org.supplierportal.inbox.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.UserFormats;

/**
 * The selected exception in full: what was ordered and answered, the rule that fired, its age and deadline, links to
 * what it is about, and how it was decided; the view adds the decision form to an open one.
 */
class ExceptionPanel extends Div {

    private final Clock clock;

    ExceptionPanel(Clock clock) {
        this.clock = clock;
        addClassName("decision-panel");
        setId("decision-panel");
        getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto").set("height", "100%")
                .set("box-sizing", "border-box");
        show(null);
    }

    void show(ExceptionView exception) {
        removeAll();
        if (exception == null) {
            add(new Paragraph(getTranslation("inbox.select")));
            return;
        }
        add(new H2(InboxTexts.type(exception.type())), facts(exception));
        if (exception.subjectLink() != null && exception.subject() != null) {
            Anchor subject = new Anchor(exception.subjectLink(), getTranslation("inbox.open",
                    Explanations.translate(exception.subject().thing())));
            subject.setId("open-subject");
            add(subject);
        }
        if (exception.orderId() != null) {
            add(new Anchor("orders/" + exception.orderId(), getTranslation("invoice.openOrder", exception.orderNumber())));
        }
        if (exception.status() != ExceptionStatus.OPEN) {
            add(new Paragraph(getTranslation("inbox.decidedBy", InboxTexts.status(exception.status()), exception.decidedBy(),
                    UserFormats.dateTime(exception.decidedAt())) + note(exception)));
        }
    }

    /** How it resolved itself in the reader's words, or the buyer's own note as written; empty when neither. */
    private static String note(ExceptionView exception) {
        if (exception.resolution() != null) {
            return ": " + Explanations.translate(exception.resolution().explanation());
        }
        return exception.decisionNote() == null ? "" : ": " + exception.decisionNote();
    }

    private Div facts(ExceptionView exception) {
        Div compare = new Div();
        compare.addClassName("compare");
        compare.setId("exception-details");
        Facts.row(compare, getTranslation("orders.column.supplier"), exception.supplierName());
        if (exception.subject() != null) {
            Facts.row(compare, getTranslation("inbox.column.about"), Explanations.translate(exception.subject().explanation()));
        }
        if (exception.orderId() != null) {
            Facts.row(compare, getTranslation("invoices.column.order"), getTranslation("inbox.orderFact", exception.orderNumber(),
                    exception.orderRevision(),
                    exception.lineNumber() == null ? "" : getTranslation("inbox.orderFact.line", exception.lineNumber()),
                    exception.partNumber() == null ? "" : " (" + exception.partNumber() + ")"));
        } else if (exception.partNumber() != null) {
            Facts.row(compare, getTranslation("quality.field.part"), exception.partNumber());
        }
        if (exception.orderedSummary() != null) {
            Facts.row(compare, getTranslation("inbox.field.ordered"), Explanations.translate(exception.orderedSummary()));
        }
        if (exception.proposedSummary() != null) {
            Facts.row(compare, getTranslation("inbox.field.answered"), Explanations.translate(exception.proposedSummary()));
        }
        Facts.row(compare, getTranslation("inbox.field.why"), Explanations.translate(exception.reason().explanation()));
        Facts.row(compare, getTranslation("inbox.field.raised"), getTranslation("inbox.raisedAgo",
                UserFormats.dateTime(exception.raisedAt()), UserFormats.age(exception.age(clock.instant()))));
        Facts.row(compare, getTranslation("inbox.column.decideBy"), UserFormats.dateTime(exception.dueAt()));
        return compare;
    }
}
