package org.supplierportal.tenant;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.TenantId;

/**
 * A supplier's own tolerance limits changed on their own, for the buyer side's systems (the API's tolerances:write,
 * which an admin grants): the rest of the supplier stays as it is. A supplier that a tenant file manages is refused,
 * as on the screen: the file would put its limits back at the next start.
 */
@Service
public class TenantTolerances {

    private final TenantRepository tenants;
    private final AuditLog auditLog;
    private final Clock clock;
    private final List<TenantDirectory> directories;

    TenantTolerances(TenantRepository tenants, AuditLog auditLog, Clock clock, List<TenantDirectory> directories) {
        this.tenants = tenants;
        this.auditLog = auditLog;
        this.clock = clock;
        this.directories = directories;
    }

    /**
     * @param expectedVersion the supplier's version the caller read; a change based on an older one is refused
     * @param limits          the new limits; a null limit means the global default
     */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public TenantSummary change(TenantId id, long expectedVersion, ToleranceOverrides limits) {
        Tenant tenant = tenants.findById(id.value())
                .orElseThrow(() -> new TenantRejectedException(null, RuleText.of("tenantRule.supplierGone")));
        if (TenantSummary.SOURCE_FILE.equals(tenant.source())) {
            throw new TenantRejectedException(null, RuleText.of("tenantRule.fileManaged.tolerances", tenant.name(),
                    tenant.sourceFile()));
        }
        if (tenant.version() != expectedVersion) {
            throw new TenantRejectedException(null, RuleText.of("tenantRule.changedMeanwhile", tenant.name()));
        }
        TenantSummary before = tenant.summary();
        TenantDefinition current = before.definition();
        TenantDefinition changed = new TenantDefinition(current.key(), current.name(), current.erpPartyCodes(),
                current.contact(), limits, current.acknowledgmentDeadlineWorkingDays(), current.address(), current.shipping());
        if (tenant.apply(changed, tenant.source(), tenant.sourceFile(), clock.instant())) {
            auditLog.record(tenant.id(), AuditAction.TENANT_UPDATED, "Tenant", tenant.key(),
                    "Tolerance limits of " + tenant.name() + " changed", before.tolerances(), limits);
            TenantSummary after = tenant.summary();
            directories.forEach(directory -> directory.publish(after));
        }
        tenants.flush();
        return tenant.summary();
    }
}
