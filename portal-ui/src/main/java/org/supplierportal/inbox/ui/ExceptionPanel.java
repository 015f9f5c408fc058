package org.supplierportal.inbox.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionView;
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
            add(new Paragraph("Select an exception to see it in full and decide."));
            return;
        }
        add(new H2(exception.type().label()), facts(exception));
        if (exception.subjectLink() != null) {
            Anchor subject = new Anchor(exception.subjectLink(), "Open " + exception.subject().split(":")[0]);
            subject.setId("open-subject");
            add(subject);
        }
        if (exception.orderId() != null) {
            add(new Anchor("orders/" + exception.orderId(), "Open PO " + exception.orderNumber()));
        }
        if (exception.status() != ExceptionStatus.OPEN) {
            add(new Paragraph(exception.status().label() + " by " + exception.decidedBy() + " on "
                    + UserFormats.dateTime(exception.decidedAt()) + (exception.decisionNote() == null ? "" : ": " + exception.decisionNote())));
        }
    }

    private Div facts(ExceptionView exception) {
        Div compare = new Div();
        compare.addClassName("compare");
        compare.setId("exception-details");
        Facts.row(compare, "Supplier", exception.supplierName());
        if (exception.subject() != null) {
            Facts.row(compare, "About", exception.subject());
        }
        if (exception.orderId() != null) {
            Facts.row(compare, "Order", "PO " + exception.orderNumber() + ", revision " + exception.orderRevision()
                    + (exception.lineNumber() == null ? "" : ", line " + exception.lineNumber())
                    + (exception.partNumber() == null ? "" : " (" + exception.partNumber() + ")"));
        } else if (exception.partNumber() != null) {
            Facts.row(compare, "Part", exception.partNumber());
        }
        if (exception.orderedSummary() != null) {
            Facts.row(compare, "Ordered", exception.orderedSummary());
        }
        if (exception.proposedSummary() != null) {
            Facts.row(compare, "Supplier answered", exception.proposedSummary());
        }
        Facts.row(compare, "Why you see it", exception.rule());
        Facts.row(compare, "Raised", UserFormats.dateTime(exception.raisedAt()) + " (" + UserFormats.age(exception.age(clock.instant())) + " ago)");
        Facts.row(compare, "Decide by", UserFormats.dateTime(exception.dueAt()));
        return compare;
    }
}
