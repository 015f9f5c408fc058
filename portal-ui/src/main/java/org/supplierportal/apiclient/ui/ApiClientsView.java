package org.supplierportal.apiclient.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiClientView;
import org.supplierportal.identity.LoginProperties;
import org.supplierportal.identity.PortalPublicUrl;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every system that calls the portal's API, for portal administrators: the buyer side's and each supplier's, narrowed
 * with the filter ({@code ?supplier=acme-metals}, or {@code ?supplier=buyer-side}; a supplier's page links here).
 */
@Route("admin/api-clients")
@Menu(title = "API clients", order = 85, icon = "vaadin:connect")
@RolesAllowed(Role.ADMIN_NAME)
class ApiClientsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String BUYER_SIDE = "buyer-side";

    private final ComboBox<NewApiClientDialog.ActsFor> filter = new ComboBox<>();
    private final List<TenantSummary> suppliers;
    private ApiClientsPanel panel;

    ApiClientsView(ApiClientService clients, TenantService tenants, LoginProperties login, PortalPublicUrl publicUrl, Clock clock) {
        addClassName("page");
        suppliers = tenants.listAll();
        boolean keycloak = login.mode() == LoginProperties.Mode.OIDC;
        filter.setId("api-client-filter");
        filter.setPlaceholder(getTranslation("apiClients.filter.all"));
        filter.setItems(choices());
        filter.setItemLabelGenerator(NewApiClientDialog.ActsFor::label);
        filter.setClearButtonVisible(true);
        filter.setWidth("18rem");
        filter.setAriaLabel(getTranslation("apiClients.filter.label"));
        panel = new ApiClientsPanel(clients, () -> load(clients), true, clock, publicUrl.get(), keycloak);
        if (keycloak) {
            // Systems get their tokens from Keycloak: nothing to create here, but each one that called can be revoked.
            add(new ViewHeader(getTranslation("menu.admin.api-clients"), keycloakDescription(), filter), panel);
        } else {
            Button create = new Button(getTranslation("apiClients.new"), VaadinIcon.PLUS.create(),
                    click -> panel.openNewClient(suppliers, filter.getValue(), null));
            create.setId("new-api-client");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new ViewHeader(getTranslation("menu.admin.api-clients"), getTranslation("apiClients.description"), filter, create), panel);
        }
        filter.addValueChangeListener(change -> panel.refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (panel == null) {
            return;
        }
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter("supplier");
        wanted.flatMap(key -> choices().stream().filter(choice -> key.equals(choice.supplier() == null ? BUYER_SIDE
                : choice.supplier().key())).findFirst()).ifPresent(filter::setValue);
    }

    /** What the screens say in oidc mode, where systems get their tokens from Keycloak's service accounts. */
    static String keycloakDescription() {
        return I18NProvider.translate("apiClients.keycloak.text") + " " + I18NProvider.translate("apiClients.keycloak.listed");
    }

    private List<ApiClientView> load(ApiClientService clients) {
        NewApiClientDialog.ActsFor choice = filter.getValue();
        if (choice == null) {
            return clients.listAll();
        }
        return choice.supplier() == null ? clients.listBuyerSide() : clients.listOf(choice.supplier().id());
    }

    private List<NewApiClientDialog.ActsFor> choices() {
        return NewApiClientDialog.choices(suppliers);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.admin.api-clients"));
    }
}
