package org.supplierportal.tolerance;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenant.ToleranceOverrides;

/** The limits that apply to a supplier's lines, layered, and the per-part-number overrides admins keep. */
@Service
@Validated
@EnableConfigurationProperties(GlobalToleranceProperties.class)
public class ToleranceService {

    private final GlobalToleranceProperties global;
    private final PartToleranceRepository parts;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final Clock clock;

    ToleranceService(GlobalToleranceProperties global, PartToleranceRepository parts, TenantService tenants,
                     CurrentUsers currentUsers, AuditLog auditLog, Clock clock) {
        this.global = global;
        this.parts = parts;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public ToleranceLimits globalDefaults() {
        return global.limits();
    }

    /** The effective limits for each of the part numbers of one supplier, in one round trip. */
    @Transactional(readOnly = true)
    public Map<String, EffectiveLimits> limitsFor(TenantId tenant, Collection<String> partNumbers) {
        requireMayRead(tenant);
        LimitOverrides supplier = supplierOverrides(tenant);
        Map<String, LimitOverrides> byPart = new HashMap<>();
        parts.findByTenantIdAndPartNumberIn(tenant.value(), partNumbers)
                .forEach(part -> byPart.put(part.partNumber(), part.limits()));
        Map<String, EffectiveLimits> limits = new HashMap<>();
        for (String partNumber : partNumbers) {
            limits.put(partNumber, EffectiveLimits.resolve(global.limits(), supplier,
                    byPart.getOrDefault(partNumber, LimitOverrides.NONE)));
        }
        return limits;
    }

    /** The supplier's own limits (from its tenant file or the admin screens). */
    @Transactional(readOnly = true)
    public LimitOverrides supplierOverrides(TenantId tenant) {
        requireMayRead(tenant);
        ToleranceOverrides own = tenants.find(tenant).map(TenantSummary::tolerances).orElse(ToleranceOverrides.NONE);
        return new LimitOverrides(own.quantityUnderPercent(), own.quantityOverPercent(), own.dateEarlyDays(),
                own.dateLateDays(), own.priceUnderPercent(), own.priceOverPercent());
    }

    @Transactional(readOnly = true)
    public List<PartToleranceView> partOverrides(TenantId tenant) {
        requireMayRead(tenant);
        return parts.findByTenantIdOrderByPartNumber(tenant.value()).stream().map(PartTolerance::view).toList();
    }

    /** Sets (or replaces) the limits for one part number of one supplier. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PartToleranceView savePartOverride(TenantId tenant, @NotBlank(message = "{validation.partTolerance.partNumber}") String partNumber,
                                              LimitOverrides limits) {
        validate(limits);
        String part = partNumber.strip();
        PartToleranceView before = parts.findByTenantIdAndPartNumber(tenant.value(), part).map(PartTolerance::view).orElse(null);
        PartTolerance saved = parts.findByTenantIdAndPartNumber(tenant.value(), part)
                .map(existing -> {
                    existing.change(limits, clock.instant());
                    return existing;
                })
                .orElseGet(() -> parts.save(new PartTolerance(tenant.value(), part, limits, clock.instant())));
        auditLog.record(tenant, before == null ? AuditAction.PART_TOLERANCE_ADDED : AuditAction.PART_TOLERANCE_CHANGED, "PartTolerance",
                part, "Tolerances for part " + part + (before == null ? " added" : " changed"), before, saved.view());
        return saved.view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removePartOverride(TenantId tenant, String partNumber) {
        parts.findByTenantIdAndPartNumber(tenant.value(), partNumber).ifPresent(part -> {
            parts.delete(part);
            auditLog.record(tenant, AuditAction.PART_TOLERANCE_REMOVED, "PartTolerance", partNumber,
                    "Tolerances for part " + partNumber + " removed", part.view(), null);
        });
    }

    private void requireMayRead(TenantId tenant) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant() && !tenant.equals(user.tenantId())) {
            throw new AccessDeniedException("another supplier's tolerances");
        }
    }

    private static void validate(LimitOverrides limits) {
        // The same checks as a tenant file's limits, with the same messages.
        new ToleranceOverrides(limits.quantityUnderPercent(), limits.quantityOverPercent(), limits.dateEarlyDays(),
                limits.dateLateDays(), limits.priceUnderPercent(), limits.priceOverPercent());
    }
}
