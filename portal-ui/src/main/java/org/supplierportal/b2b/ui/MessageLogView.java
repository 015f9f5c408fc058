package org.supplierportal.b2b.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.b2b.Reprocessing;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.TenantChannels;

/**
 * The EDI message log: every document in and out, newest first, with its state, partner, control numbers, the PO it
 * touched and why it was refused; a row opens the raw document. Admins see every supplier's, a supplier admin its own;
 * an admin takes a refused EDI document in again after fixing what refused it.
 */
@Route("admin/b2b-messages")
@PageTitle("EDI messages | Supplier Portal")
@Menu(title = "EDI messages", order = 62, icon = "vaadin:exchange")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_ADMIN_NAME})
class MessageLogView extends Main {

    private final MessageLog messageLog;
    private final Reprocessing reprocessing;
    private final boolean portalAdmin;
    private final Grid<B2bMessageView> grid = new Grid<>();

    MessageLogView(MessageLog messageLog, TenantChannels channels, Reprocessing reprocessing, CurrentUsers currentUsers) {
        this.messageLog = messageLog;
        this.reprocessing = reprocessing;
        addClassName("page");
        add(new ViewHeader("EDI messages", "Every document suppliers' systems sent and the portal sent them (X12 over"
                + " SFTP), with what became of it. Open a row to see the document as it was."));
        CurrentUser me = currentUsers.require();
        portalAdmin = me.roles().contains(Role.ADMIN);
        me.supplierTenant().ifPresent(tenant -> add(channelFacts(channels.settings(tenant), me.username())));
        grid.setId("b2b-messages");
        grid.addColumn(message -> UserFormats.dateTime(message.createdAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(B2bMessageView::supplierName).setHeader("Supplier").setAutoWidth(true);
        grid.addColumn(message -> (message.direction().equals("IN") ? "In: " : "Out: ") + message.standard() + " "
                + message.documentType()).setHeader("Document").setAutoWidth(true);
        grid.addComponentColumn(message -> StatusBadge.of(message.state().name().toLowerCase(), tone(message)))
                .setHeader("State").setAutoWidth(true);
        grid.addColumn(message -> message.partnerId() + (message.interchangeControl() == null ? "" : " #"
                + message.interchangeControl())).setHeader("Partner, interchange").setAutoWidth(true);
        grid.addComponentColumn(message -> message.orderId() == null ? new Span(message.orderNumber() == null ? "" : message.orderNumber())
                : new Anchor("orders/" + message.orderId(), "PO " + message.orderNumber())).setHeader("PO").setAutoWidth(true);
        grid.addColumn(message -> message.detail() == null ? "" : message.detail()).setHeader("What happened").setWidth("28em")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> messageLog.recent(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> open(click.getItem()));
        add(grid);
    }

    /** A supplier admin's own channel settings, read-only: an admin of the portal changes them. */
    private static Div channelFacts(ChannelSettings settings, String username) {
        Div card = Facts.card("b2b-channel-facts");
        Facts.row(card, "EDI channel", settings.channel().label());
        if (settings.channel() != B2bChannel.PORTAL_ONLY) {
            Facts.row(card, "Version", Facts.dash(settings.version()));
            Facts.row(card, "Your ISA ID", settings.isaQualifier() + ":" + settings.isaId());
            Facts.row(card, "Your GS code", Facts.dash(settings.gsCode()));
            Facts.row(card, "Transport", settings.transport().label());
            Facts.row(card, "Documents", String.join(", ", settings.documents().stream()
                    .map(org.supplierportal.tenant.B2bDocument::label).sorted().toList()));
        }
        Facts.row(card, "Changes", "Ask the portal's administrator");
        return card;
    }

    private void open(B2bMessageView message) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle((message.direction().equals("IN") ? "Received " : "Sent ") + message.standard() + " "
                + message.documentType() + " " + (message.fileName() == null ? "" : message.fileName()));
        Pre raw = new Pre(messageLog.raw(message.id()).orElse("(no text)"));
        raw.setId("b2b-raw-document");
        raw.getStyle().set("white-space", "pre-wrap").set("max-width", "80ch");
        dialog.add(raw);
        if (message.detail() != null) {
            dialog.add(new Pre(message.detail()));
        }
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        if (portalAdmin && message.state() == B2bMessageState.REFUSED && message.direction().equals("IN")
                && !message.standard().equals("cXML")) {
            Paragraph hint = new Paragraph("Fixed what made the portal refuse it (the supplier's identifiers or documents on"
                    + " its page, a missing order)? Take it in again as it was received: it is checked against the settings"
                    + " as they are now, and the supplier's system gets a new functional acknowledgment.");
            hint.addClassName("hint");
            dialog.add(hint);
            Button again = new Button("Take in again", click -> takeInAgain(hint, click.getSource(), message));
            again.setId("b2b-reprocess");
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            again.setDisableOnClick(true);
            dialog.getFooter().add(again);
        }
        dialog.open();
    }

    /** The outcome stays in the dialog until it is closed: it can be long, and it says what to do next. */
    private void takeInAgain(Paragraph hint, Button again, B2bMessageView message) {
        try {
            InboundDocuments.InboundOutcome outcome = reprocessing.reprocess(message.id());
            String said = (outcome.applied() ? "Taken in again and applied: " : "Taken in again, and refused again: ")
                    + outcome.summary();
            hint.setText(said);
            Confirmations.done(outcome.applied() ? "Taken in again and applied" : "Taken in again, and refused again");
        } catch (IllegalStateException refused) {
            hint.setText(refused.getMessage());
            Confirmations.failed(refused.getMessage());
        }
        hint.setId("b2b-reprocess-outcome");
        again.setVisible(false);
        grid.getDataProvider().refreshAll();
    }

    private static StatusBadge.Tone tone(B2bMessageView message) {
        return switch (message.state()) {
            case APPLIED, ACKNOWLEDGED, SENT -> StatusBadge.Tone.OK;
            case REFUSED, DUPLICATE -> StatusBadge.Tone.WARNING;
            default -> StatusBadge.Tone.NEUTRAL;
        };
    }
}
