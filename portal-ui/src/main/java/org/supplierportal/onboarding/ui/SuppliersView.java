package org.supplierportal.onboarding.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.onboarding.OnboardingChecklist;
import org.supplierportal.onboarding.OnboardingChecklists;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every supplier on the portal, for buyers and admins; admins see how far each one's onboarding is and onboard new
 * ones. Select a supplier to open it.
 */
@Route("suppliers")
@Menu(title = "Suppliers", order = 60, icon = "vaadin:factory")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class SuppliersView extends Main implements HasDynamicTitle {

    SuppliersView(TenantService tenants, OnboardingChecklists checklists, CurrentUsers currentUsers) {
        addClassName("page");
        boolean admin = currentUsers.require().hasRole(Role.ADMIN);
        Button onboard = new Button(getTranslation("suppliers.onboard"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate("suppliers/new"));
        onboard.setId("onboard-supplier");
        onboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onboard.setVisible(admin);
        add(new ViewHeader(getTranslation("menu.suppliers"),
                getTranslation(admin ? "suppliers.description.admin" : "suppliers.description.buyer"), onboard));

        List<TenantSummary> all = tenants.listAll();
        if (all.isEmpty()) {
            add(new EmptyState(getTranslation("suppliers.empty.title"),
                    getTranslation(admin ? "suppliers.empty.admin" : "suppliers.empty.buyer")));
            return;
        }
        Map<TenantId, OnboardingChecklist> progress = admin ? checklists.forAll() : Map.of();
        Grid<TenantSummary> grid = new Grid<>();
        grid.setId("suppliers");
        grid.addColumn(TenantSummary::name).setHeader(getTranslation("orders.column.supplier")).setSortable(true).setAutoWidth(true);
        grid.addColumn(tenant -> String.join(", ", tenant.erpPartyCodes())).setHeader(getTranslation("suppliers.column.partyCodes")).setAutoWidth(true);
        grid.addColumn(tenant -> describe(tenant)).setHeader(getTranslation("suppliers.column.contact")).setFlexGrow(1);
        if (admin) {
            grid.addComponentColumn(tenant -> onboarding(progress.get(tenant.id()))).setHeader(getTranslation("suppliers.column.onboarding")).setAutoWidth(true);
        }
        grid.addComponentColumn(tenant -> tenant.active() ? StatusBadge.of(getTranslation("suppliers.active"), StatusBadge.Tone.OK)
                : StatusBadge.of(getTranslation("suppliers.deactivated"), StatusBadge.Tone.NEUTRAL)).setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("suppliers/" + click.getItem().key()));
        add(grid);
    }

    private static Span onboarding(OnboardingChecklist checklist) {
        if (checklist == null) {
            return new Span();
        }
        return checklist.complete() ? StatusBadge.of(I18NProvider.translate("suppliers.complete"), StatusBadge.Tone.OK)
                : StatusBadge.of(I18NProvider.translate("suppliers.stepsDone", checklist.doneCount(), checklist.steps().size()),
                        StatusBadge.Tone.WARNING);
    }

    private static String describe(TenantSummary tenant) {
        return java.util.stream.Stream.of(tenant.contact().name(), tenant.contact().email(), tenant.contact().phone())
                .filter(value -> value != null && !value.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.suppliers"));
    }
}
