package org.supplierportal.identity.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;

/** Every account on the portal, for portal administrators. */
@Route("admin/users")
@PageTitle("Users | Supplier Portal")
@Menu(title = "Users", order = 80, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends Main {

    UsersView(UserAccountService users) {
        addClassName("page");
        add(new ViewHeader("Users", "Everyone who can log in to the portal: supplier users, buyers and administrators."));
        add(new UserGrid(users.listAll(), true));
    }
}
