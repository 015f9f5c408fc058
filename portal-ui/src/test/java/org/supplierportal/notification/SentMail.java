package org.supplierportal.notification;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.testsupport.Actors;

/** Waits for the outbox to have sent what a test expects, then says who got what (from the test mail server). */
record SentMail(Actors actors, JdbcTemplate jdbc, TransactionTemplate transactions) {

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    /** Waits until each address has the mail about this and none about it is still to send, then says who got how many. */
    Map<String, Long> await(String about, Set<String> addressees) {
        Awaitility.await().atMost(MAIL_WAIT).until(() -> Mailbox.countsByAddressee(about).keySet().containsAll(addressees));
        Awaitility.await().atMost(MAIL_WAIT).until(() -> pending(about) == 0);
        return Mailbox.countsByAddressee(about);
    }

    long pending(String about) {
        return query("select count(*) from notification_mail where status = 'PENDING' and (subject like ? or body like ?)",
                "%" + about + "%", "%" + about + "%");
    }

    long query(String sql, Object... arguments) {
        return actors.asSystem(() -> transactions.execute(status -> jdbc.queryForObject(sql, Long.class, arguments)));
    }
}
