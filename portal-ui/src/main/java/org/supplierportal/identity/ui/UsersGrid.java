package org.supplierportal.identity.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The people who can log in, each with the actions an administrator may take on them: a password link, another
 * role, deactivation (after asking) or reactivation. The actions raise events; the view has the services act.
 */
class UsersGrid extends Grid<UserSummary> {

    /** What an administrator does to a person's account. */
    enum Action { SEND_PASSWORD_LINK, CHANGE_ROLE, DEACTIVATE, REACTIVATE }

    private final CurrentUser me;

    /** @param showCompany whether to show each person's company (for those who see every company's people) */
    UsersGrid(CurrentUser me, boolean showCompany) {
        this.me = me;
        setId("users");
        addColumn(UserSummary::displayName).setHeader(getTranslation("users.field.name")).setSortable(true).setAutoWidth(true);
        addColumn(UserSummary::username).setHeader(getTranslation("users.field.login")).setSortable(true).setAutoWidth(true);
        addColumn(user -> getTranslation("role." + user.role().name())).setHeader(getTranslation("users.field.role")).setSortable(true).setAutoWidth(true);
        if (showCompany) {
            addColumn(user -> user.tenantName() == null ? getTranslation("users.allSuppliers") : user.tenantName())
                    .setHeader(getTranslation("users.field.company")).setSortable(true).setAutoWidth(true);
        }
        addColumn(UserSummary::email).setHeader(getTranslation("users.field.email")).setAutoWidth(true);
        addComponentColumn(UsersGrid::status).setHeader(getTranslation("users.field.status")).setAutoWidth(true);
        addColumn(user -> user.lastLoginAt() == null ? getTranslation("users.never") : UserFormats.dateTime(user.lastLoginAt()))
                .setHeader(getTranslation("users.field.lastLogin")).setAutoWidth(true);
        addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setEmptyStateComponent(new EmptyState(getTranslation("users.empty.title"), getTranslation("users.empty.text")));
    }

    Registration addActionListener(ComponentEventListener<UserAction> listener) {
        return addListener(UserAction.class, listener);
    }

    private MenuBar actions(UserSummary user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        if (user.id().equals(me.userId()) || (!me.hasRole(Role.ADMIN) && !user.role().isSupplierRole())) {
            return menu;
        }
        SubMenu actions = menu.addItem(getTranslation("users.actions")).getSubMenu();
        if (user.active()) {
            actions.addItem(getTranslation(user.passwordSet() ? "users.sendPasswordLink" : "users.sendSetPasswordLink"),
                    click -> fireEvent(new UserAction(this, user, Action.SEND_PASSWORD_LINK, null)));
        }
        for (Role role : rolesToSwitchTo(user.role())) {
            actions.addItem(getTranslation("users.makeRole", getTranslation("role.inSentence." + role.name())), click -> fireEvent(new UserAction(this, user, Action.CHANGE_ROLE, role)));
        }
        if (user.active()) {
            actions.addItem(getTranslation("users.deactivate"), click -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("users.deactivate.title", user.displayName()),
                        getTranslation("users.deactivate.text", user.displayName()), getTranslation("users.deactivate"), confirmed -> fireEvent(new UserAction(this, user, Action.DEACTIVATE, null)));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("confirm.cancel"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.open();
            });
        } else {
            actions.addItem(getTranslation("users.reactivate"), click -> fireEvent(new UserAction(this, user, Action.REACTIVATE, null)));
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
            return StatusBadge.of(I18NProvider.translate("users.status.deactivated"), StatusBadge.Tone.NEUTRAL);
        }
        // Only a file can create an account without a password (invitations always end with one).
        if (!user.passwordSet() && "FILE".equals(user.source())) {
            return StatusBadge.of(I18NProvider.translate("users.status.noPassword"), StatusBadge.Tone.WARNING);
        }
        return StatusBadge.of(I18NProvider.translate("users.status.active"), StatusBadge.Tone.OK);
    }

    /** An administrator acts on a person's account; {@code role} is the new role when the action changes it. */
    static final class UserAction extends ComponentEvent<UsersGrid> {
        private final UserSummary user;
        private final Action action;
        private final Role role;

        UserAction(UsersGrid source, UserSummary user, Action action, Role role) {
            super(source, true);
            this.user = user;
            this.action = action;
            this.role = role;
        }

        UserSummary user() {
            return user;
        }

        Action action() {
            return action;
        }

        Role role() {
            return role;
        }
    }
}
