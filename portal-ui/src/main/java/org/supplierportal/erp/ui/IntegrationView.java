package org.supplierportal.erp.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.erp.deadletter.DeadLetterView;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.FeedState;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.erp.inbound.ParkedOrderView;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.erp.outbound.OutboundMessageView;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;

/**
 * The integration monitor: is the ERP connected, how did each import run (counts, duration, lag), what is waiting
 * to go to the ERP, what failed for good (with payload, error and replay), and which orders no supplier claims.
 * Refreshes itself every few seconds while a run is going.
 */
@Route("admin/integration")
@PageTitle("Integration | Supplier Portal")
@Menu(title = "Integration", order = 90, icon = "vaadin:exchange")
@RolesAllowed(Role.ADMIN_NAME)
class IntegrationView extends Main {

    

    private final IntegrationMonitor monitor;
    private final Clock clock;
    private final Div connection = new Div();
    private final Div feeds = new Div();
    private final Grid<OutboundMessageView> pending = new Grid<>();
    private final Grid<DeadLetterView> deadLetters = new Grid<>();
    private final Grid<ParkedOrderView> parked = new Grid<>();
    private final Span pendingTitle = new Span();
    private final Span deadTitle = new Span();
    private final Span parkedTitle = new Span();
    private final Button replay = new Button("Replay selected", VaadinIcon.REFRESH.create());

