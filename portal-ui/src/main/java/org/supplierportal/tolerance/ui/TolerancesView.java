package org.supplierportal.tolerance.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.LimitOverrides;
import org.supplierportal.tolerance.PartToleranceView;
import org.supplierportal.tolerance.ToleranceLimits;
import org.supplierportal.tolerance.ToleranceService;

/**
 * The tolerance limits of each supplier, in their three layers: the portal default, the supplier's own (from its
 * tenant file), and per part number (kept here by admins).
 */
@Route("admin/tolerances")
@PageTitle("Tolerances | Supplier Portal")
@Menu(title = "Tolerances", order = 70, icon = "vaadin:scale")
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME})
class TolerancesView extends Main {

    private final ToleranceService tolerances;
    private final boolean canEdit;
    private final ComboBox<TenantSummary> supplier = new ComboBox<>("Supplier");
    private final Div layers = new Div();
    private final Grid<PartToleranceView> parts = new Grid<>();
    private final EmptyState noParts = new EmptyState("No part-number limits",
            "All parts of this supplier use the supplier's limits. Add limits for a part that needs tighter or looser ones.");
    private final Button add = new Button("Add part limits", VaadinIcon.PLUS.create());

    TolerancesView(ToleranceService tolerances, TenantService tenants, CurrentUsers currentUsers) {
        this.tolerances = tolerances;
        this.canEdit = currentUsers.require().hasRole(Role.ADMIN);
        addClassName("page");
        add(new ViewHeader("Tolerances", "How far a supplier's answer may differ from the order and still be confirmed "
                + "without a buyer. Part-number limits win over the supplier's, which win over the portal's."));

        List<TenantSummary> all = tenants.listAll();
        supplier.setItems(all);
        supplier.setItemLabelGenerator(TenantSummary::name);
        supplier.setId("tolerance-supplier");
        add(supplier);

        layers.addClassName("card");
        layers.setId("tolerance-layers");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-part-tolerance");
        add.setVisible(canEdit);
        add.addClickListener(click -> openEditor(null));
        parts.setId("part-tolerances");
        parts.addColumn(PartToleranceView::partNumber).setHeader("Part number").setAutoWidth(true);
        parts.addColumn(part -> percent(part.limits().quantityUnderPercent())).setHeader("Qty under");
        parts.addColumn(part -> percent(part.limits().quantityOverPercent())).setHeader("Qty over");
        parts.addColumn(part -> days(part.limits().dateEarlyDays())).setHeader("Days early");
        parts.addColumn(part -> days(part.limits().dateLateDays())).setHeader("Days late");
        parts.addColumn(part -> percent(part.limits().priceUnderPercent())).setHeader("Price below");
        parts.addColumn(part -> percent(part.limits().priceOverPercent())).setHeader("Price above");
        if (canEdit) {
            parts.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        parts.setAllRowsVisible(true);
        Div partSection = new Div(new HorizontalLayout(new H2("Limits per part number"), add), noParts, parts);
        partSection.addClassName("card");
        add(layers, partSection);

        supplier.addValueChangeListener(event -> show(event.getValue()));
        if (!all.isEmpty()) {
            supplier.setValue(all.getFirst());
        }
    }

    private void show(TenantSummary tenant) {
        layers.removeAll();
        if (tenant == null) {
            return;
        }
        ToleranceLimits global = tolerances.globalDefaults();
        LimitOverrides own = tolerances.supplierOverrides(tenant.id());
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::label).setHeader("Limit").setAutoWidth(true);
        grid.addColumn(Row::global).setHeader("Portal default");
        grid.addColumn(Row::supplier).setHeader(tenant.name() + "'s own");
        grid.setItems(List.of(
                new Row("Quantity under the order", percent(global.quantityUnderPercent()), percent(own.quantityUnderPercent())),
                new Row("Quantity over the order", percent(global.quantityOverPercent()), percent(own.quantityOverPercent())),
                new Row("Delivery earlier than requested", days(global.dateEarlyDays()), days(own.dateEarlyDays())),
                new Row("Delivery later than requested", days(global.dateLateDays()), days(own.dateLateDays())),
                new Row("Price below the order", percent(global.priceUnderPercent()), percent(own.priceUnderPercent())),
                new Row("Price above the order", percent(global.priceOverPercent()), percent(own.priceOverPercent()))));
        grid.setAllRowsVisible(true);
        layers.add(new H2("Limits for " + tenant.name()), grid,
                new Paragraph("The supplier's own limits come from its tenant file (" + tenant.key() + ".yaml); "
                        + "an empty cell means the portal default applies."));
        refreshParts();
    }

    private void refreshParts() {
        TenantSummary tenant = supplier.getValue();
        List<PartToleranceView> items = tenant == null ? List.of() : tolerances.partOverrides(tenant.id());
        parts.setItems(items);
        parts.setVisible(!items.isEmpty());
        noParts.setVisible(items.isEmpty());
    }

    private HorizontalLayout actions(PartToleranceView part) {
        Button edit = new Button("Edit", click -> openEditor(part));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button("Remove", click -> {
            ConfirmDialog confirm = new ConfirmDialog("Remove the limits for " + part.partNumber() + "?",
                    "The part then uses " + supplier.getValue().name() + "'s own limits.", "Remove", event -> {
                        tolerances.removePartOverride(part.tenantId(), part.partNumber());
                        Confirmations.done("Limits for " + part.partNumber() + " removed");
                        refreshParts();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    private void openEditor(PartToleranceView existing) {
        TenantSummary tenant = supplier.getValue();
        if (tenant == null) {
            return;
        }
        new PartToleranceDialog(tenant, existing, (partNumber, limits) -> {
            tolerances.savePartOverride(tenant.id(), partNumber, limits);
            refreshParts();
        }).open();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "" : UserFormats.percent(value);
    }

    private static String days(Integer value) {
        return value == null ? "" : value == 1 ? "1 day" : value + " days";
    }

    private record Row(String label, String global, String supplier) {
    }

}
