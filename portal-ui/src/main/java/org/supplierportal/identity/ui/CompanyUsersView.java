package org.supplierportal.identity.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/** The people of the supplier admin's own company who can log in, and inviting more of them. */
@Route("company/users")
@Menu(title = "Company users", order = 50, icon = "vaadin:users")
@RolesAllowed(Role.SUPPLIER_ADMIN_NAME)
class CompanyUsersView extends PeoplePage implements HasDynamicTitle {

    CompanyUsersView(UserAccountService users, InvitationService invitations, CurrentUsers currentUsers) {
        super(users, invitations, currentUsers.require(), true);
        CurrentUser me = currentUsers.require();
        Button invite = new Button(getTranslation("users.company.invite"), VaadinIcon.PLUS.create(),
                click -> openInvite(List.of(), null));
        invite.setId("invite-person");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("menu.company.users"), getTranslation("users.company.description", me.tenantName()), invite), people);
        refresh();
    }

    @Override
    List<UserSummary> load() {
        return users.listMyCompanyUsers();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.company.users"));
    }
}
