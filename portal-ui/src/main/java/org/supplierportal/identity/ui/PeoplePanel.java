package org.supplierportal.identity.ui;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.identity.InvitationView;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/**
 * The people who can log in and the invitations still open, with what an administrator does to them: invite,
 * send again, withdraw, send a password link, change the role, deactivate. Used for all people (portal admins),
 * one supplier's (portal admins, filtered) and one's own company (supplier administrators).
 */
class PeoplePanel extends Div {

    private final UserAccountService users;
    private final InvitationService invitations;
    private final CurrentUser me;
    private final Supplier<List<UserSummary>> loadUsers;
    private final TenantId invitationScope;
    private final boolean showCompany;
    private final Grid<UserSummary> userGrid = new Grid<>();
    private final Grid<InvitationView> invitationGrid = new Grid<>();
    private final Div invitationSection = new Div();

    PeoplePanel(UserAccountService users, InvitationService invitations, CurrentUser me,
                Supplier<List<UserSummary>> loadUsers, TenantId invitationScope, boolean showCompany) {
        this.users = users;
        this.invitations = invitations;
        this.me = me;
        this.loadUsers = loadUsers;
        this.invitationScope = invitationScope;
        this.showCompany = showCompany;
        setWidthFull();
        buildUserGrid();
        buildInvitationGrid();
        invitationSection.add(new H2("Invitations not yet accepted"), invitationGrid);
        add(invitationSection, userGrid);
        refresh();
    }

    /** Reloads both lists, after an action here or elsewhere (an invitation sent from the header). */
    void refresh() {
        List<UserSummary> people = loadUsers.get();
        userGrid.setItems(people);
        List<InvitationView> open = invitations.openInvitations(invitationScope);
        invitationGrid.setItems(open);
        invitationSection.setVisible(!open.isEmpty());
    }

    /** What the screen shows once an invitation is out: a confirmation, or the link to pass on. */
    void invitationSent(InvitationService.Sent sent) {
        refresh();
        if (sent.mailed()) {
            Confirmations.done("Invitation e-mailed to " + sent.invitation().email() + "; the link works until "
                    + UserFormats.dateTime(sent.invitation().expiresAt()));
        } else {
            new LinkDialog(sent).open();
        }
    }

