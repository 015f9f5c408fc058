package org.supplierportal.identity.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.identity.InvitationDraft;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.shell.ValueEvent;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Invites a person by e-mail. Portal admins choose any role and, for supplier roles, the supplier; a supplier's
 * administrator invites people of their own company. Raises the invitation as an event; the page has the service
 * send it, and the service's messages appear by the fields.
 */
class InviteDialog extends Dialog {

    private final EmailField email = TextLimits.limit(new EmailField(I18NProvider.translate("users.field.email")), 254);
    private final TextField name = TextLimits.limit(new TextField(I18NProvider.translate("invite.fullName")), 200);
    private final Select<Role> role = new Select<>();
    private final ComboBox<TenantSummary> supplier = new ComboBox<>(I18NProvider.translate("invite.supplier"));
    private final Map<String, HasValidation> fields = Map.of("email", email, "displayName", name, "role", role,
            "tenantId", supplier);

    /**
     * @param suppliers the suppliers to choose from (portal admins); empty for a supplier's administrator
     * @param preselected the supplier to propose, or null
     */
    InviteDialog(List<TenantSummary> suppliers, TenantSummary preselected) {
        setHeaderTitle(getTranslation("invite.title"));
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("30rem");
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("invite.email.help"));
        name.setId("invite-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        role.setId("invite-role");
        role.setLabel(getTranslation("users.field.role"));
        role.setItemLabelGenerator(choice -> getTranslation("role." + choice.name()));
        boolean portalAdmin = !suppliers.isEmpty();
        role.setItems(portalAdmin ? List.of(Role.values()) : List.of(Role.SUPPLIER_USER, Role.SUPPLIER_ADMIN));
        role.setValue(Role.SUPPLIER_USER);
        supplier.setId("invite-supplier");
        supplier.setItems(suppliers.stream().filter(TenantSummary::active).toList());
        supplier.setItemLabelGenerator(TenantSummary::name);
        supplier.setRequiredIndicatorVisible(true);
        supplier.setVisible(portalAdmin);
        supplier.setValue(preselected);
        role.addValueChangeListener(change -> supplier.setVisible(portalAdmin && change.getValue() != null
                && change.getValue().isSupplierRole()));
        role.setHelperText(getTranslation("invite.role.help"));
        role.addValueChangeListener(change -> role.setHelperText(change.getValue() == null ? ""
                : getTranslation("invite.role.help." + change.getValue().name())));
        FormLayout form = new FormLayout(email, name, role, supplier);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button send = new Button(getTranslation("invite.send"), click -> send());
        send.setId("send-invitation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        getFooter().add(new Button(getTranslation("invite.cancel"), click -> close()), send);
        email.focus();
    }

    Registration addInviteListener(ComponentEventListener<InviteRequested> listener) {
        return addListener(InviteRequested.class, listener);
    }

    /** Places a refusal by its field, or in a message when it belongs to no field. */
    void showRefusal(InvitationRejectedException rejected) {
        HasValidation field = rejected.field() == null ? null : fields.get(rejected.field());
        if (field == null) {
            Confirmations.failed(RuleTexts.refusal(rejected));
        } else {
            field.setErrorMessage(RuleTexts.refusal(rejected));
            field.setInvalid(true);
        }
    }

    /** Places the service's messages by their fields; what no field can show goes in a message. */
    void showRefusal(ConstraintViolationException invalid) {
        String rest = FieldErrors.show(invalid, fields);
        if (!rest.isEmpty()) {
            Confirmations.failed(rest);
        }
    }

    private void send() {
        TenantId tenant = supplier.isVisible() && supplier.getValue() != null ? supplier.getValue().id() : null;
        FieldErrors.clear(fields);
        fireEvent(new InviteRequested(this, new InvitationDraft(email.getValue(), name.getValue(), role.getValue(), tenant)));
    }

    /** The administrator sends this invitation. */
    static final class InviteRequested extends ValueEvent<InviteDialog, InvitationDraft> {
        InviteRequested(InviteDialog source, InvitationDraft draft) {
            super(source, true, draft);
        }
    }
}
