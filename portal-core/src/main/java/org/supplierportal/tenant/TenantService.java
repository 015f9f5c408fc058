package org.supplierportal.tenant;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/** Reads and onboards supplier tenants. Suppliers see their own tenant; buyers and admins see all. */
@Service
public class TenantService {

    private final TenantRepository tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final Clock clock;

    TenantService(TenantRepository tenants, CurrentUsers currentUsers, AuditLog auditLog, Clock clock) {
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A tenant by id, if the current user may see it (their own, or any for buyers and admins). */
    @Transactional(readOnly = true)
    public Optional<TenantSummary> find(TenantId id) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant() && !user.tenantId().equals(id)) {
            return Optional.empty();
        }
        return tenants.findById(id.value()).map(Tenant::summary);
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> findByKey(String key) {
        return tenants.findByKey(key).map(Tenant::summary)
                .filter(tenant -> currentUsers.require().isCrossTenant() || tenant.id().equals(currentUsers.require().tenantId()));
    }

    /** The tenant an ERP party code belongs to; for the ERP side, which runs across tenants. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<TenantSummary> findByPartyCode(String partyCode) {
        return tenants.findByPartyCode(partyCode).map(Tenant::summary);
    }

    /** The tenant the current supplier user acts for. */
    @Transactional(readOnly = true)
    public TenantSummary myTenant() {
        CurrentUser user = currentUsers.require();
        return user.supplierTenant().flatMap(this::find)
                .orElseThrow(() -> new AccessDeniedException(user.username() + " does not act for a supplier"));
    }

    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<TenantSummary> listAll() {
        return tenants.findAllByOrderByNameAsc().stream().map(Tenant::summary).toList();
    }

    /** Which existing tenant (by key) owns each of the given ERP party codes, if any. For admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Map<String, String> partyCodeOwners(java.util.Collection<String> partyCodes) {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        for (Tenant tenant : tenants.findAll()) {
            tenant.summary().erpPartyCodes().stream().filter(partyCodes::contains)
                    .forEach(code -> owners.put(code, tenant.key()));
        }
        return owners;
    }

    /**
     * Creates the tenant or brings it in line with the definition; applying the same definition again changes
     * nothing and writes no audit entry.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantChange apply(TenantDefinition definition, String source, String sourceFile) {
        Optional<Tenant> existing = tenants.findByKey(definition.key());
        if (existing.isEmpty()) {
            Tenant tenant = tenants.save(Tenant.onboard(definition, source, sourceFile, clock.instant()));
            auditLog.record(tenant.id(), "TENANT_ONBOARDED", "Tenant", tenant.key(),
                    "Supplier " + tenant.name() + " onboarded from " + describe(source, sourceFile), null, tenant.summary());
            return new TenantChange(tenant.id(), tenant.key(), TenantChange.Kind.CREATED);
        }
        Tenant tenant = existing.get();
        TenantSummary before = tenant.summary();
        if (!tenant.apply(definition, source, sourceFile, clock.instant())) {
            return new TenantChange(tenant.id(), tenant.key(), TenantChange.Kind.UNCHANGED);
        }
        auditLog.record(tenant.id(), "TENANT_UPDATED", "Tenant", tenant.key(),
                "Supplier " + tenant.name() + " updated from " + describe(source, sourceFile), before, tenant.summary());
        return new TenantChange(tenant.id(), tenant.key(), TenantChange.Kind.UPDATED);
    }

    private static String describe(String source, String sourceFile) {
        return sourceFile == null ? source.toLowerCase() : sourceFile;
    }
}
