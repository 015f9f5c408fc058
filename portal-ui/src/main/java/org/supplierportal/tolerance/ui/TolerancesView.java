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
import com.vaadin.flow.router.HasDynamicTitle;
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
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The tolerance limits of each supplier, in their three layers: the portal default, the supplier's own (from its
 * tenant file), and per part number (kept here by admins).
 */
@Route("admin/tolerances")
@Menu(title = "Tolerances", order = 70, icon = "vaadin:scale")
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME})
class TolerancesView extends Main implements HasDynamicTitle {

    private final ToleranceService tolerances;
    private final boolean canEdit;
    private final ComboBox<TenantSummary> supplier = new ComboBox<>(I18NProvider.translate("orders.column.supplier"));
    private final Div layers = new Div();
    private final Grid<PartToleranceView> parts = new Grid<>();
    private final EmptyState noParts = new EmptyState(I18NProvider.translate("tolerances.noParts.title"),
            I18NProvider.translate("tolerances.noParts.text"));
    private final Button add = new Button(I18NProvider.translate("tolerances.addPart"), VaadinIcon.PLUS.create());

    TolerancesView(ToleranceService tolerances, TenantService tenants, CurrentUsers currentUsers) {
        this.tolerances = tolerances;
        this.canEdit = currentUsers.require().hasRole(Role.ADMIN);
        addClassName("page");
        add(new ViewHeader(getTranslation("menu.admin.tolerances"), getTranslation("tolerances.description")));

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
        parts.addColumn(PartToleranceView::partNumber).setHeader(getTranslation("tolerances.column.partNumber")).setAutoWidth(true);
        parts.addColumn(part -> percent(part.limits().quantityUnderPercent())).setHeader(getTranslation("tolerances.column.qtyUnder"));
        parts.addColumn(part -> percent(part.limits().quantityOverPercent())).setHeader(getTranslation("tolerances.column.qtyOver"));
        parts.addColumn(part -> days(part.limits().dateEarlyDays())).setHeader(getTranslation("tolerances.column.daysEarly"));
        parts.addColumn(part -> days(part.limits().dateLateDays())).setHeader(getTranslation("tolerances.column.daysLate"));
        parts.addColumn(part -> percent(part.limits().priceUnderPercent())).setHeader(getTranslation("tolerances.column.priceBelow"));
        parts.addColumn(part -> percent(part.limits().priceOverPercent())).setHeader(getTranslation("tolerances.column.priceAbove"));
        if (canEdit) {
            parts.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        parts.setAllRowsVisible(true);
        Div partSection = new Div(new HorizontalLayout(new H2(getTranslation("tolerances.perPart")), add), noParts, parts);
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
        grid.addColumn(Row::label).setHeader(getTranslation("tolerances.column.limit")).setAutoWidth(true);
        grid.addColumn(Row::global).setHeader(getTranslation("tolerances.column.portal"));
        grid.addColumn(Row::supplier).setHeader(getTranslation("tolerances.column.own", tenant.name()));
        grid.setItems(List.of(
                new Row(getTranslation("tolerances.row.qtyUnder"), percent(global.quantityUnderPercent()), percent(own.quantityUnderPercent())),
                new Row(getTranslation("tolerances.row.qtyOver"), percent(global.quantityOverPercent()), percent(own.quantityOverPercent())),
                new Row(getTranslation("tolerances.row.early"), days(global.dateEarlyDays()), days(own.dateEarlyDays())),
                new Row(getTranslation("tolerances.row.late"), days(global.dateLateDays()), days(own.dateLateDays())),
                new Row(getTranslation("tolerances.row.priceBelow"), percent(global.priceUnderPercent()), percent(own.priceUnderPercent())),
                new Row(getTranslation("tolerances.row.priceAbove"), percent(global.priceOverPercent()), percent(own.priceOverPercent()))));
        grid.setAllRowsVisible(true);
        layers.add(new H2(getTranslation("tolerances.limitsFor", tenant.name())), grid,
                new Paragraph(getTranslation("tolerances.fromFile", tenant.key())));
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
        Button edit = new Button(getTranslation("tolerances.edit"), click -> openEditor(part));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("tolerances.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("tolerances.remove.title", part.partNumber()),
                    getTranslation("tolerances.remove.text", supplier.getValue().name()), getTranslation("tolerances.remove"), event -> {
                        tolerances.removePartOverride(part.tenantId(), part.partNumber());
                        Confirmations.done(getTranslation("tolerances.removed", part.partNumber()));
                        refreshParts();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("confirm.cancel"));
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
        return value == null ? "" : I18NProvider.translate("tolerances.days", value);
    }

    private record Row(String label, String global, String supplier) {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.admin.tolerances"));
    }
}
