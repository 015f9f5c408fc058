package org.supplierportal.order.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.order.OrderFilter;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.shell.DatePickers;

/**
 * The filters above the order list (status, overdue, order dates, PO or part number, supplier), read from and
 * written to the address so a link or bookmark shows the same list. Raises an event when the user changes one.
 */
class OrderFilters extends Div {

    private final MultiSelectComboBox<OrderStatus> status = new MultiSelectComboBox<>(getTranslation("orders.column.status"));
    private final Checkbox overdue = new Checkbox(getTranslation("orders.filter.overdue"));
    private final DatePicker from = DatePickers.create(getTranslation("orders.filter.from"));
    private final DatePicker to = DatePickers.create(getTranslation("orders.filter.until"));
    private final TextField search = TextLimits.limit(new TextField(getTranslation("orders.filter.search")), 100);
    private final ComboBox<TenantSummary> supplier = new ComboBox<>(getTranslation("orders.column.supplier"));
    private boolean applyingAddress;

    /** @param suppliers the suppliers to filter by, for those who see them all; null for a supplier's own people */
    OrderFilters(List<TenantSummary> suppliers) {
        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(item -> getTranslation("order.status." + item.name()));
        status.setId("filter-status");
        status.setWidth("18rem");
        search.setId("filter-search");
        search.setPlaceholder(getTranslation("orders.filter.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        overdue.setId("filter-overdue");
        from.setId("filter-from");
        to.setId("filter-to");
        add(search, status, from, to, overdue);
        if (suppliers != null) {
            supplier.setItems(suppliers);
            supplier.setItemLabelGenerator(TenantSummary::name);
            supplier.setClearButtonVisible(true);
            supplier.setId("filter-supplier");
            addComponentAsFirst(supplier);
        }
        addClassName("filter-bar");
        status.addValueChangeListener(event -> changed());
        overdue.addValueChangeListener(event -> changed());
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        search.addValueChangeListener(event -> changed());
        supplier.addValueChangeListener(event -> changed());
    }

    OrderFilter filter() {
        return new OrderFilter(status.getValue(), overdue.getValue(), from.getValue(), to.getValue(), search.getValue(),
                supplier.getValue() == null ? null : supplier.getValue().id());
    }

    /** Sets the filters from the address's query parameters, quietly (no change event). */
    void apply(Map<String, List<String>> parameters) {
        applyingAddress = true;
        try {
            status.setValue(statuses(first(parameters, "status")));
            overdue.setValue("true".equals(first(parameters, "overdue")));
            from.setValue(date(first(parameters, "from")));
            to.setValue(date(first(parameters, "to")));
            search.setValue(first(parameters, "q") == null ? "" : first(parameters, "q"));
        } finally {
            applyingAddress = false;
        }
    }

    /** The filters as the address's query parameters: only those set, in a fixed order. */
    Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!status.getValue().isEmpty()) {
            query.put("status", String.join(",", status.getValue().stream().map(Enum::name).sorted().toList()));
        }
        if (overdue.getValue()) {
            query.put("overdue", "true");
        }
        if (from.getValue() != null) {
            query.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            query.put("to", to.getValue().toString());
        }
        if (!search.getValue().isBlank()) {
            query.put("q", search.getValue().strip());
        }
        return query;
    }

    Registration addChangeListener(ComponentEventListener<FiltersChanged> listener) {
        return addListener(FiltersChanged.class, listener);
    }

    private void changed() {
        if (!applyingAddress) {
            fireEvent(new FiltersChanged(this));
        }
    }

    private static Set<OrderStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        Arrays.stream(value.split(",")).map(String::strip).forEach(name -> {
            try {
                statuses.add(OrderStatus.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // An unknown status in a hand-edited address is left out rather than failing the page.
            }
        });
        return statuses;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    /** The user changed a filter. */
    static final class FiltersChanged extends ComponentEvent<OrderFilters> {
        FiltersChanged(OrderFilters source) {
            super(source, true);
        }
    }
}
