package org.supplierportal.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supplierportal.PortalApplication;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * The portal started again and again with the ERP up before it and imports every second (issue 12): the imports
 * wait until the start-up's own work is done, every start comes up, and no import run is ever found interrupted
 * (each stop lets its runs end). Seen before: runs marked "interrupted by a stop of the portal" while the demo was
 * being seeded, and starts crashing on the step execution's version. {@code -Dstartup.starts=20} for the issue's
 * twenty starts; the default run makes five.
 */
class StartsWithTheErpUpIT {

    private static final int STARTS = Integer.getInteger("startup.starts", 5);

    @Test
    void everyStartComesUpAndNoImportRunIsInterrupted() {
        TrytonTestServer.get();
        // One database for all the starts, as in life: the check at the end must see what the earlier starts left.
        try (SharedTestDatabase.Lease database = SharedTestDatabase.hold()) {
            startAgainAndAgain();
        }
    }

    private static void startAgainAndAgain() {
        LocalDateTime since = LocalDateTime.now().minusSeconds(1);
        for (int start = 1; start <= STARTS; start++) {
            try (ConfigurableApplicationContext portal = start(start)) {
                ErpJobs jobs = portal.getBean(ErpJobs.class);
                CurrentUsers users = portal.getBean(CurrentUsers.class);
                Instant started = Instant.now().minusSeconds(1);
                // At least one scheduled order import of this start has ended before it stops.
                await().atMost(Duration.ofMinutes(2)).until(() -> users.runAsSystem("test", () -> jobs.recentRuns(ErpJob.ORDERS, 5))
                        .stream().anyMatch(run -> run.endedAt() != null && run.startedAt().isAfter(started)));
            }
        }
        try (ConfigurableApplicationContext portal = start(STARTS + 1)) {
            List<String> interrupted = portal.getBean(JdbcClient.class).sql("""
                            select ji.job_name || ' run ' || je.job_execution_id || ': ' || je.exit_message
                            from batch_job_execution je join batch_job_instance ji on ji.job_instance_id = je.job_instance_id
                            where je.create_time >= :since and je.exit_message like '%Interrupted%'""")
                    .param("since", since).query(String.class).list();
            assertThat(interrupted).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(int number) {
        // Over the test Tryton's settings, which leave the schedules off.
        ApplicationContextInitializer<ConfigurableApplicationContext> scheduled = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("startsWithTheErpUp", Map.of(
                        "server.port", "0",
                        "portal.tenants.directory", "../tenants",
                        "portal.cluster.node-id", "start-" + number,
                        "portal.erp.schedules-enabled", "true",
                        "portal.erp.order-import-interval", "PT1S",
                        "portal.erp.receipt-import-interval", "PT1S",
                        "portal.erp.invoice-import-interval", "PT1S")));
        return new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new SharedTestDatabase.Initializer(), new TrytonTestServer.Initializer(), scheduled)
                .run();
    }
}
