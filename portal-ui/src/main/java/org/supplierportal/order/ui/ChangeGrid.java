package org.supplierportal.order.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.supplierportal.order.RevisionChange;

/** What the buyer changed between two revisions: where, what, before and now. */
class ChangeGrid extends Grid<RevisionChange> {

    ChangeGrid(List<RevisionChange> changes) {
        addColumn(change -> change.lineNumber() == null ? "Order" : "Line " + change.lineNumber()).setHeader("Where").setAutoWidth(true);
        addColumn(change -> switch (change.kind()) {
            case LINE_ADDED -> "New line";
            case LINE_REMOVED -> "Line removed";
            default -> change.field();
        }).setHeader("What").setAutoWidth(true);
        addColumn(change -> change.before() == null ? "" : change.before()).setHeader("Before").setFlexGrow(1);
        addColumn(change -> change.after() == null ? "" : change.after()).setHeader("Now").setFlexGrow(1);
        setItems(changes);
        setAllRowsVisible(true);
        addClassName("change-grid");
    }
}
