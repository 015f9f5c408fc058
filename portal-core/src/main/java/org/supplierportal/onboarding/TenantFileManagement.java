package org.supplierportal.onboarding;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Which wins, the file or the screen: the file, as long as it is in the tenants folder. Once an admin removes the
 * file, they can hand the supplier to the screen here; while the file is there, the screen shows it read-only.
 */
@Service
public class TenantFileManagement {

    private final TenantService tenants;
    private final TenantFilesProperties properties;

    TenantFileManagement(TenantService tenants, TenantFilesProperties properties) {
        this.tenants = tenants;
        this.properties = properties;
    }

    /** Whether the file that manages the tenant is still in the tenants folder. */
    public boolean fileIsPresent(TenantSummary tenant) {
        return tenant.managedByFile() && Files.isRegularFile(fileOf(tenant));
    }

    /** Hands a file-managed tenant to the screen; refused while its file is still there (it would win again). */
    @PreAuthorize("hasRole('ADMIN')")
    public TenantSummary manageOnScreen(TenantId id) {
        TenantSummary tenant = tenants.find(id).orElseThrow(() -> new TenantRejectedException(null, RuleText.of("tenantRule.supplierGone")));
        if (fileIsPresent(tenant)) {
            throw new TenantRejectedException(null, RuleText.of("tenantRule.fileStillThere", tenant.sourceFile(),
                    tenant.name()));
        }
        return tenants.releaseFromFile(id);
    }

    private Path fileOf(TenantSummary tenant) {
        String name = Path.of(tenant.sourceFile()).getFileName().toString();
        return properties.directoryPath().resolve(name);
    }
}