    private void buildUserGrid() {
        userGrid.setId("users");
        userGrid.addColumn(UserSummary::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        userGrid.addColumn(UserSummary::username).setHeader("Login").setSortable(true).setAutoWidth(true);
        userGrid.addColumn(user -> user.role().label()).setHeader("Role").setSortable(true).setAutoWidth(true);
        if (showCompany) {
            userGrid.addColumn(user -> user.tenantName() == null ? "All suppliers" : user.tenantName())
                    .setHeader("Company").setSortable(true).setAutoWidth(true);
        }
        userGrid.addColumn(UserSummary::email).setHeader("E-mail").setAutoWidth(true);
        userGrid.addComponentColumn(PeoplePanel::status).setHeader("Status").setAutoWidth(true);
        userGrid.addColumn(user -> user.lastLoginAt() == null ? "Never" : UserFormats.dateTime(user.lastLoginAt()))
                .setHeader("Last log-in").setAutoWidth(true);
        userGrid.addComponentColumn(this::userActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        userGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        userGrid.setAllRowsVisible(true);
        userGrid.setEmptyStateComponent(new EmptyState("Nobody can log in yet",
                "Invite the people who will work in the portal: they get an e-mail with a link to choose a password."));
    }

    private void buildInvitationGrid() {
        invitationGrid.setId("invitations");
        invitationGrid.addColumn(InvitationView::displayName).setHeader("Name").setAutoWidth(true);
        invitationGrid.addColumn(InvitationView::email).setHeader("E-mail").setAutoWidth(true);
        invitationGrid.addColumn(invitation -> invitation.passwordReset() ? "Password link" : invitation.role().label())
                .setHeader("For").setAutoWidth(true);
        if (showCompany) {
            invitationGrid.addColumn(invitation -> invitation.tenantName() == null ? "All suppliers" : invitation.tenantName())
                    .setHeader("Company").setAutoWidth(true);
        }
        invitationGrid.addColumn(invitation -> invitation.invitedBy() + ", " + UserFormats.date(invitation.lastSentAt().atZone(UserFormats.timeZone()).toLocalDate())
                        + (invitation.sendCount() > 1 ? " (sent " + invitation.sendCount() + " times)" : ""))
                .setHeader("Sent by").setAutoWidth(true);
        invitationGrid.addComponentColumn(invitation -> invitation.expiresAt().isBefore(Instant.now())
                        ? StatusBadge.of("Expired", StatusBadge.Tone.ERROR)
                        : StatusBadge.of("Until " + UserFormats.date(invitation.expiresAt().atZone(UserFormats.timeZone()).toLocalDate()), StatusBadge.Tone.INFO))
                .setHeader("Link works").setAutoWidth(true);
        invitationGrid.addComponentColumn(this::invitationActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        invitationGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        invitationGrid.setAllRowsVisible(true);
    }

    private HorizontalLayout invitationActions(InvitationView invitation) {
        Button again = new Button("Send again", VaadinIcon.ENVELOPE.create(), click -> act(
                () -> invitationSent(invitations.resend(invitation.id()))));
        again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button withdraw = new Button("Withdraw", click -> confirm("Withdraw the invitation of " + invitation.email() + "?",
                "The link stops working. You can invite " + invitation.displayName() + " again later.", "Withdraw",
                () -> {
                    invitations.revoke(invitation.id());
                    refresh();
                    Confirmations.done("Invitation of " + invitation.email() + " withdrawn");
                }));
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(again, withdraw);
    }

    private MenuBar userActions(UserSummary user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        if (user.id().equals(me.userId()) || (!me.hasRole(Role.ADMIN) && !user.role().isSupplierRole())) {
            return menu;
        }
        SubMenu actions = menu.addItem("Actions").getSubMenu();
        if (user.active()) {
            actions.addItem(user.passwordSet() ? "Send a password link" : "Send a link to set a password", click -> act(
                    () -> invitationSent(invitations.sendPasswordLink(user.id()))));
        }
        for (Role role : rolesToSwitchTo(user.role())) {
            actions.addItem("Make " + role.label().toLowerCase(), click -> act(() -> {
                users.changeRole(user.id(), role);
                refresh();
                Confirmations.done(user.displayName() + " is now " + role.label().toLowerCase());
            }));
        }
        if (user.active()) {
            actions.addItem("Deactivate", click -> confirm("Deactivate " + user.displayName() + "?",
                    user.displayName() + " can no longer log in. Everything they did stays, and you can reactivate the account later.",
                    "Deactivate", () -> {
                        users.deactivate(user.id());
                        refresh();
                        Confirmations.done(user.displayName() + " deactivated");
                    }));
        } else {
            actions.addItem("Reactivate", click -> act(() -> {
                users.reactivate(user.id());
                refresh();
                Confirmations.done(user.displayName() + " can log in again");
            }));
        }
        return menu;
    }

    private List<Role> rolesToSwitchTo(Role current) {
        List<Role> family = current.isSupplierRole() ? List.of(Role.SUPPLIER_USER, Role.SUPPLIER_ADMIN)
                : me.hasRole(Role.ADMIN) ? List.of(Role.BUYER, Role.ADMIN) : List.of();
        return family.stream().filter(role -> role != current).toList();
    }

    private static Span status(UserSummary user) {
        if (!user.active()) {
            return StatusBadge.of("Deactivated", StatusBadge.Tone.NEUTRAL);
        }
        // Only a file can create an account without a password (invitations always end with one).
        if (!user.passwordSet() && "FILE".equals(user.source())) {
            return StatusBadge.of("No password yet", StatusBadge.Tone.WARNING);
        }
        return StatusBadge.of("Active", StatusBadge.Tone.OK);
    }

    private void confirm(String header, String text, String action, Runnable work) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, confirmed -> act(work));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static void act(Runnable work) {
        try {
            work.run();
        } catch (InvitationRejectedException rejected) {
            Confirmations.failed(rejected.getMessage());
        }
    }
}
