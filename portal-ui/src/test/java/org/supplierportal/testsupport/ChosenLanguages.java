package org.supplierportal.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The language people chose on My account, set and forgotten by tests that look at a screen or a mail in it. */
public class ChosenLanguages {

    private final Actors actors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ChosenLanguages(Actors actors, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.actors = actors;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The person's choice of a language (a tag: "de", "zh-CN") in Berlin's time zone, as My account stores it. */
    public void choose(String username, String language) {
        actors.asSystem(() -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into person_locale (user_id, tenant_id, language, time_zone, changed_at)
                select id, tenant_id, ?, 'Europe/Berlin', now() from app_user where username = ?""", language, username)));
    }

    /** Everyone back to their browser's language, as the other tests expect. */
    public void forgetAll() {
        actors.asSystem(() -> transactions.executeWithoutResult(status -> jdbc.update("delete from person_locale")));
    }
}
