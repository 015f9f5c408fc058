package org.supplierportal.quality.ui;

import java.time.Clock;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.quality.AttachmentView;
import org.supplierportal.quality.IncidentNotFoundException;
import org.supplierportal.quality.IncidentStatus;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.InvalidIncidentException;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.StepKind;
import org.supplierportal.quality.StepView;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.DetailPage;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/**
 * One incident: the defect, its files, and the four steps of the supplier's answer. The supplier writes a step
 * while it is their turn; the buyer accepts it or returns it with what is missing. The steps' forms and the file
 * boxes raise events; this view has the service act on them and shows the incident as it is then.
 */
@Route("quality/:id")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class IncidentDetailView extends DetailPage<IncidentView> {

    private final QualityService quality;
    private final QualityQueries incidents;
    private final Clock clock;
    private final boolean supplier;

    IncidentDetailView(QualityService quality, QualityQueries incidents, CurrentUsers currentUsers, Clock clock) {
        super("id", "Quality incident", IncidentNotFoundException.class);
        this.quality = quality;
        this.incidents = incidents;
        this.clock = clock;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
    }

    @Override
    protected IncidentView find(String id) {
        return incidents.find(UUID.fromString(id));
    }

    @Override
    protected void missing(BeforeEnterEvent event, String id) {
        showMissing("No such incident", "This quality incident does not exist, or is not one you may see.", "All incidents", "quality");
    }

    @Override
    protected void show(IncidentView incident, QueryParameters query) {
        render(incident);
    }

    private void render(IncidentView incident) {
        removeAll();
        String title = "Incident " + incident.number();
        setPageTitle(title);
        add(new ViewHeader(title + ": " + incident.title(), (supplier ? "" : incident.supplierName() + " · ")
                + "opened " + UserFormats.dateTime(incident.openedAt()) + " by " + incident.openedBy()));
        addStatus("incident-status", QualityListView.severityBadge(incident), new Span(" "), incident.status() == IncidentStatus.CLOSED
                ? StatusBadge.of("Closed: all steps accepted", StatusBadge.Tone.OK)
                : StatusBadge.of("Waiting for: " + QualityListView.waitingFor(incident.turn(), supplier).toLowerCase(), StatusBadge.Tone.INFO));
        add(facts(incident), files(incident, null));
        Div steps = new Div(new H2("The supplier's answer"));
        steps.addClassName("steps");
        for (StepView step : incident.steps()) {
            StepCard card = new StepCard(incident, step, supplier, clock.instant(), kind -> files(incident, kind));
            card.addAnswerListener(answered -> respond(incident, answered));
            card.addAcceptListener(accepted -> review(incident, accepted.getSource(), true, accepted.value()));
            card.addReturnListener(returned -> review(incident, returned.getSource(), false, returned.value()));
            steps.add(card);
        }
        add(steps);
    }

    private static Div facts(IncidentView incident) {
        Div card = Facts.card("incident-facts");
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

    /** The files of the incident (step null) or of one step; what is uploaded there is attached at once. */
    private IncidentFiles files(IncidentView incident, StepKind step) {
        IncidentFiles files = new IncidentFiles(incident, step, quality.maxAttachmentBytes(), file -> download(incident, file));
        files.addFileListener(added -> attach(incident, added));
        return files;
    }

    private void respond(IncidentView incident, StepAnswerForm.Answered answered) {
        try {
            StepKind step = answered.getSource().step();
            render(quality.respond(incident.id(), step, answered.value()));
            Confirmations.done(step.label() + " sent; the buyer reviews it next.");
        } catch (InvalidIncidentException refused) {
            answered.getSource().refuse(refused.problems().getFirst().message());
        }
    }

    private void review(IncidentView incident, StepReviewForm form, boolean accept, String comment) {
        StepKind step = form.step();
        try {
            IncidentView after = accept ? quality.accept(incident.id(), step, comment) : quality.returnStep(incident.id(), step, comment);
            render(after);
            Confirmations.done(after.status() == IncidentStatus.CLOSED
                    ? "All steps accepted: incident " + after.number() + " is closed."
                    : step.label() + (accept ? " accepted." : " returned to the supplier."));
        } catch (InvalidIncidentException refused) {
            form.refuse(refused.problems().getFirst().message());
        }
    }

    private void attach(IncidentView incident, IncidentFiles.FileAdded added) {
        try {
            UploadedFile file = added.value();
            quality.attach(incident.id(), added.getSource().step(), file.name(), file.content());
            render(incidents.find(incident.id()));
            Confirmations.done(file.name() + " attached.");
        } catch (InvalidIncidentException refused) {
            Confirmations.failed(refused.problems().getFirst().message());
        }
    }

    private DownloadHandler download(IncidentView incident, AttachmentView file) {
        return event -> {
            var content = incidents.download(incident.id(), file.id());
            event.setFileName(content.fileName());
            event.setContentType(content.contentType());
            event.setContentLength(content.content().length);
            try (var out = event.getOutputStream()) {
                out.write(content.content());
            }
        };
    }
}
