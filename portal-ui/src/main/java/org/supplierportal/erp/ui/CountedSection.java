package org.supplierportal.erp.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** A card of the integration screen: a list in a grid under a title that counts it ("Dead letters (3)"). */
abstract class CountedSection<T> extends Div {

    protected final Grid<T> grid = new Grid<>();
    private final String name;
    private final Span title = new Span();

    CountedSection(String name, String gridId, String emptyText) {
        this.name = name;
        addClassName("card");
        grid.setId(gridId);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(emptyText);
        add(new H2(title), grid);
    }

    void show(List<T> items) {
        grid.setItems(items);
        title.setText(name + " (" + items.size() + ")");
    }
}
