package org.supplierportal.apiclient.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientProblem;
import org.supplierportal.apiclient.ApiClientRule;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.shell.DatePickers;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.locale.Explanations;

/**
 * The form of a new API client: a name, whom it acts for (admins choose a supplier or the buyer side; a supplier's
 * administrator creates clients for their own company), its scopes and expiry. Raises {@link SubmitEvent}; the
 * screen creates the client and hands back the service's problems, shown by their fields.
 */
class NewApiClientDialog extends Dialog {

    /** Acts for: a supplier, or the buyer side (no tenant). */
    record ActsFor(TenantSummary supplier) {
        String label() {
            return supplier == null ? I18NProvider.translate("webhooks.buyerSide") : supplier.name();
        }
    }

    /** The administrator asked to create the client. */
    static final class SubmitEvent extends ComponentEvent<NewApiClientDialog> {

        private final ApiClientDraft draft;

        SubmitEvent(NewApiClientDialog source, ApiClientDraft draft) {
            super(source, true);
            this.draft = draft;
        }

        ApiClientDraft draft() {
            return draft;
        }
    }

    private final TextField name = TextLimits.limit(new TextField(I18NProvider.translate("apiClients.column.name")), ApiClientRule.NAME_MAX);
    private final ComboBox<ActsFor> actsFor = new ComboBox<>(I18NProvider.translate("apiClients.column.actsFor"));
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(I18NProvider.translate("apiClients.dialog.scopes"));
    private final DatePicker expires = new DatePicker(I18NProvider.translate("apiClients.dialog.expires"));
    private final Map<String, HasValidation> fields = Map.of("name", name, "supplier", actsFor, "scopes", scopes, "expiresAt", expires);
    private final TenantId ownCompany;

    /**
     * @param suppliers   the suppliers an admin chooses from; empty for a supplier's administrator
     * @param preselected what to propose: a supplier, the buyer side (supplier null), or nothing (null)
     * @param ownCompany  a supplier administrator's company; null for admins
     */
    NewApiClientDialog(List<TenantSummary> suppliers, ActsFor preselected, TenantId ownCompany, LocalDate today) {
        this.ownCompany = ownCompany;
        setHeaderTitle(getTranslation("apiClients.dialog.title"));
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("34rem");
        name.setId("client-name");
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("apiClients.dialog.name.help"));
        actsFor.setId("client-acts-for");
        actsFor.setItems(choices(suppliers));
        actsFor.setItemLabelGenerator(ActsFor::label);
        actsFor.setVisible(ownCompany == null);
        actsFor.setRequiredIndicatorVisible(true);
        actsFor.addValueChangeListener(change -> offerScopes(change.getValue()));
        scopes.setId("client-scopes");
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setItemLabelGenerator(scope -> scope.wireName() + ": " + getTranslation("apiScope." + scope.name()));
        scopes.setRequiredIndicatorVisible(true);
        expires.setId("client-expires");
        DatePickers.inUserLanguage(expires);
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(ApiClientRule.LONGEST_VALIDITY.toDays() - 1));
        expires.setValue(today.plusYears(1));
        expires.setHelperText(getTranslation("apiClients.dialog.expires.help"));
        offerScopes(preselected);
        if (ownCompany == null && preselected != null) {
            actsFor.setValue(actsFor.getListDataView().getItems().filter(preselected::equals).findFirst().orElse(null));
        }
        FormLayout form = new FormLayout(name, actsFor, scopes, expires);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(getTranslation("apiClients.dialog.create"), click -> submit());
        create.setId("create-client");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("webhooks.dialog.cancel"), click -> close()), create);
        name.focus();
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The service's problems, each by its field. */
    void show(List<ApiClientProblem> problems) {
        FieldErrors.clear(fields);
        for (ApiClientProblem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), name);
            field.setErrorMessage(problem.translatable() == null ? problem.message() : Explanations.translate(problem.translatable()));
            field.setInvalid(true);
        }
    }

    private void submit() {
        FieldErrors.clear(fields);
        if (ownCompany == null && actsFor.getValue() == null) {
            show(List.of(new ApiClientProblem("supplier", getTranslation("apiClients.dialog.chooseActsFor"))));
            return;
        }
        TenantId supplier = ownCompany != null ? ownCompany
                : actsFor.getValue().supplier() == null ? null : actsFor.getValue().supplier().id();
        Instant expiry = expires.getValue() == null ? null
                : expires.getValue().plusDays(1).atStartOfDay(UserFormats.timeZone()).toInstant();
        fireEvent(new SubmitEvent(this, new ApiClientDraft(name.getValue(), supplier, Set.copyOf(scopes.getValue()), expiry)));
    }

    private void offerScopes(ActsFor choice) {
        boolean buyerSide = ownCompany == null && choice != null && choice.supplier() == null;
        Set<ApiScope> offered = buyerSide ? EnumSet.allOf(ApiScope.class) : ApiScope.of(ApiScope.Side.SUPPLIER);
        Set<ApiScope> kept = EnumSet.noneOf(ApiScope.class);
        scopes.getValue().stream().filter(offered::contains).forEach(kept::add);
        scopes.setItems(offered.stream().sorted().toList());
        scopes.setValue(kept);
    }

    /** The buyer side, then each active supplier. */
    static List<ActsFor> choices(List<TenantSummary> suppliers) {
        List<ActsFor> choices = new java.util.ArrayList<>();
        choices.add(new ActsFor(null));
        suppliers.stream().filter(TenantSummary::active).map(ActsFor::new).forEach(choices::add);
        return choices;
    }
}
