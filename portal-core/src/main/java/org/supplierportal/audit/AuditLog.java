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

    AuditLog(AuditEntryRepository entries, CurrentUsers currentUsers, Clock clock) {
        this.entries = entries;
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
    public void record(TenantId tenant, String action, String subjectType, String subjectId, String summary,
                       Object before, Object after) {
        CurrentUser actor = currentUsers.require();
        entries.save(new AuditEntry(tenant == null ? null : tenant.value(), clock.instant(), actor.userId(),
                actor.displayName(), action, subjectType, subjectId, summary, toJson(before), toJson(after)));
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
