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
import org.supplierportal.locale.Explanations;
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
import com.vaadin.flow.i18n.I18NProvider;

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
        super("id", I18NProvider.translate("quality.incident.pageTitle"), IncidentNotFoundException.class);
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
        showMissing(getTranslation("quality.missing.title"), getTranslation("quality.missing.text"), getTranslation("quality.missing.back"), "quality");
    }

    @Override
    protected void show(IncidentView incident, QueryParameters query) {
        render(incident);
    }

    private void render(IncidentView incident) {
        removeAll();
        String title = getTranslation("quality.incident.title", incident.number());
        setPageTitle(title);
        add(new ViewHeader(title + ": " + Explanations.translate(incident.titleWords()), getTranslation("quality.incident.subtitle", supplier ? "" : incident.supplierName() + " · ",
                UserFormats.dateTime(incident.openedAt()), Explanations.translate(incident.openedByWords()))));
        addStatus("incident-status", QualityListView.severityBadge(incident), new Span(" "), incident.status() == IncidentStatus.CLOSED
                ? StatusBadge.of(getTranslation("quality.incident.closed"), StatusBadge.Tone.OK)
                : StatusBadge.of(getTranslation("quality.incident.waitingFor", QualityListView.waitingFor(incident.turn(), supplier)), StatusBadge.Tone.INFO));
        add(facts(incident), files(incident, null));
        Div steps = new Div(new H2(getTranslation("quality.incident.answer")));
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

    private Div facts(IncidentView incident) {
        Div card = Facts.card("incident-facts");
        Facts.row(card, getTranslation("quality.field.defectShort"), Explanations.translate(incident.defectWords()));
        Facts.row(card, getTranslation("quality.field.part"), Facts.dash(incident.partNumber()));
        Facts.row(card, getTranslation("quality.field.order"), incident.orderNumber() == null ? "—"
                : incident.orderLineNumber() == null ? getTranslation("asn.orders", incident.orderNumber())
                : getTranslation("quality.orderAndLine", incident.orderNumber(), incident.orderLineNumber()));
        Facts.row(card, getTranslation("quality.field.asn"), Facts.dash(incident.asnNumber()));
        Facts.row(card, getTranslation("quality.field.lot"), Facts.dash(incident.lot()));
        Facts.row(card, getTranslation("quality.field.quantity"), incident.quantityAffected() == null ? "—"
                : UserFormats.quantity(incident.quantityAffected(), incident.unit()));
        if (incident.orderId() != null) {
            card.add(new Span(), new Anchor("orders/" + incident.orderId(), getTranslation("quality.openOrder", incident.orderNumber())));
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
            Confirmations.done(getTranslation("quality.sent", QualityTexts.step(step)));
        } catch (InvalidIncidentException refused) {
            answered.getSource().refuse(QualityTexts.problem(refused.problems().getFirst()));
        }
    }

    private void review(IncidentView incident, StepReviewForm form, boolean accept, String comment) {
        StepKind step = form.step();
        try {
            IncidentView after = accept ? quality.accept(incident.id(), step, comment) : quality.returnStep(incident.id(), step, comment);
            render(after);
            Confirmations.done(after.status() == IncidentStatus.CLOSED
                    ? getTranslation("quality.closed", after.number())
                    : getTranslation(accept ? "quality.accepted" : "quality.returned", QualityTexts.step(step)));
        } catch (InvalidIncidentException refused) {
            form.refuse(QualityTexts.problem(refused.problems().getFirst()));
        }
    }

    private void attach(IncidentView incident, IncidentFiles.FileAdded added) {
        try {
            UploadedFile file = added.value();
            quality.attach(incident.id(), added.getSource().step(), file.name(), file.content());
            render(incidents.find(incident.id()));
            Confirmations.done(getTranslation("quality.attached", file.name()));
        } catch (InvalidIncidentException refused) {
            Confirmations.failed(QualityTexts.problem(refused.problems().getFirst()));
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