    IntegrationView(IntegrationMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.clock = clock;
        addClassName("page");
        getStyle().set("max-width", "none");
        setId("integration-view");
        add(new ViewHeader("Integration", "The connection to the ERP: imports, messages on their way, and what needs a fix."));
        connection.addClassName("card");
        connection.setId("erp-connection");
        feeds.addClassName("card");
        feeds.setId("erp-feeds");
        add(connection, feeds);

        pending.setId("outbound-pending");
        pending.addColumn(OutboundMessageView::subject).setHeader("Message").setAutoWidth(true);
        pending.addColumn(OutboundMessageView::kind).setHeader("Kind").setAutoWidth(true);
        pending.addColumn(OutboundMessageView::attempts).setHeader("Attempts").setAutoWidth(true);
        pending.addColumn(message -> UserFormats.dateTime(message.nextAttemptAt())).setHeader("Next attempt").setAutoWidth(true);
        pending.addColumn(message -> message.lastError() == null ? "" : message.lastError()).setHeader("Last error").setFlexGrow(1);
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText("Nothing is waiting: every answer has reached the ERP.");
        add(section(pendingTitle, pending));

        deadLetters.setId("dead-letters");
        deadLetters.setSelectionMode(Grid.SelectionMode.MULTI);
        deadLetters.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        deadLetters.addColumn(DeadLetterView::subject).setHeader("Record").setAutoWidth(true);
        deadLetters.addColumn(letter -> letter.direction().equals("INBOUND") ? "From the ERP" : "To the ERP").setHeader("Direction").setAutoWidth(true);
        deadLetters.addColumn(DeadLetterView::error).setHeader("Error").setFlexGrow(2);
        deadLetters.addColumn(DeadLetterView::attempts).setHeader("Attempts").setAutoWidth(true);
        deadLetters.addColumn(letter -> UserFormats.dateTime(letter.updatedAt())).setHeader("Last failed").setAutoWidth(true);
        deadLetters.setItemDetailsRenderer(new ComponentRenderer<>(letter -> {
            Pre payload = new Pre(letter.payload());
            payload.getStyle().set("white-space", "pre-wrap").set("max-height", "12rem").set("overflow", "auto");
            return new Div(new Paragraph("History:"), new Pre(letter.history()), new Paragraph("Payload:"), payload);
        }));
        deadLetters.setAllRowsVisible(true);
        deadLetters.setEmptyStateText("No dead letters: every record the ERP sent or received went through.");
        replay.setId("replay-dead-letters");
        replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replay.addClickListener(click -> replaySelected());
        deadLetters.addSelectionListener(event -> replay.setEnabled(!event.getAllSelectedItems().isEmpty()));
        replay.setEnabled(false);
        Div deadSection = section(deadTitle, deadLetters);
        deadSection.add(new Paragraph("Fix the cause (usually the record in the ERP), select the letters and replay them."), replay);
        add(deadSection);

        parked.setId("parked-orders");
        parked.addColumn(ParkedOrderView::number).setHeader("PO").setAutoWidth(true);
        parked.addColumn(ParkedOrderView::partyCode).setHeader("ERP party").setAutoWidth(true);
        parked.addColumn(ParkedOrderView::reason).setHeader("Why it waits").setFlexGrow(1);
        parked.addColumn(order -> UserFormats.dateTime(order.updatedAt())).setHeader("Since").setAutoWidth(true);
        parked.addComponentColumn(order -> {
            Button retry = new Button("Retry", click -> {
                String outcome = monitor.retryParked(order.id());
                Confirmations.done("PO " + order.number() + ": " + outcome);
                refresh();
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        parked.setAllRowsVisible(true);
        parked.setEmptyStateText("No parked orders: every order's supplier is onboarded.");
        Div parkedSection = section(parkedTitle, parked);
        parkedSection.add(new Paragraph("Orders for an ERP party no supplier claims. Onboard the supplier with that party code, then retry."));
        add(parkedSection);
        refresh();
    }

    private static Div section(Span title, Grid<?> grid) {
        H2 heading = new H2(title);
        Div section = new Div(heading, grid);
        section.addClassName("card");
        return section;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Live progress: while the view is open it refreshes itself; cheap queries, admins only.
        UI ui = attachEvent.getUI();
        ui.setPollInterval(3000);
        ui.addPollListener(event -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    private void refresh() {
        IntegrationMonitor.Connection erp = monitor.connection();
        connection.removeAll();
        connection.add(new H2("ERP connection"), new HorizontalLayout(
                        StatusBadge.of(erp.connected() ? "Connected" : "Not connected", erp.connected() ? StatusBadge.Tone.OK : StatusBadge.Tone.NEUTRAL),
                        new Span(erp.description())));
        if (erp.connected()) {
            connection.add(new Paragraph("Can: " + erp.capabilities().stream().map(capability ->
                    capability.name().toLowerCase().replace('_', ' ')).sorted().collect(Collectors.joining(", "))));
        }
        feeds.removeAll();
        feeds.add(new H2("Imports"));
        List<FeedState> states = monitor.feeds();
        for (ErpJob job : ErpJob.values()) {
            // A feed the connected ERP cannot provide (an adapter without invoice status, say) cannot be run.
            feeds.add(feed(job, states.stream().filter(state -> state.name().equals(job.jobName())).findFirst(),
                    erp.canRun(job)));
        }
        List<OutboundMessageView> waiting = monitor.pendingMessages();
        pending.setItems(waiting);
        pendingTitle.setText("Waiting for the ERP (" + waiting.size() + ")");
        Set<DeadLetterView> selected = deadLetters.getSelectedItems();
        List<DeadLetterView> letters = monitor.deadLetters();
        deadLetters.setItems(letters);
        letters.stream().filter(letter -> selected.stream().anyMatch(old -> old.id().equals(letter.id()))).forEach(deadLetters::select);
        deadTitle.setText("Dead letters (" + letters.size() + ")");
        List<ParkedOrderView> parkedOrders = monitor.parkedOrders();
        parked.setItems(parkedOrders);
        parkedTitle.setText("Parked orders (" + parkedOrders.size() + ")");
    }

    private Div feed(ErpJob job, Optional<FeedState> state, boolean connected) {
        String title = switch (job) {
            case ORDERS -> "Orders";
            case RECEIPTS -> "Goods receipts";
            case RECONCILIATION -> "Reconciliation of open orders with the ERP";
            case INVOICES -> "Invoice status";
        };
        Optional<JobRunView> running = monitor.running(job);
        Button runNow = new Button("Run now", VaadinIcon.PLAY.create(), click -> {
            boolean started = monitor.runNow(job);
            Confirmations.done(title + (started ? ": started" : ": already running"));
            refresh();
        });
        runNow.setId("run-" + job.jobName());
        runNow.setEnabled(connected && running.isEmpty());
        runNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div feed = new Div(new HorizontalLayout(new Span(title), runNow));
        feed.setId("feed-" + job.jobName());
        String lag = state.map(FeedState::lastSuccessAt).map(success -> "last success " + UserFormats.dateTime(success)
                + " (" + UserFormats.age(java.time.Duration.between(success, clock.instant())) + " ago)").orElse("no successful run yet");
        feed.add(new Paragraph(lag));
        if (job == ErpJob.RECONCILIATION) {
            feed.add(ReconciliationFindingsText.of(monitor.lastReconciliation()));
        }
        if (running.isPresent()) {
            ProgressBar progress = new ProgressBar();
            progress.setIndeterminate(true);
            feed.add(new Paragraph("Running: " + running.get().read() + " read, " + running.get().written() + " written so far"), progress);
        }
        Grid<JobRunView> runs = new Grid<>();
        runs.addComponentColumn(run -> StatusBadge.of(run.status().toLowerCase(), switch (run.status()) {
            case "COMPLETED" -> StatusBadge.Tone.OK;
            case "FAILED", "ABANDONED" -> StatusBadge.Tone.ERROR;
            default -> StatusBadge.Tone.INFO;
        })).setHeader("Status").setAutoWidth(true);
        runs.addColumn(run -> UserFormats.dateTime(run.startedAt())).setHeader("Started").setAutoWidth(true);
        runs.addColumn(run -> run.duration(clock.instant()).toMillis() / 1000.0 + " s").setHeader("Duration").setAutoWidth(true);
        runs.addColumn(JobRunView::read).setHeader("Read").setAutoWidth(true);
        runs.addColumn(JobRunView::written).setHeader("Written").setAutoWidth(true);
        runs.addColumn(JobRunView::skipped).setHeader("Skipped").setAutoWidth(true);
        runs.addColumn(run -> run.exitMessage() == null ? "" : run.exitMessage()).setHeader("Message").setFlexGrow(1);
        runs.setItems(monitor.recentRuns(job, 5));
        runs.setAllRowsVisible(true);
        runs.setEmptyStateText(connected ? "No runs yet." : "Connect an ERP to import.");
        feed.add(runs);
        return feed;
    }

    private void replaySelected() {
        List<UUID> ids = deadLetters.getSelectedItems().stream().map(DeadLetterView::id).toList();
        List<String> outcomes = monitor.replay(ids);
        Confirmations.done(outcomes.size() == 1 ? outcomes.getFirst() : outcomes.size() + " dead letters replayed");
        deadLetters.deselectAll();
        refresh();
    }

}
