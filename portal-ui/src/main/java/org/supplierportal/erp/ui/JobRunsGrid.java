package org.supplierportal.erp.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;

/** A job's latest runs: how each ended, when, how long, and its counts. */
class JobRunsGrid extends Grid<JobRunView> {

    JobRunsGrid(List<JobRunView> runs, boolean connected, Clock clock) {
        addComponentColumn(run -> StatusBadge.of(run.status().toLowerCase(), switch (run.status()) {
            case "COMPLETED" -> StatusBadge.Tone.OK;
            case "FAILED", "ABANDONED" -> StatusBadge.Tone.ERROR;
            default -> StatusBadge.Tone.INFO;
        })).setHeader("Status").setAutoWidth(true);
        addColumn(run -> UserFormats.dateTime(run.startedAt())).setHeader("Started").setAutoWidth(true);
        addColumn(run -> run.duration(clock.instant()).toMillis() / 1000.0 + " s").setHeader("Duration").setAutoWidth(true);
        addColumn(JobRunView::read).setHeader("Read").setAutoWidth(true);
        addColumn(JobRunView::written).setHeader("Written").setAutoWidth(true);
        addColumn(JobRunView::skipped).setHeader("Skipped").setAutoWidth(true);
        addColumn(run -> run.exitMessage() == null ? "" : run.exitMessage()).setHeader("Message").setFlexGrow(1);
        setItems(runs);
        setAllRowsVisible(true);
        setEmptyStateText(connected ? "No runs yet." : "Connect an ERP to import.");
    }
}
