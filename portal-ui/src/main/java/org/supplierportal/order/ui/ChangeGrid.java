package org.supplierportal.order.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.supplierportal.order.RevisionChange;

/** What the buyer changed between two revisions: where, what, before and now. */
class ChangeGrid extends Grid<RevisionChange> {

    ChangeGrid(List<RevisionChange> changes) {
        addColumn(change -> change.lineNumber() == null ? getTranslation("changes.order")
                : getTranslation("changes.line", change.lineNumber())).setHeader(getTranslation("changes.where")).setAutoWidth(true);
        addColumn(change -> switch (change.kind()) {
            case LINE_ADDED -> getTranslation("changes.lineAdded");
            case LINE_REMOVED -> getTranslation("changes.lineRemoved");
            default -> change.field();
        }).setHeader(getTranslation("order.history.what")).setAutoWidth(true);
        addColumn(change -> change.before() == null ? "" : change.before()).setHeader(getTranslation("changes.before")).setFlexGrow(1);
        addColumn(change -> change.after() == null ? "" : change.after()).setHeader(getTranslation("changes.now")).setFlexGrow(1);
        setItems(changes);
        setAllRowsVisible(true);
        addClassName("change-grid");
    }
}
