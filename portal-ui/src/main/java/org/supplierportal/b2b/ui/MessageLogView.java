package org.supplierportal.b2b.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.b2b.Reprocessing;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.shell.EmptyState;
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
 * an admin takes a refused EDI document in again after fixing what refused it. The screen is in the reader's language;
 * what happened to each document is shown as stored, the record of what the partner was told.
 */
@Route("admin/b2b-messages")
@Menu(title = "EDI messages", order = 62, icon = "vaadin:exchange")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_ADMIN_NAME})
class MessageLogView extends Main implements HasDynamicTitle {

    private final Grid<B2bMessageView> grid = new Grid<>();

    MessageLogView(MessageLog messageLog, TenantChannels channels, Reprocessing reprocessing, CurrentUsers currentUsers) {
        addClassName("page");
        add(new ViewHeader(getTranslation("menu.admin.b2b-messages"), getTranslation("b2bLog.description")));
        CurrentUser me = currentUsers.require();
        boolean portalAdmin = me.roles().contains(Role.ADMIN);
        me.supplierTenant().ifPresent(tenant -> add(channelFacts(channels.settings(tenant))));
        if (messageLog.count() == 0) {
            add(new EmptyState(getTranslation("b2bLog.empty.title"),
                    getTranslation(portalAdmin ? "b2bLog.empty.admin" : "b2bLog.empty.supplier")));
            return;
        }
        grid.setId("b2b-messages");
        grid.addColumn(message -> UserFormats.dateTime(message.createdAt())).setHeader(getTranslation("b2bLog.column.when")).setAutoWidth(true);
        grid.addColumn(B2bMessageView::supplierName).setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true);
        grid.addColumn(message -> getTranslation(message.direction().equals("IN") ? "b2bLog.in" : "b2bLog.out", message.standard(),
                message.documentType())).setHeader(getTranslation("b2bLog.column.document")).setAutoWidth(true);
        grid.addComponentColumn(MessageLogView::badge).setHeader(getTranslation("b2bLog.column.state")).setAutoWidth(true);
        grid.addColumn(message -> message.partnerId() + (message.interchangeControl() == null ? "" : " #"
                + message.interchangeControl())).setHeader(getTranslation("b2bLog.column.partner")).setAutoWidth(true);
        grid.addComponentColumn(message -> message.orderId() == null ? new Span(message.orderNumber() == null ? "" : message.orderNumber())
                : new Anchor("orders/" + message.orderId(), getTranslation("b2bLog.po", message.orderNumber())))
                .setHeader(getTranslation("b2bLog.column.po")).setAutoWidth(true);
        grid.addColumn(message -> message.detail() == null ? "" : message.detail()).setHeader(getTranslation("b2bLog.column.detail"))
                .setWidth("28em").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> messageLog.recent(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> new MessageDialog(messageLog, reprocessing, portalAdmin,
                () -> grid.getDataProvider().refreshAll()).open(click.getItem()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.admin.b2b-messages"));
    }

    /** A supplier admin's own channel settings, read-only: an admin of the portal changes them. */
    private static Div channelFacts(ChannelSettings settings) {
        Div card = Facts.card("b2b-channel-facts");
        Facts.row(card, I18NProvider.translate("channel.heading"), I18NProvider.translate("channel.type." + settings.channel().name()));
        if (settings.channel() != B2bChannel.PORTAL_ONLY) {
            Facts.row(card, I18NProvider.translate("channel.version"), Facts.dash(settings.version()));
            Facts.row(card, I18NProvider.translate(settings.isEdifact() ? "b2bLog.yourUnbId" : "b2bLog.yourIsaId"),
                    settings.isaQualifier() + ":" + settings.isaId());
            Facts.row(card, I18NProvider.translate("b2bLog.yourGsCode"), Facts.dash(settings.gsCode()));
            Facts.row(card, I18NProvider.translate("channel.transport"), I18NProvider.translate("channel.transport." + settings.transport().name()));
            Facts.row(card, I18NProvider.translate("channel.documents"), String.join(", ", settings.documents().stream()
                    .map(document -> I18NProvider.translate("channel.document." + document.name())).sorted().toList()));
        }
        Facts.row(card, I18NProvider.translate("b2bLog.changes"), I18NProvider.translate("b2bLog.askAdmin"));
        return card;
    }

    private static Span badge(B2bMessageView message) {
        return StatusBadge.of(I18NProvider.translate("b2bLog.state." + message.state().name()), switch (message.state()) {
            case APPLIED, ACKNOWLEDGED, SENT -> StatusBadge.Tone.OK;
            case REFUSED, DUPLICATE -> StatusBadge.Tone.WARNING;
            default -> StatusBadge.Tone.NEUTRAL;
        });
    }
}
