package org.supplierportal.contact.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.contact.ContactNotFoundException;
import org.supplierportal.contact.ContactService;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/** The supplier's own contacts; its administrator keeps them, its users read them. */
@Route("company/contacts")
@Menu(title = "Company contacts", order = 40, icon = "vaadin:phone")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.SUPPLIER_ADMIN_NAME})
class CompanyContactsView extends Main implements HasDynamicTitle {

    private final ContactService contacts;
    private final boolean canEdit;
    private final Grid<SupplierContactView> grid = new Grid<>();
    private final EmptyState empty;

    CompanyContactsView(ContactService contacts, CurrentUsers currentUsers) {
        this.contacts = contacts;
        CurrentUser user = currentUsers.require();
        this.canEdit = user.hasRole(Role.SUPPLIER_ADMIN);
        addClassName("page");

        Button add = new Button(getTranslation("contacts.add"), VaadinIcon.PLUS.create(), click -> openAdd());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-contact");
        add.setVisible(canEdit);
        add(new ViewHeader(getTranslation("menu.company.contacts"), getTranslation("contacts.description", user.tenantName()),
                add));

        empty = canEdit
                ? new EmptyState(getTranslation("contacts.empty.title"), getTranslation("contacts.empty.admin"))
                : new EmptyState(getTranslation("contacts.empty.title"), getTranslation("contacts.empty.user"));

        grid.addColumn(SupplierContactView::name).setHeader(getTranslation("contact.field.name")).setSortable(true).setAutoWidth(true);
        grid.addColumn(contact -> ContactDialog.functionLabel(contact.function())).setHeader(getTranslation("contact.field.function")).setSortable(true).setAutoWidth(true);
        grid.addColumn(SupplierContactView::email).setHeader(getTranslation("contact.field.email")).setAutoWidth(true);
        grid.addColumn(SupplierContactView::phone).setHeader(getTranslation("contact.field.phone")).setAutoWidth(true);
        grid.addColumn(SupplierContactView::notes).setHeader(getTranslation("contact.field.notes")).setFlexGrow(1);
        if (canEdit) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("contacts");
        add(empty, grid);
        refresh();
    }

    private HorizontalLayout actions(SupplierContactView contact) {
        Button edit = new Button(getTranslation("contact.edit"), click -> openEdit(contact));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("contact.remove"), click -> confirmRemove(contact));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    private void openAdd() {
        new ContactDialog(getTranslation("contact.add.title"), null, draft -> {
            String name = contacts.add(draft).name();
            refresh();
            return name;
        }).open();
    }

    private void openEdit(SupplierContactView contact) {
        new ContactDialog(getTranslation("contact.edit.title", contact.name()), contact, draft -> {
            try {
                return contacts.change(contact.id(), contact.version(), draft).name();
            } finally {
                refresh();
            }
        }).open();
    }

    private void confirmRemove(SupplierContactView contact) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("contact.remove.title", contact.name()),
                getTranslation("contact.remove.text", contact.name()), getTranslation("contact.remove"), event -> {
                    try {
                        contacts.remove(contact.id());
                        Confirmations.done(getTranslation("contact.removed", contact.name()));
                    } catch (ContactNotFoundException gone) {
                        Confirmations.failed(getTranslation("contact.notFound"));
                    }
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("confirm.cancel"));
        confirm.open();
    }

    private void refresh() {
        List<SupplierContactView> items = contacts.listMine();
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.company.contacts"));
    }
}
