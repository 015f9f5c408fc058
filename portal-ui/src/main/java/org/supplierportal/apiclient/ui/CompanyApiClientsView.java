package org.supplierportal.apiclient.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.identity.LoginProperties;
import org.supplierportal.identity.PortalPublicUrl;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/** The systems of the supplier admin's own company that call the portal's API, and creating more of them. */
@Route("company/api-clients")
@PageTitle("Company API clients | Supplier Portal")
@Menu(title = "Company API clients", order = 51, icon = "vaadin:connect")
@RolesAllowed(Role.SUPPLIER_ADMIN_NAME)
class CompanyApiClientsView extends Main {

    CompanyApiClientsView(ApiClientService clients, CurrentUsers currentUsers, LoginProperties login,
                          PortalPublicUrl publicUrl, Clock clock) {
        addClassName("page");
        CurrentUser me = currentUsers.require();
        if (login.mode() == LoginProperties.Mode.OIDC) {
            add(ApiClientsView.managedInKeycloak("Company API clients"));
            return;
        }
        ApiClientsPanel panel = new ApiClientsPanel(clients, clients::listMyCompany, false, clock, publicUrl.get());
        Button create = new Button("New API client", VaadinIcon.PLUS.create(), click -> panel.openNewClient(List.of(), null, me.tenantId()));
        create.setId("new-api-client");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("Company API clients", "The systems of " + me.tenantName() + " (an ERP, middleware) that call"
                + " the portal's API on their own, each with its own secret and scopes.", create), panel);
    }
}
