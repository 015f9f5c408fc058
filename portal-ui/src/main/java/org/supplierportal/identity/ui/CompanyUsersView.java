package org.supplierportal.identity.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/** The people of the supplier admin's own company who can log in. */
@Route("company/users")
@PageTitle("Company users | Supplier Portal")
@Menu(title = "Company users", order = 50, icon = "vaadin:users")
@RolesAllowed(Role.SUPPLIER_ADMIN_NAME)
class CompanyUsersView extends Main {

    CompanyUsersView(UserAccountService users, CurrentUsers currentUsers) {
        addClassName("page");
        add(new ViewHeader("Company users", "Everyone at " + currentUsers.require().tenantName()
                + " who can log in to the portal."));
        add(new UserGrid(users.listMyCompanyUsers(), false));
    }
}
