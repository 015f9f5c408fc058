package org.supplierportal.apiclient.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Company API clients", order = 51, icon = "vaadin:connect")
@RolesAllowed(Role.SUPPLIER_ADMIN_NAME)
class CompanyApiClientsView extends Main implements HasDynamicTitle {

    CompanyApiClientsView(ApiClientService clients, CurrentUsers currentUsers, LoginProperties login,
                          PortalPublicUrl publicUrl, Clock clock) {
        addClassName("page");
        CurrentUser me = currentUsers.require();
        boolean keycloak = login.mode() == LoginProperties.Mode.OIDC;
        ApiClientsPanel panel = new ApiClientsPanel(clients, clients::listMyCompany, false, clock, publicUrl.get(), keycloak);
        if (keycloak) {
            add(new ViewHeader(getTranslation("menu.company.api-clients"), ApiClientsView.keycloakDescription()), panel);
            return;
        }
        Button create = new Button(getTranslation("apiClients.new"), VaadinIcon.PLUS.create(), click -> panel.openNewClient(List.of(), null, me.tenantId()));
        create.setId("new-api-client");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("menu.company.api-clients"), getTranslation("apiClients.company.description", me.tenantName()), create), panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.company.api-clients"));
    }
}
