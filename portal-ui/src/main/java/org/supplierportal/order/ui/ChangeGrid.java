package org.supplierportal.order.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.supplierportal.order.ChangeTexts;
import org.supplierportal.order.RevisionChange;

/** What the buyer changed between two revisions: where, what, before and now. */
class ChangeGrid extends Grid<RevisionChange> {

    ChangeGrid(List<RevisionChange> changes) {
        addColumn(ChangeTexts::where).setHeader(getTranslation("changes.where")).setAutoWidth(true);
        addColumn(ChangeTexts::what).setHeader(getTranslation("order.history.what")).setAutoWidth(true);
        addColumn(ChangeTexts::before).setHeader(getTranslation("changes.before")).setFlexGrow(1);
        addColumn(ChangeTexts::after).setHeader(getTranslation("changes.now")).setFlexGrow(1);
        setItems(changes);
        setAllRowsVisible(true);
        addClassName("change-grid");
    }
}
