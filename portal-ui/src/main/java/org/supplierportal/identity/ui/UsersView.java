package org.supplierportal.identity.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Everyone who can log in, and the invitations still open, for portal administrators; narrowed to one supplier
 * with the filter ({@code ?supplier=acme-metals}; {@code &invite} opens the invitation form for it).
 */
@Route("admin/users")
@Menu(title = "Users", order = 80, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends PeoplePage implements BeforeEnterObserver, HasDynamicTitle {

    private final List<TenantSummary> suppliers;
    private final ComboBox<TenantSummary> supplierFilter = new ComboBox<>();

    UsersView(UserAccountService users, InvitationService invitations, TenantService tenants, CurrentUsers currentUsers) {
        super(users, invitations, currentUsers.require(), false);
        this.suppliers = tenants.listAll();
        supplierFilter.setId("supplier-filter");
        supplierFilter.setPlaceholder(getTranslation("users.filter.all"));
        supplierFilter.setItems(suppliers);
        supplierFilter.setItemLabelGenerator(TenantSummary::name);
        supplierFilter.setClearButtonVisible(true);
        supplierFilter.setWidth("18rem");
        supplierFilter.setAriaLabel(getTranslation("users.filter.label"));
        Button invite = new Button(getTranslation("users.invite"), VaadinIcon.PLUS.create(), click -> openInvite());
        invite.setId("invite-person");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("menu.admin.users"), getTranslation("users.description"),
                supplierFilter, invite));
        add(people);
        refresh();
        supplierFilter.addValueChangeListener(change -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("supplier").flatMap(key -> suppliers.stream()
                .filter(tenant -> tenant.key().equals(key)).findFirst()).ifPresent(supplierFilter::setValue);
        if (parameters.getParameters().containsKey("invite")) {
            openInvite();
        }
    }

    @Override
    List<UserSummary> load() {
        TenantSummary supplier = supplierFilter.getValue();
        return supplier == null ? users.listAll() : users.listOf(supplier.id());
    }

    private void openInvite() {
        openInvite(suppliers, supplierFilter.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.admin.users"));
    }
}
