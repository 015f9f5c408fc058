package org.supplierportal.onboarding.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.tenant.TenantSummary;

/** The people a supplier named as contacts, and what each is responsible for. */
class SupplierContactsCard extends Div {

    SupplierContactsCard(TenantSummary tenant, List<SupplierContactView> people) {
        addClassName("card");
        add(new H2("Contacts at " + tenant.name()));
        if (people.isEmpty()) {
            add(new Paragraph(tenant.name() + " has not entered any contacts yet."));
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
        add(grid);
    }
}
