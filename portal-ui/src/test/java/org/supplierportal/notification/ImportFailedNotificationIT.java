package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ErpIntegrationTest;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * An import that begins to fail reaches the admins, by e-mail, once: the real Tryton goes away under the order
 * import, and every further failing run until one succeeds is on the integration page, not in their mailbox.
 */
@ErpIntegrationTest
class ImportFailedNotificationIT {

    @Autowired
    ErpJobs jobs;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Actors actors;

    private final TrytonTestServer tryton = TrytonTestServer.get();

    @AfterEach
    void trytonBack() {
        tryton.start();
    }

    @Test
    void aFailingImportIsMailedToTheAdminsOnceUntilARunSucceedsAgain() {
        tryton.start();
        assertThat(actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS)).status()).isEqualTo("COMPLETED");

        tryton.kill();
        JobRunView failed = actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        JobRunView failedAgain = actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failedAgain.status()).isEqualTo("FAILED");
        People people = new People(users, actors);
        String admin = people.email("admin");
        String firstRun = "(run " + failed.executionId() + ")";
        SentMail sent = new SentMail(actors, jdbc, transactions);
        Map<String, Long> told = sent.await(firstRun, Set.of(admin));
        assertThat(told).isEqualTo(Map.of(admin, 1L));
        assertThat(Mailbox.subject(Mailbox.about(firstRun).getFirst())).isEqualTo("Import failed: importOrders");
        assertThat(Mailbox.body(Mailbox.about(firstRun).getFirst())).contains("/admin/integration");

        // Every failure event handed over is handled by now; none of them is about the second run.
        await().atMost(SentMail.MAIL_WAIT).until(() -> sent.query("select count(*) from event_publication"
                + " where completion_date is null and event_type like '%ImportFailed'") == 0);
        assertThat(sent.query("select count(*) from notification where type = 'IMPORT_FAILED' and arguments like ?",
                "%\"" + failedAgain.executionId() + "\"%")).as("the second failure in a row is no news").isZero();
        assertThat(Mailbox.about("(run " + failedAgain.executionId() + ")")).isEmpty();
    }
}
