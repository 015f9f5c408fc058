package org.supplierportal.quality.ui;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.quality.AttachmentView;
import org.supplierportal.quality.IncidentNotFoundException;
import org.supplierportal.quality.IncidentStatus;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.InvalidIncidentException;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.StepKind;
import org.supplierportal.quality.StepStatus;
import org.supplierportal.quality.StepView;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.LimitedUpload;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/**
 * One incident: the defect, its files, and the four steps of the supplier's answer. The supplier writes a step
 * while it is their turn; the buyer accepts it or returns it with what is missing.
 */
@Route("quality/:id")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class IncidentDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QualityService quality;
    private final QualityQueries incidents;
    private final Clock clock;
    private final boolean supplier;
    private String title = "Quality incident";

    IncidentDetailView(QualityService quality, QualityQueries incidents, CurrentUsers currentUsers, Clock clock) {
        this.quality = quality;
        this.incidents = incidents;
        this.clock = clock;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title + " | Supplier Portal";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(incidents.find(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
        } catch (IncidentNotFoundException | IllegalArgumentException missing) {
            removeAll();
            add(new EmptyState("No such incident", "This quality incident does not exist, or is not one you may see.",
                    new Button("All incidents", click -> UI.getCurrent().navigate("quality"))));
        }
    }

    private void show(IncidentView incident) {
        removeAll();
        title = "Incident " + incident.number();
        add(new ViewHeader(title + ": " + incident.title(), (supplier ? "" : incident.supplierName() + " · ")
                + "opened " + UserFormats.dateTime(incident.openedAt()) + " by " + incident.openedBy()));
        Div status = new Div(QualityListView.severityBadge(incident), new Span(" "), incident.status() == IncidentStatus.CLOSED
                ? StatusBadge.of("Closed: all steps accepted", StatusBadge.Tone.OK)
                : StatusBadge.of("Waiting for: " + QualityListView.waitingFor(incident.turn(), supplier).toLowerCase(), StatusBadge.Tone.INFO));
        status.setId("incident-status");
        add(status, facts(incident), files(incident, null, "incident-attachments"));
        Div steps = new Div(new H2("The supplier's answer"));
        steps.addClassName("steps");
        for (StepView step : incident.steps()) {
            steps.add(step(incident, step));
        }
        add(steps);
    }

    private Div facts(IncidentView incident) {
        Div card = new Div();
        card.addClassNames("card", "compare");
        card.setId("incident-facts");
        Facts.row(card, "Defect", incident.defect());
        Facts.row(card, "Part", Facts.dash(incident.partNumber()));
        Facts.row(card, "Order", incident.orderNumber() == null ? "—" : "PO " + incident.orderNumber()
                + (incident.orderLineNumber() == null ? "" : ", line " + incident.orderLineNumber()));
        Facts.row(card, "ASN", Facts.dash(incident.asnNumber()));
        Facts.row(card, "Lot / batch", Facts.dash(incident.lot()));
        Facts.row(card, "Quantity affected", incident.quantityAffected() == null ? "—"
                : UserFormats.quantity(incident.quantityAffected(), incident.unit()));
        if (incident.orderId() != null) {
            card.add(new Span(), new Anchor("orders/" + incident.orderId(), "Open PO " + incident.orderNumber()));
        }
        return card;
    }

    private Div step(IncidentView incident, StepView step) {
        String slug = step.kind().slug();
        Div card = new Div();
        card.addClassNames("card", "quality-step");
        card.setId("step-" + slug);
        Span status = StatusBadge.of(step.status().label(), switch (step.status()) {
            case OPEN -> StatusBadge.Tone.INFO;
            case SUBMITTED -> StatusBadge.Tone.WARNING;
            case RETURNED -> StatusBadge.Tone.ERROR;
            case ACCEPTED -> StatusBadge.Tone.OK;
        });
        status.setId("step-status-" + slug);
        HorizontalLayout heading = new HorizontalLayout(new H3(step.kind().label()), status);
        if (step.status().awaitsSupplier()) {
            heading.add(step.isOverdue(clock.instant())
                    ? StatusBadge.of("Was due " + UserFormats.dateTime(step.dueAt()), StatusBadge.Tone.ERROR)
                    : StatusBadge.of("Due " + UserFormats.dateTime(step.dueAt()), StatusBadge.Tone.NEUTRAL));
        }
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        card.add(heading);
        if (step.response() != null) {
            Paragraph response = new Paragraph(step.response());
            response.setId("response-text-" + slug);
            response.addClassName("quality-response");
            card.add(response, note("Answered by " + step.respondedBy() + ", " + UserFormats.dateTime(step.respondedAt())
                    + (step.rounds() > 1 ? " (answer " + step.rounds() + ")" : "")));
        }
        if (step.reviewComment() != null || step.reviewedBy() != null) {
            Paragraph review = new Paragraph((step.status() == StepStatus.ACCEPTED ? "Accepted by " : "Returned by ")
                    + step.reviewedBy() + ", " + UserFormats.dateTime(step.reviewedAt())
                    + (step.reviewComment() == null ? "" : ": " + step.reviewComment()));
            review.setId("review-" + slug);
            review.addClassName(step.status() == StepStatus.RETURNED ? "problem-box" : "success-notice");
            card.add(review);
        }
        if (incident.status() == IncidentStatus.OPEN) {
            if (supplier && step.status().awaitsSupplier()) {
                card.add(answerForm(incident, step));
            } else if (!supplier && step.status() == StepStatus.SUBMITTED) {
                card.add(reviewForm(incident, step));
            } else if (step.status() == StepStatus.OPEN && step.response() == null) {
                card.add(note(supplier ? "" : "The supplier has not answered yet. " + step.kind().hint()));
            }
        }
        List<AttachmentView> files = incident.attachmentsOf(step.kind());
        if (!files.isEmpty() || (incident.status() == IncidentStatus.OPEN && supplier && step.status().awaitsSupplier())) {
            card.add(files(incident, step.kind(), "attachments-" + slug));
        }
        return card;
    }

    private Component answerForm(IncidentView incident, StepView step) {
        String slug = step.kind().slug();
        TextArea text = TextLimits.limit(new TextArea("Your " + step.kind().label().toLowerCase()), 8000);
        text.setId("response-" + slug);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(8000);
        text.setHelperText(step.kind().hint());
        if (step.status() == StepStatus.RETURNED && step.response() != null) {
            text.setValue(step.response());
        }
        Button send = new Button("Send " + step.kind().label().toLowerCase(), VaadinIcon.PAPERPLANE.create());
        send.setId("send-" + slug);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                show(quality.respond(incident.id(), step.kind(), text.getValue()));
                Confirmations.done(step.kind().label() + " sent; the buyer reviews it next.");
            } catch (InvalidIncidentException refused) {
                text.setErrorMessage(refused.problems().getFirst().message());
                text.setInvalid(true);
            }
        });
        return new Div(text, send);
    }

    private Component reviewForm(IncidentView incident, StepView step) {
        String slug = step.kind().slug();
        TextArea comment = TextLimits.limit(new TextArea("Comment for the supplier"), 2000);
        comment.setId("comment-" + slug);
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setHelperText("Needed when you return the step: say what is missing.");
        Button accept = new Button("Accept", VaadinIcon.CHECK.create());
        accept.setId("accept-" + slug);
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> review(incident, step, comment, true));
        Button giveBack = new Button("Return to supplier", VaadinIcon.REPLY.create());
        giveBack.setId("return-" + slug);
        giveBack.addClickListener(click -> review(incident, step, comment, false));
        return new Div(comment, new HorizontalLayout(accept, giveBack));
    }

    private void review(IncidentView incident, StepView step, TextArea comment, boolean accept) {
        try {
            IncidentView after = accept ? quality.accept(incident.id(), step.kind(), comment.getValue())
                    : quality.returnStep(incident.id(), step.kind(), comment.getValue());
            show(after);
            Confirmations.done(after.status() == IncidentStatus.CLOSED
                    ? "All steps accepted: incident " + after.number() + " is closed."
                    : step.kind().label() + (accept ? " accepted." : " returned to the supplier."));
        } catch (InvalidIncidentException refused) {
            comment.setErrorMessage(refused.problems().getFirst().message());
            comment.setInvalid(true);
        }
    }

    /** The files of the incident (kind null) or of one step, with an upload while the incident is open. */
    private Div files(IncidentView incident, StepKind kind, String id) {
        Div box = new Div();
        box.setId(id);
        box.addClassName(kind == null ? "card" : "step-files");
        if (kind == null) {
            box.add(new H2("Files"));
        }
        List<AttachmentView> files = kind == null ? incident.attachmentsOf(null) : incident.attachmentsOf(kind);
        if (files.isEmpty() && kind == null) {
            box.add(note("No files yet." + (incident.status() == IncidentStatus.OPEN
                    ? " Add photos, reports or spreadsheets that help the other side." : "")));
        }
        for (AttachmentView file : files) {
            box.add(new Div(download(incident, file), note(" " + size(file.sizeBytes()) + ", " + file.uploadedBy()
                    + ", " + UserFormats.dateTime(file.uploadedAt()))));
        }
        if (incident.status() == IncidentStatus.OPEN) {
            Upload upload = LimitedUpload.of(quality.maxAttachmentBytes(), (fileName, bytes) -> {
                try {
                    quality.attach(incident.id(), kind, fileName, bytes);
                    show(incidents.find(incident.id()));
                    Confirmations.done(fileName + " attached.");
                } catch (InvalidIncidentException refused) {
                    Confirmations.failed(refused.problems().getFirst().message());
                }
            });
            upload.setId(kind == null ? "attach-file" : "attach-file-" + kind.slug());
            upload.setDropAllowed(false);
            upload.setUploadButton(new Button(kind == null ? "Add a file" : "Add a file to this step", VaadinIcon.PAPERCLIP.create()));
            upload.addFileRejectedListener(rejected -> Confirmations.failed(rejected.getErrorMessage()));
            box.add(upload);
        }
        return box;
    }

    private Anchor download(IncidentView incident, AttachmentView file) {
        DownloadHandler handler = event -> {
            var content = incidents.download(incident.id(), file.id());
            event.setFileName(content.fileName());
            event.setContentType(content.contentType());
            event.setContentLength(content.content().length);
            try (var out = event.getOutputStream()) {
                out.write(content.content());
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + file.fileName()));
        link.addClassName("export-link");
        link.getElement().setAttribute("data-file", file.fileName());
        return link;
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? UserFormats.number(java.math.BigDecimal.valueOf(bytes / 1024)) + " KB"
                : UserFormats.number(java.math.BigDecimal.valueOf(bytes * 10 / (1024 * 1024), 1)) + " MB";
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassName("hint");
        return note;
    }
}
