package org.supplierportal.order.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.audit.AuditRecord;
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tolerance.AuditSummaries;

/** The order's History tab: what happened to it, when and by whom, newest first, in the reader's language. */
class OrderHistoryGrid extends Grid<AuditRecord> {

    OrderHistoryGrid(List<AuditRecord> trail) {
        setId("history");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(entry -> UserFormats.dateTime(entry.occurredAt())).setHeader(I18NProvider.translate("order.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(entry -> entry.bySystem() ? I18NProvider.translate("order.history.system") : entry.actor())
                .setHeader(I18NProvider.translate("order.history.who")).setAutoWidth(true).setFlexGrow(0);
        addColumn(OrderHistoryGrid::whatHappened).setHeader(I18NProvider.translate("order.history.what")).setFlexGrow(1);
        setItems(trail);
        setAllRowsVisible(true);
        setEmptyStateText(I18NProvider.translate("order.history.empty"));
    }

    /** In the reader's language; entries written before their words had keys, as they were written (English). */
    static String whatHappened(AuditRecord entry) {
        return AuditSummaries.sentences(entry.summarySentences())
                .map(sentences -> sentences.stream().map(Explanations::translate).collect(Collectors.joining(" ")))
                .orElse(entry.summary());
    }
}
