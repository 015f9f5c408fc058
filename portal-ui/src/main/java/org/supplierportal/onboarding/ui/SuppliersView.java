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
import com.vaadin.flow.router.PageTitle;
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

/**
 * Every supplier on the portal, for buyers and admins; admins see how far each one's onboarding is and onboard new
 * ones. Select a supplier to open it.
 */
@Route("suppliers")
@PageTitle("Suppliers | Supplier Portal")
@Menu(title = "Suppliers", order = 60, icon = "vaadin:factory")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class SuppliersView extends Main {

    SuppliersView(TenantService tenants, OnboardingChecklists checklists, CurrentUsers currentUsers) {
        addClassName("page");
        boolean admin = currentUsers.require().hasRole(Role.ADMIN);
        Button onboard = new Button("Onboard a supplier", VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate("suppliers/new"));
        onboard.setId("onboard-supplier");
        onboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onboard.setVisible(admin);
        add(new ViewHeader("Suppliers", admin
                ? "Every supplier company on the portal and how far its onboarding is. Select one to open it."
                : "Every supplier company on the portal. Select one to see its details and who to contact there.", onboard));

        List<TenantSummary> all = tenants.listAll();
        if (all.isEmpty()) {
            add(new EmptyState("No suppliers yet", admin
                    ? "Onboard the first supplier: its name, its code in the ERP, then invite its people."
                    : "Suppliers are onboarded by a portal administrator."));
            return;
        }
        Map<TenantId, OnboardingChecklist> progress = admin ? checklists.forAll() : Map.of();
        Grid<TenantSummary> grid = new Grid<>();
        grid.setId("suppliers");
        grid.addColumn(TenantSummary::name).setHeader("Supplier").setSortable(true).setAutoWidth(true);
        grid.addColumn(tenant -> String.join(", ", tenant.erpPartyCodes())).setHeader("ERP party codes").setAutoWidth(true);
        grid.addColumn(tenant -> describe(tenant)).setHeader("Primary contact").setFlexGrow(1);
        if (admin) {
            grid.addComponentColumn(tenant -> onboarding(progress.get(tenant.id()))).setHeader("Onboarding").setAutoWidth(true);
        }
        grid.addComponentColumn(tenant -> tenant.active() ? StatusBadge.of("Active", StatusBadge.Tone.OK)
                : StatusBadge.of("Deactivated", StatusBadge.Tone.NEUTRAL)).setHeader("Status").setAutoWidth(true);
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
        return checklist.complete() ? StatusBadge.of("Complete", StatusBadge.Tone.OK)
                : StatusBadge.of(checklist.doneCount() + " of " + checklist.steps().size() + " steps done", StatusBadge.Tone.WARNING);
    }

    private static String describe(TenantSummary tenant) {
        return java.util.stream.Stream.of(tenant.contact().name(), tenant.contact().email(), tenant.contact().phone())
                .filter(value -> value != null && !value.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }
}
