package org.supplierportal.onboarding;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/** A supplier as a tenant file, for admins to download. */
@Service
public class TenantExport {

    private final TenantService tenants;
    private final UserAccountService users;

    TenantExport(TenantService tenants, UserAccountService users) {
        this.tenants = tenants;
        this.users = users;
    }

    /** The file's name and content. */
    public record ExportedFile(String fileName, String content) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ExportedFile export(TenantId id) {
        TenantSummary tenant = tenants.find(id).orElseThrow(() -> new IllegalArgumentException("No supplier " + id));
        return new ExportedFile(tenant.key() + ".yaml", TenantFileWriter.write(tenant, users.listOf(id)));
    }
}
