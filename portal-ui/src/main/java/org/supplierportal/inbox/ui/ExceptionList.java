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
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/** The exceptions, one row each with its age and deadline; sorted by a column in the database ({@link #sortOf}). */
class ExceptionList extends Grid<ExceptionView> {

    private final Clock clock;

    ExceptionList(Clock clock) {
        this.clock = clock;
        setId("exceptions");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(exception -> InboxTexts.type(exception.type())).setHeader(getTranslation("inbox.column.type")).setAutoWidth(true);
        addColumn(ExceptionView::supplierName).setHeader(getTranslation("orders.column.supplier")).setKey("supplier").setSortable(true).setAutoWidth(true);
        addColumn(ExceptionList::about).setHeader(getTranslation("inbox.column.about")).setKey("order").setSortable(true).setAutoWidth(true);
        addColumn(exception -> UserFormats.age(exception.age(clock.instant()))).setHeader(getTranslation("inbox.column.age")).setKey("age")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::due).setHeader(getTranslation("inbox.column.decideBy")).setKey("due").setSortable(true).setAutoWidth(true);
        setEmptyStateText(getTranslation("inbox.empty"));
    }

    /** The order line it concerns, or for other exceptions what they are about. */
    static String about(ExceptionView exception) {
        String subject = exception.subject() == null ? null : Explanations.translate(exception.subject().explanation());
        if (exception.orderId() == null) {
            return subject;
        }
        String order = exception.lineNumber() == null ? I18NProvider.translate("asn.orders", exception.orderNumber())
                : I18NProvider.translate("inbox.orderLine", exception.orderNumber(), exception.lineNumber());
        return subject == null ? order : subject + " · " + order;
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
            return StatusBadge.of(InboxTexts.status(exception.status()), StatusBadge.Tone.NEUTRAL);
        }
        Span due = new Span(UserFormats.dateTime(exception.dueAt()));
        if (exception.isPastDue(clock.instant())) {
            due.addClassName("overdue");
        }
        return due;
    }
}
