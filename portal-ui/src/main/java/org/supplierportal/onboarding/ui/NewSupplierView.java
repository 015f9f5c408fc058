package org.supplierportal.onboarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.ToleranceService;

/** Onboards a supplier: the admin fills in what is known; the supplier page then shows what is still missing. */
@Route("suppliers/new")
@RolesAllowed(Role.ADMIN_NAME)
class NewSupplierView extends Main implements HasDynamicTitle {

    NewSupplierView(TenantService tenants, ToleranceService tolerances) {
        addClassName("page");
        SupplierForm form = new SupplierForm(true, tolerances.globalDefaults());
        form.show(TenantDraft.empty());
        Button create = new Button(getTranslation("supplier.new.create"), click -> {
            form.clearErrors();
            try {
                TenantSummary created = tenants.create(form.draft());
                // The supplier's page confirms it, where the admin continues (a notification would vanish in the move).
                UI.getCurrent().navigate("suppliers/" + created.key(), QueryParameters.of("onboarded", "true"));
            } catch (ConstraintViolationException invalid) {
                form.showRefusal(invalid);
            } catch (TenantRejectedException rejected) {
                form.showRefusal(rejected);
            }
        });
        create.setId("create-supplier");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("supplier.new.cancel"), click -> UI.getCurrent().navigate("suppliers"));
        add(new ViewHeader(getTranslation("suppliers.onboard"), getTranslation("supplier.new.description")), form,
                new HorizontalLayout(create, cancel));
        form.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("suppliers.onboard"));
    }
}
