package org.supplierportal.inbox.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.InboxFilter;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/** The inbox's filter bar: open exceptions at first; says when the buyer changes what to show. */
class InboxFilters extends Div {

    private final TextField search = TextLimits.limit(new TextField(I18NProvider.translate("inbox.filter.search")), 100);
    private final MultiSelectComboBox<ExceptionType> types = new MultiSelectComboBox<>(I18NProvider.translate("inbox.column.type"));
    private final MultiSelectComboBox<ExceptionStatus> statuses = new MultiSelectComboBox<>(I18NProvider.translate("orders.column.status"));
    private final ComboBox<TenantSummary> supplier = new ComboBox<>(I18NProvider.translate("orders.column.supplier"));
    private final Checkbox pastDue = new Checkbox(I18NProvider.translate("inbox.filter.pastDue"));

    InboxFilters(List<TenantSummary> suppliers) {
        addClassName("filter-bar");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("inbox-search");
        types.setItems(ExceptionType.values());
        types.setItemLabelGenerator(InboxTexts::type);
        statuses.setItems(ExceptionStatus.values());
        statuses.setItemLabelGenerator(InboxTexts::status);
        statuses.setValue(Set.of(ExceptionStatus.OPEN));
        statuses.setId("inbox-status");
        supplier.setItems(suppliers);
        supplier.setItemLabelGenerator(TenantSummary::name);
        supplier.setClearButtonVisible(true);
        add(search, types, statuses, supplier, pastDue);

        search.addValueChangeListener(event -> changed());
        types.addValueChangeListener(event -> changed());
        statuses.addValueChangeListener(event -> changed());
        supplier.addValueChangeListener(event -> changed());
        pastDue.addValueChangeListener(event -> changed());
    }

    InboxFilter filter() {
        return new InboxFilter(types.getValue(), statuses.getValue(),
                supplier.getValue() == null ? null : supplier.getValue().id(), search.getValue(), pastDue.getValue());
    }

    Registration addChangeListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    private void changed() {
        fireEvent(new Changed(this));
    }

    /** The buyer changed a filter; {@link #filter()} says what to show now. */
    static class Changed extends ComponentEvent<InboxFilters> {

        Changed(InboxFilters source) {
            super(source, true);
        }
    }
}
