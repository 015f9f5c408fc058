package org.supplierportal.erp.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import java.math.BigDecimal;

/** A job's latest runs: how each ended, when, how long, and its counts. */
class JobRunsGrid extends Grid<JobRunView> {

    JobRunsGrid(List<JobRunView> runs, boolean connected, Clock clock) {
        addComponentColumn(run -> StatusBadge.of(run.status().toLowerCase(), switch (run.status()) {
            case "COMPLETED" -> StatusBadge.Tone.OK;
            case "FAILED", "ABANDONED" -> StatusBadge.Tone.ERROR;
            default -> StatusBadge.Tone.INFO;
        })).setHeader(getTranslation("integration.column.status")).setAutoWidth(true);
        addColumn(run -> UserFormats.dateTime(run.startedAt())).setHeader(getTranslation("integration.column.started")).setAutoWidth(true);
        addColumn(run -> UserFormats.number(BigDecimal.valueOf(run.duration(clock.instant()).toMillis(), 3)) + " s").setHeader(getTranslation("integration.column.duration")).setAutoWidth(true);
        addColumn(JobRunView::read).setHeader(getTranslation("integration.column.read")).setAutoWidth(true);
        addColumn(JobRunView::written).setHeader(getTranslation("integration.column.written")).setAutoWidth(true);
        addColumn(JobRunView::skipped).setHeader(getTranslation("integration.column.skipped")).setAutoWidth(true);
        addColumn(run -> run.exitMessage() == null ? "" : run.exitMessage()).setHeader(getTranslation("integration.column.message")).setFlexGrow(1);
        setItems(runs);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation(connected ? "integration.runs.empty" : "integration.runs.noErp"));
    }
}
