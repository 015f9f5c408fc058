package org.supplierportal.tenant;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/** Reads and onboards supplier tenants. Suppliers see their own tenant; buyers and admins see all. */
@Service
@Validated
public class TenantService {

    private final TenantRepository tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final List<TenantDirectory> directories;

    TenantService(TenantRepository tenants, CurrentUsers currentUsers, AuditLog auditLog, Clock clock,
                  List<TenantDirectory> directories) {
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.clock = clock;
        this.directories = directories;
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
            auditLog.record(tenant.id(), AuditAction.TENANT_ONBOARDED, "Tenant", tenant.key(),
                    "Supplier " + tenant.name() + " onboarded from " + describe(source, sourceFile), null, tenant.summary());
            publish(tenant);
            return new TenantChange(tenant.id(), tenant.key(), TenantChange.Kind.CREATED);
        }
        Tenant tenant = existing.get();
        TenantSummary before = tenant.summary();
        if (!tenant.apply(definition, source, sourceFile, clock.instant())) {
            return new TenantChange(tenant.id(), tenant.key(), TenantChange.Kind.UNCHANGED);
        }
        String takeover = TenantSummary.SOURCE_SCREEN.equals(before.source()) && TenantSummary.SOURCE_FILE.equals(source)
                ? " (until now managed on the screen; the file manages it from now on)" : "";
        auditLog.record(tenant.id(), AuditAction.TENANT_UPDATED, "Tenant", tenant.key(),
                "Supplier " + tenant.name() + " updated from " + describe(source, sourceFile) + takeover, before, tenant.summary());
        publish(tenant);
        return new TenantChange(tenant.id(), tenant.key(), TenantChange.Kind.UPDATED);
    }

    /** Onboards a supplier entered on the screen. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary create(@Valid TenantDraft draft) {
        TenantDefinition definition = draft.definition();
        if (tenants.findByKey(definition.key()).isPresent()) {
            throw new TenantRejectedException("key", RuleText.of("tenantRule.keyTaken", definition.key()));
        }
        requirePartyCodesFree(definition, null);
        Tenant tenant = tenants.save(Tenant.onboard(definition, TenantSummary.SOURCE_SCREEN, null, clock.instant()));
        auditLog.record(tenant.id(), AuditAction.TENANT_ONBOARDED, "Tenant", tenant.key(),
                "Supplier " + tenant.name() + " onboarded on the screen", null, tenant.summary());
        publish(tenant);
        return saved(tenant);
    }

    /**
     * Saves an admin's edit. Refused for a tenant a file manages (the file would overwrite it at the next start) and
     * when someone changed the tenant since the admin opened it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary update(TenantId id, long expectedVersion, @Valid TenantDraft draft) {
        Tenant tenant = load(id);
        if (TenantSummary.SOURCE_FILE.equals(tenant.source())) {
            throw new TenantRejectedException(null, RuleText.of("tenantRule.fileManaged", tenant.name(), tenant.sourceFile()));
        }
        if (tenant.version() != expectedVersion) {
            throw new TenantRejectedException(null, RuleText.of("tenantRule.changedMeanwhile", tenant.name()));
        }
        TenantDefinition definition = draft.definition();
        if (!definition.key().equals(tenant.key())) {
            throw new TenantRejectedException("key", RuleText.of("tenantRule.keyFixed"));
        }
        requirePartyCodesFree(definition, tenant);
        TenantSummary before = tenant.summary();
        if (tenant.apply(definition, TenantSummary.SOURCE_SCREEN, null, clock.instant())) {
            auditLog.record(tenant.id(), AuditAction.TENANT_UPDATED, "Tenant", tenant.key(),
                    "Supplier " + tenant.name() + " updated on the screen", before, tenant.summary());
            publish(tenant);
        }
        return saved(tenant);
    }

    /** Its users can no longer log in; its orders and history stay as they are. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary deactivate(TenantId id) {
        Tenant tenant = load(id);
        if (tenant.deactivate(clock.instant())) {
            auditLog.record(tenant.id(), AuditAction.TENANT_DEACTIVATED, "Tenant", tenant.key(),
                    "Supplier " + tenant.name() + " deactivated: its users can no longer log in", null, null);
            publish(tenant);
        }
        return saved(tenant);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary reactivate(TenantId id) {
        Tenant tenant = load(id);
        if (tenant.reactivate(clock.instant())) {
            auditLog.record(tenant.id(), AuditAction.TENANT_REACTIVATED, "Tenant", tenant.key(),
                    "Supplier " + tenant.name() + " reactivated", null, null);
            publish(tenant);
        }
        return saved(tenant);
    }

    /** Records that an admin checked the supplier's tolerance limits (one of the onboarding steps). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary markTolerancesReviewed(TenantId id) {
        Tenant tenant = load(id);
        tenant.markTolerancesReviewed(currentUsers.require().displayName(), clock.instant());
        auditLog.record(tenant.id(), AuditAction.TENANT_TOLERANCES_REVIEWED, "Tenant", tenant.key(),
                "Tolerance limits of " + tenant.name() + " reviewed", null, tenant.tolerances());
        return saved(tenant);
    }

    /**
     * From now on the screen manages this tenant, not its file. Only for a tenant whose file is gone: the caller
     * checks that (see onboarding), or the file would take the tenant back at the next start.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary releaseFromFile(TenantId id) {
        Tenant tenant = load(id);
        if (TenantSummary.SOURCE_FILE.equals(tenant.source())) {
            String file = tenant.sourceFile();
            tenant.releaseFromFile(clock.instant());
            auditLog.record(tenant.id(), AuditAction.TENANT_UPDATED, "Tenant", tenant.key(), tenant.name()
                    + " is managed on the screen from now on; its file " + file + " is gone", null, null);
        }
        return saved(tenant);
    }

    private void requirePartyCodesFree(TenantDefinition definition, Tenant self) {
        for (String code : definition.erpPartyCodes()) {
            tenants.findByPartyCode(code).filter(owner -> self == null || !owner.id().equals(self.id()))
                    .ifPresent(owner -> {
                        throw new TenantRejectedException("erpPartyCodes", RuleText.of("tenantRule.partyCodeTaken", code,
                                owner.name()));
                    });
        }
    }

    private Tenant load(TenantId id) {
        return tenants.findById(id.value())
                .orElseThrow(() -> new TenantRejectedException(null, RuleText.of("tenantRule.supplierGone")));
    }

    /** The tenant as saved, with its new version: flushed first, so that the next edit can be checked against it. */
    private TenantSummary saved(Tenant tenant) {
        tenants.flush();
        return tenant.summary();
    }

    private void publish(Tenant tenant) {
        TenantSummary summary = tenant.summary();
        directories.forEach(directory -> directory.publish(summary));
    }

    private static String describe(String source, String sourceFile) {
        return sourceFile == null ? source.toLowerCase() : sourceFile;
    }
}
