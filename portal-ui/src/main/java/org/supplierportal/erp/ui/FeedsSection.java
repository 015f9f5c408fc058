package org.supplierportal.erp.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.FeedState;
import org.supplierportal.erp.inbound.ReconciliationReport;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The imports: per job, when its feed last succeeded, the run going on, its latest runs, and "Run now"
 * ({@link RunRequested}); under the reconciliation, what it last found.
 */
class FeedsSection extends Div {

    private final Clock clock;

    FeedsSection(Clock clock) {
        this.clock = clock;
        addClassName("card");
        setId("erp-feeds");
    }

    static String title(ErpJob job) {
        return I18NProvider.translate("integration.feed." + job.name());
    }

    void show(List<FeedStatus> feeds, Optional<ReconciliationReport> lastReconciliation) {
        removeAll();
        add(new H2(getTranslation("integration.imports")));
        feeds.forEach(feed -> add(feed(feed, lastReconciliation)));
    }

    private Div feed(FeedStatus status, Optional<ReconciliationReport> lastReconciliation) {
        ErpJob job = status.job();
        Button runNow = new Button(getTranslation("integration.runNow"), VaadinIcon.PLAY.create(), click -> fireEvent(new RunRequested(this, job)));
        runNow.setId("run-" + job.jobName());
        runNow.setEnabled(status.runnable() && status.running().isEmpty());
        runNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div feed = new Div(new HorizontalLayout(new Span(title(job)), runNow));
        feed.setId("feed-" + job.jobName());
        feed.add(new Paragraph(status.state().map(FeedState::lastSuccessAt).map(success -> getTranslation("integration.lastSuccess",
                UserFormats.dateTime(success), UserFormats.age(Duration.between(success, clock.instant()))))
                .orElse(getTranslation("integration.noSuccess"))));
        if (job == ErpJob.RECONCILIATION) {
            feed.add(ReconciliationFindingsText.of(lastReconciliation));
        }
        status.running().ifPresent(run -> {
            ProgressBar progress = new ProgressBar();
            progress.setIndeterminate(true);
            feed.add(new Paragraph(getTranslation("integration.running", run.read(), run.written())), progress);
        });
        feed.add(new JobRunsGrid(status.runs(), status.runnable(), clock));
        return feed;
    }

    Registration addRunListener(ComponentEventListener<RunRequested> listener) {
        return addListener(RunRequested.class, listener);
    }

    /** The admin asks to run a job now. */
    static final class RunRequested extends ComponentEvent<FeedsSection> {

        private final ErpJob job;

        RunRequested(FeedsSection source, ErpJob job) {
            super(source, true);
            this.job = job;
        }

        ErpJob job() {
            return job;
        }
    }
}
