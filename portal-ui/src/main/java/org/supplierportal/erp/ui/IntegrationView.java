package org.supplierportal.erp.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.FeedState;
import org.supplierportal.erp.inbound.ParkedOrderView;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;

/**
 * The integration monitor: is the ERP connected, how did each import run (counts, duration, lag), what is waiting
 * to go to the ERP, what failed for good (with payload, error and replay), and which orders no supplier claims.
 * Its sections raise what the admin asks for; this view has the monitor do it, confirms, and shows the state then.
 * Refreshes itself every few seconds while it is open.
 */
@Route("admin/integration")
@Menu(title = "Integration", order = 90, icon = "vaadin:exchange")
@RolesAllowed(Role.ADMIN_NAME)
class IntegrationView extends Main implements HasDynamicTitle {

    private final IntegrationMonitor monitor;
    private final ConnectionCard connection = new ConnectionCard();
    private final FeedsSection feeds;
    private final OutboundSection outbound = new OutboundSection();
    private final DeadLettersSection deadLetters = new DeadLettersSection();
    private final ParkedOrdersSection parked = new ParkedOrdersSection();

    IntegrationView(IntegrationMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.feeds = new FeedsSection(clock);
        addClassName("page");
        getStyle().set("max-width", "none");
        setId("integration-view");
        add(new ViewHeader(getTranslation("menu.admin.integration"), getTranslation("integration.description")),
                connection, feeds, outbound, deadLetters, parked);
        feeds.addRunListener(event -> runNow(event.job()));
        deadLetters.addReplayListener(event -> replay(event.ids()));
        parked.addRetryListener(event -> retry(event.order()));
        refresh();
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
        connection.show(erp);
        List<FeedState> states = monitor.feeds();
        feeds.show(Arrays.stream(ErpJob.values()).map(job -> new FeedStatus(job,
                states.stream().filter(state -> state.name().equals(job.jobName())).findFirst(),
                monitor.running(job), monitor.recentRuns(job, 5), erp.canRun(job))).toList(), monitor.lastReconciliation());
        outbound.show(monitor.pendingMessages());
        deadLetters.show(monitor.deadLetters());
        parked.show(monitor.parkedOrders());
    }

    private void runNow(ErpJob job) {
        boolean started = monitor.runNow(job);
        Confirmations.done(getTranslation(started ? "integration.started" : "integration.alreadyRunning", FeedsSection.title(job)));
        refresh();
    }

    private void replay(List<UUID> ids) {
        List<String> outcomes = monitor.replay(ids);
        Confirmations.done(outcomes.size() == 1 ? outcomes.getFirst() : getTranslation("integration.replayed", outcomes.size()));
        deadLetters.clearSelection();
        refresh();
    }

    private void retry(ParkedOrderView order) {
        String outcome = monitor.retryParked(order.id());
        Confirmations.done(getTranslation("integration.retried", order.number(), outcome));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.admin.integration"));
    }
}
