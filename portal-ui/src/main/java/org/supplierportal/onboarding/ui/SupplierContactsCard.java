package org.supplierportal.onboarding.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/** The people a supplier named as contacts, and what each is responsible for. */
class SupplierContactsCard extends Div {

    SupplierContactsCard(TenantSummary tenant, List<SupplierContactView> people) {
        addClassName("card");
        add(new H2(getTranslation("supplier.contactsAt", tenant.name())));
        if (people.isEmpty()) {
            add(new Paragraph(getTranslation("supplier.noContacts", tenant.name())));
            return;
        }
        Grid<SupplierContactView> grid = new Grid<>();
        grid.setId("supplier-contacts");
        grid.addColumn(SupplierContactView::name).setHeader(getTranslation("contact.field.name")).setAutoWidth(true);
        grid.addColumn(contact -> I18NProvider.translate("contact.function." + contact.function().name()))
                .setHeader(I18NProvider.translate("contact.field.function")).setAutoWidth(true);
        grid.addColumn(SupplierContactView::email).setHeader(getTranslation("contact.field.email")).setAutoWidth(true);
        grid.addColumn(SupplierContactView::phone).setHeader(getTranslation("contact.field.phone")).setFlexGrow(1);
        grid.setItems(people);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
