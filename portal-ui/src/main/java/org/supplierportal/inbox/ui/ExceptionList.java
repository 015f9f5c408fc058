package org.supplierportal.inbox.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxSort;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;

/** The exceptions, one row each with its age and deadline; sorted by a column in the database ({@link #sortOf}). */
class ExceptionList extends Grid<ExceptionView> {

    private final Clock clock;

    ExceptionList(Clock clock) {
        this.clock = clock;
        setId("exceptions");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(exception -> exception.type().label()).setHeader("Type").setAutoWidth(true);
        addColumn(ExceptionView::supplierName).setHeader("Supplier").setKey("supplier").setSortable(true).setAutoWidth(true);
        addColumn(ExceptionList::about).setHeader("About").setKey("order").setSortable(true).setAutoWidth(true);
        addColumn(exception -> UserFormats.age(exception.age(clock.instant()))).setHeader("Age").setKey("age")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::due).setHeader("Decide by").setKey("due").setSortable(true).setAutoWidth(true);
        setEmptyStateText("Nothing to decide. New exceptions appear here when a supplier's answer needs a buyer.");
    }

    /** The order line it concerns, or for other exceptions what they are about. */
    static String about(ExceptionView exception) {
        if (exception.orderId() == null) {
            return exception.subject();
        }
        String order = "PO " + exception.orderNumber() + (exception.lineNumber() == null ? "" : " · line " + exception.lineNumber());
        return exception.subject() == null ? order : exception.subject() + " · " + order;
    }

    /** The inbox's sort for the grid's sorted column (oldest first when none is). */
    static InboxSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return InboxSort.OLDEST_FIRST;
        }
        QuerySortOrder first = orders.getFirst();
        return switch (first.getSorted()) {
            case "supplier" -> InboxSort.SUPPLIER;
            case "order" -> InboxSort.ORDER;
            case "due" -> InboxSort.DUE_FIRST;
            case "age" -> first.getDirection() == SortDirection.ASCENDING ? InboxSort.NEWEST_FIRST : InboxSort.OLDEST_FIRST;
            default -> InboxSort.OLDEST_FIRST;
        };
    }

    private Component due(ExceptionView exception) {
        if (exception.status() != ExceptionStatus.OPEN) {
            return StatusBadge.of(exception.status().label(), StatusBadge.Tone.NEUTRAL);
        }
        Span due = new Span(UserFormats.dateTime(exception.dueAt()));
        if (exception.isPastDue(clock.instant())) {
            due.addClassName("overdue");
        }
        return due;
    }
}
