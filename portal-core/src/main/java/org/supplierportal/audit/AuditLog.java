package org.supplierportal.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit entries inside the caller's transaction and reads a subject's trail. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    AuditLog(AuditEntryRepository entries, CurrentUsers currentUsers, Clock clock,
             org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Records a change made by the current user. Must run inside the transaction that makes the change, so both
     * commit or neither does.
     *
     * @param tenant the supplier the change concerns, or null for cross-tenant records (buyer and admin accounts)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(TenantId tenant, AuditAction action, String subjectType, String subjectId, String summary,
                       Object before, Object after) {
        record(tenant, action, subjectType, subjectId, AuditSummary.english(summary), before, after);
    }

    /** As {@link #record(TenantId, AuditAction, String, String, String, Object, Object)}, with a summary in sentences. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(TenantId tenant, AuditAction action, String subjectType, String subjectId, AuditSummary summary,
                       Object before, Object after) {
        CurrentUser actor = currentUsers.require();
        entries.save(new AuditEntry(tenant == null ? null : tenant.value(), clock.instant(), actor.userId(),
                actor.displayName(), action.name(), subjectType, subjectId, summary, toJson(before), toJson(after)));
    }

    /** One entry of a bulk write; see {@link #recordAll}. */
    public record Entry(TenantId tenant, AuditAction action, String subjectType, String subjectId, AuditSummary summary,
                        Object after) {
    }

    /**
     * Records many changes of the current user at once, in one JDBC batch, for bulk imports; the same rows as
     * {@link #record}, in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Entry> changes) {
        if (changes.isEmpty()) {
            return;
        }
        CurrentUser actor = currentUsers.require();
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        jdbc.batchUpdate("insert into audit_entry (id, tenant_id, occurred_at, actor_id, actor_name, action, subject_type,"
                        + " subject_id, summary, summary_sentences, after_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                changes, changes.size(),
                (statement, change) -> {
                    statement.setObject(1, java.util.UUID.randomUUID());
                    statement.setObject(2, change.tenant() == null ? null : change.tenant().value(), java.sql.Types.OTHER);
                    statement.setTimestamp(3, now);
                    statement.setObject(4, actor.userId());
                    statement.setString(5, actor.displayName());
                    statement.setString(6, change.action().name());
                    statement.setString(7, change.subjectType());
                    statement.setString(8, change.subjectId());
                    statement.setString(9, change.summary().english());
                    statement.setString(10, change.summary().sentences());
                    statement.setString(11, toJson(change.after()));
                });
    }

    /** The trail of one subject, newest first, as far as the current user may see it. */
    @Transactional(readOnly = true)
    public List<AuditRecord> trailOf(String subjectType, String subjectId) {
        CurrentUser user = currentUsers.require();
        List<AuditEntry> trail = user.isCrossTenant()
                ? entries.findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(subjectType, subjectId)
                : entries.findBySubjectTypeAndSubjectIdAndTenantIdOrderByOccurredAtDesc(subjectType, subjectId,
                        user.tenantId().value());
        return trail.stream().map(AuditEntry::toRecord).toList();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
