package org.supplierportal.locale;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/** Each person's language and time zone, as they chose them; people read and change only their own. */
@Service
public class PersonLocales {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonLocales(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.events = events;
    }

    /** The current person's choice; empty until they made one (then the browser's language and zone apply). */
    @Transactional(readOnly = true)
    public Optional<PersonLocale> mine() {
        return find(currentUsers.require().userId());
    }

    /** Sets the current person's language and time zone. */
    @Transactional
    public PersonLocale change(PortalLanguage language, ZoneId timeZone) {
        CurrentUser me = currentUsers.require();
        PersonLocale chosen = new PersonLocale(language, timeZone);
        jdbc.sql("""
                        insert into person_locale (user_id, tenant_id, language, time_zone, changed_at)
                        values (:user, :tenant, :language, :zone, :now)
                        on conflict (user_id) do update set language = excluded.language, time_zone = excluded.time_zone,
                            changed_at = excluded.changed_at""")
                .param("user", me.userId()).param("tenant", me.tenantId() == null ? null : me.tenantId().value())
                .param("language", language.tag()).param("zone", timeZone.getId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new PersonLanguageChanged(me.userId(), me.username(), Optional.of(language)));
        return chosen;
    }

    /** Forgets the current person's choice: the browser's language and time zone apply again. */
    @Transactional
    public void forget() {
        CurrentUser me = currentUsers.require();
        jdbc.sql("delete from person_locale where user_id = :user").param("user", me.userId()).update();
        events.publishEvent(new PersonLanguageChanged(me.userId(), me.username(), Optional.empty()));
    }

    /**
     * The language a person chose, found by their login name (as other systems know them); in the caller's
     * transaction, which must be allowed to see the person's row.
     */
    @Transactional(readOnly = true)
    public Optional<PortalLanguage> languageOf(String username) {
        return jdbc.sql("""
                        select l.language from person_locale l join app_user u on u.id = l.user_id
                        where lower(u.username) = lower(:username)""")
                .param("username", username).query(String.class).optional().flatMap(PortalLanguage::ofTag);
    }

    /**
     * The choices of several people at once (those who never chose are left out), for a notification to all of them;
     * in the caller's transaction, which must be allowed to see their rows.
     */
    @Transactional(readOnly = true)
    public Map<UUID, PersonLocale> of(Collection<UUID> people) {
        Map<UUID, PersonLocale> chosen = new HashMap<>();
        if (people.isEmpty()) {
            return chosen;
        }
        jdbc.sql("select user_id, language, time_zone from person_locale where user_id in (:people)").param("people", people)
                .query((row, number) -> chosen.put(row.getObject("user_id", UUID.class), locale(row))).list();
        return chosen;
    }

    private static PersonLocale locale(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PersonLocale(PortalLanguage.ofTag(row.getString("language")).orElse(PortalLanguage.ENGLISH),
                ZoneId.of(row.getString("time_zone")));
    }

    private Optional<PersonLocale> find(UUID person) {
        return jdbc.sql("select language, time_zone from person_locale where user_id = :user").param("user", person)
                .query((row, number) -> locale(row)).optional();
    }
}
