package org.supplierportal.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserDefinition;
import org.supplierportal.identity.UsernameTakenException;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantChange;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Suppliers in the tenant-file model, for the buyer side's systems: read one as its file would be, and onboard a new
 * one from such a file's content, checked by the same rules as the files in the tenants folder. Onboarding creates
 * the supplier and its people; it never changes a supplier that exists (that is the screen's or its file's job).
 * The buyer side may do it through the API only with suppliers:write, which an admin grants to a buyer-side client;
 * the work itself runs as the system actor named after the caller, as the files do at start-up.
 */
@Service
public class SupplierFiles {

    /** Where a supplier onboarded through the API came from; the screen manages it afterwards. */
    static final String SOURCE_API = "API";
    private static final String REQUEST = "request";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final TenantService tenants;
    private final UserAccountService users;
    private final CurrentUsers currentUsers;

    SupplierFiles(TenantService tenants, UserAccountService users, CurrentUsers currentUsers) {
        this.tenants = tenants;
        this.users = users;
        this.currentUsers = currentUsers;
    }

    /** The supplier as its tenant file would be: its active people without passwords. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<TenantFile> read(String key) {
        return tenants.findByKey(key).map(tenant -> TenantFileWriter.fileOf(tenant,
                currentUsers.runAsSystem("supplier file for " + currentUsers.require().displayName(),
                        () -> users.listOf(tenant.id()))));
    }

    /**
     * Onboards a new supplier and its people from a tenant file's content as JSON, all or nothing. Read as strictly as
     * the files: a field the file has not (a typo) is refused, not left out.
     *
     * @throws InvalidTenantFilesException every problem, by field (file "request"); nothing was saved
     */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public TenantSummary onboard(String json) {
        TenantFile content;
        try {
            content = JSON.readValue(json, TenantFile.class);
        } catch (JacksonException unreadable) {
            throw new InvalidTenantFilesException(List.of(TenantFileReader.problem(REQUEST, unreadable, "JSON")));
        }
        List<TenantFileProblem> problems = new ArrayList<>(TenantFileValidator.validate(REQUEST, content));
        if (!problems.isEmpty()) {
            throw new InvalidTenantFilesException(problems);
        }
        ValidTenantFile valid = ValidTenantFile.of(REQUEST, content);
        String purpose = "supplier onboarding by " + currentUsers.require().displayName();
        return currentUsers.runAsSystem(purpose, () -> apply(valid));
    }

    private TenantSummary apply(ValidTenantFile file) {
        List<TenantFileProblem> problems = new ArrayList<>();
        tenants.findByKey(file.tenant().key()).ifPresent(existing -> problems.add(new TenantFileProblem(REQUEST, "key",
                "the key '" + existing.key() + "' is already used by " + existing.name())));
        List<String> codes = file.tenant().erpPartyCodes();
        Map<String, String> owners = tenants.partyCodeOwners(codes);
        for (int i = 0; i < codes.size(); i++) {
            if (owners.containsKey(codes.get(i))) {
                problems.add(new TenantFileProblem(REQUEST, "erpPartyCodes[" + i + "]", "the ERP party code '"
                        + codes.get(i) + "' already belongs to the supplier " + owners.get(codes.get(i))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTenantFilesException(problems);
        }
        TenantChange created = tenants.apply(file.tenant(), SOURCE_API, null);
        for (int i = 0; i < file.users().size(); i++) {
            ValidTenantFile.FileUser user = file.users().get(i);
            try {
                users.provision(new UserDefinition(user.username(), user.displayName(), user.email(), user.role(),
                        created.tenantId(), user.password()), SOURCE_API);
            } catch (UsernameTakenException taken) {
                problems.add(new TenantFileProblem(REQUEST, "users[" + i + "].username", taken.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            // Thrown inside the transaction: the supplier created above is rolled back with it.
            throw new InvalidTenantFilesException(problems);
        }
        return tenants.find(created.tenantId()).orElseThrow();
    }
}
