package org.supplierportal.tenant.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.contact.ContactService;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.Contact;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/** Every supplier on the portal, for buyers and admins; select one to see its contacts. */
@Route("suppliers")
@PageTitle("Suppliers | Supplier Portal")
@Menu(title = "Suppliers", order = 60, icon = "vaadin:factory")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class SuppliersView extends Main {

    private final ContactService contacts;
    private final Div details = new Div();

    SuppliersView(TenantService tenants, ContactService contacts) {
        this.contacts = contacts;
        addClassName("page");
        add(new ViewHeader("Suppliers", "Every supplier company on the portal. Select one to see who to contact there."));

        List<TenantSummary> all = tenants.listAll();
        if (all.isEmpty()) {
            add(new EmptyState("No suppliers yet",
                    "Suppliers are onboarded by a portal administrator, from a file in the tenants folder."));
            return;
        }
        Grid<TenantSummary> grid = new Grid<>();
        grid.setId("suppliers");
        grid.addColumn(TenantSummary::name).setHeader("Supplier").setSortable(true).setAutoWidth(true);
        grid.addColumn(TenantSummary::key).setHeader("Key").setAutoWidth(true);
        grid.addColumn(tenant -> String.join(", ", tenant.erpPartyCodes())).setHeader("ERP party codes").setAutoWidth(true);
        grid.addColumn(tenant -> describe(tenant.contact())).setHeader("Primary contact").setFlexGrow(1);
        grid.addComponentColumn(tenant -> status(tenant.active())).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> showDetails(event.getValue()));
        details.addClassName("card");
        details.setVisible(false);
        add(grid, details);
    }

    private void showDetails(TenantSummary tenant) {
        details.removeAll();
        details.setVisible(tenant != null);
        if (tenant == null) {
            return;
        }
        details.add(new H2("Contacts at " + tenant.name()));
        List<SupplierContactView> people = contacts.listOf(tenant.id());
        if (people.isEmpty()) {
            details.add(new Paragraph(tenant.name() + " has not entered any contacts yet."));
            return;
        }
        Grid<SupplierContactView> grid = new Grid<>();
        grid.setId("supplier-contacts");
        grid.addColumn(SupplierContactView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(contact -> contact.function().label()).setHeader("Responsible for").setAutoWidth(true);
        grid.addColumn(SupplierContactView::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(SupplierContactView::phone).setHeader("Phone").setFlexGrow(1);
        grid.setItems(people);
        grid.setAllRowsVisible(true);
        details.add(grid);
    }

    private static String describe(Contact contact) {
        return java.util.stream.Stream.of(contact.name(), contact.email(), contact.phone())
                .filter(value -> value != null && !value.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static Span status(boolean active) {
        Span badge = new Span(active ? "Active" : "Deactivated");
        badge.addClassNames("status", active ? "status-ok" : "status-off");
        return badge;
    }
}
