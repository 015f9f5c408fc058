package org.supplierportal.identity.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.identity.InvitationView;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;

/** The invitations not yet accepted, with "send again" and "withdraw" (after asking); hidden while there are none. */
class InvitationsSection extends Div {

    /** What an administrator does to an open invitation. */
    enum Action { SEND_AGAIN, WITHDRAW }

    private final Grid<InvitationView> grid = new Grid<>();

    /** @param showCompany whether to show each invitation's company (for those who see every company's people) */
    InvitationsSection(boolean showCompany) {
        grid.setId("invitations");
        grid.addColumn(InvitationView::displayName).setHeader(getTranslation("users.field.name")).setAutoWidth(true);
        grid.addColumn(InvitationView::email).setHeader(getTranslation("users.field.email")).setAutoWidth(true);
        grid.addColumn(invitation -> getTranslation(invitation.passwordReset() ? "invitations.passwordLink" : "role." + invitation.role().name()))
                .setHeader(getTranslation("invitations.for")).setAutoWidth(true);
        if (showCompany) {
            grid.addColumn(invitation -> invitation.tenantName() == null ? getTranslation("users.allSuppliers") : invitation.tenantName())
                    .setHeader(getTranslation("users.field.company")).setAutoWidth(true);
        }
        grid.addColumn(invitation -> getTranslation("invitations.sentByOn", invitation.invitedBy(),
                        UserFormats.date(invitation.lastSentAt().atZone(UserFormats.timeZone()).toLocalDate()))
                        + (invitation.sendCount() > 1 ? " " + getTranslation("invitations.sentTimes", invitation.sendCount()) : ""))
                .setHeader(getTranslation("invitations.sentBy")).setAutoWidth(true);
        grid.addComponentColumn(invitation -> invitation.expiresAt().isBefore(Instant.now())
                        ? StatusBadge.of(getTranslation("invitations.expired"), StatusBadge.Tone.ERROR)
                        : StatusBadge.of(getTranslation("invitations.until", UserFormats.date(invitation.expiresAt().atZone(UserFormats.timeZone()).toLocalDate())), StatusBadge.Tone.INFO))
                .setHeader(getTranslation("invitations.linkWorks")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("invitations.heading")), grid);
    }

    void show(List<InvitationView> open) {
        grid.setItems(open);
        setVisible(!open.isEmpty());
    }

    Registration addActionListener(ComponentEventListener<InvitationAction> listener) {
        return addListener(InvitationAction.class, listener);
    }

    private HorizontalLayout actions(InvitationView invitation) {
        Button again = new Button(getTranslation("invitations.sendAgain"), VaadinIcon.ENVELOPE.create(),
                click -> fireEvent(new InvitationAction(this, invitation, Action.SEND_AGAIN)));
        again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button withdraw = new Button(getTranslation("invitations.withdraw"), click -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("invitations.withdraw.title", invitation.email()),
                    getTranslation("invitations.withdraw.text", invitation.displayName()), getTranslation("invitations.withdraw"),
                    confirmed -> fireEvent(new InvitationAction(this, invitation, Action.WITHDRAW)));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("confirm.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(again, withdraw);
    }

    /** An administrator sends an invitation again or withdraws it. */
    static final class InvitationAction extends ComponentEvent<InvitationsSection> {
        private final InvitationView invitation;
        private final Action action;

        InvitationAction(InvitationsSection source, InvitationView invitation, Action action) {
            super(source, true);
            this.invitation = invitation;
            this.action = action;
        }

        InvitationView invitation() {
            return invitation;
        }

        Action action() {
            return action;
        }
    }
}
