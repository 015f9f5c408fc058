package org.supplierportal.onboarding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserDefinition;
import org.supplierportal.identity.UsernameTakenException;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantChange;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantService;

/**
 * Applies the tenant files and the demo users: validates everything first, then applies it all in one transaction
 * as the system actor, so either every file is applied or none is.
 */
@Service
public class TenantFilesOnboarding {

    static final String SOURCE_FILE = org.supplierportal.tenant.TenantSummary.SOURCE_FILE;
    static final String SOURCE_CONFIG = "CONFIG";

    private static final Logger log = LoggerFactory.getLogger(TenantFilesOnboarding.class);

    private final TenantService tenants;
    private final UserAccountService users;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final DemoUsersProperties demo;
    private final TenantChannels channels;

    TenantFilesOnboarding(TenantService tenants, UserAccountService users, CurrentUsers currentUsers,
                          TransactionTemplate transaction, DemoUsersProperties demo, TenantChannels channels) {
        this.channels = channels;
        this.tenants = tenants;
        this.users = users;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.demo = demo;
    }

    /**
     * Validates and applies every file in the directory, plus the configured demo users.
     *
     * @throws InvalidTenantFilesException listing every problem, when anything is wrong; nothing is applied then
     */
    public OnboardingReport apply(Path directory) {
        List<TenantFileProblem> problems = new ArrayList<>();
        List<UserDefinition> demoUsers = demoUsers(problems);
        Map<String, TenantFile> files = Map.of();
        if (Files.isDirectory(directory)) {
            TenantFileReader.Parsed parsed = TenantFileReader.readDirectory(directory);
            problems.addAll(parsed.problems());
            files = parsed.files();
        } else {
            log.warn("No tenants directory at {}: no suppliers are onboarded from files", directory.toAbsolutePath());
        }
        Set<String> reserved = new HashSet<>();
        demoUsers.forEach(user -> reserved.add(user.username()));
        TenantFileValidator.Result result = TenantFileValidator.validateAll(files, reserved);
        problems.addAll(result.problems());
        if (!problems.isEmpty()) {
            throw new InvalidTenantFilesException(problems);
        }
        OnboardingReport report = currentUsers.runAsSystem("tenant files",
                () -> transaction.execute(status -> applyAll(result.files(), demoUsers)));
        log.info("Tenant files in {} applied: {}", directory.toAbsolutePath(), report);
        return report;
    }

    private OnboardingReport applyAll(List<ValidTenantFile> files, List<UserDefinition> demoUsers) {
        List<TenantFileProblem> problems = partyCodesOwnedByOtherTenants(files);
        if (!problems.isEmpty()) {
            throw new InvalidTenantFilesException(problems);
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        int[] userCounts = new int[3];
        for (ValidTenantFile file : files) {
            TenantChange change = tenants.apply(file.tenant(), SOURCE_FILE, file.file());
            channels.applyFromFile(change.tenantId(), file.channel(), file.file());
            switch (change.kind()) {
                case CREATED -> created.add(change.key());
                case UPDATED -> updated.add(change.key());
                case UNCHANGED -> unchanged.add(change.key());
            }
            for (int i = 0; i < file.users().size(); i++) {
                ValidTenantFile.FileUser user = file.users().get(i);
                try {
                    count(userCounts, users.provision(new UserDefinition(user.username(), user.displayName(), user.email(),
                            user.role(), change.tenantId(), user.password()), SOURCE_FILE));
                } catch (UsernameTakenException taken) {
                    problems.add(new TenantFileProblem(file.file(), "users[" + i + "].username", taken.getMessage()));
                }
            }
        }
        for (int i = 0; i < demoUsers.size(); i++) {
            try {
                count(userCounts, users.provision(demoUsers.get(i), SOURCE_CONFIG));
            } catch (UsernameTakenException taken) {
                problems.add(new TenantFileProblem("configuration", "portal.demo.users[" + i + "].username", taken.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            // Thrown inside the transaction: everything applied so far is rolled back.
            throw new InvalidTenantFilesException(problems);
        }
        return new OnboardingReport(created, updated, unchanged, userCounts[0], userCounts[1], userCounts[2]);
    }

    private List<TenantFileProblem> partyCodesOwnedByOtherTenants(List<ValidTenantFile> files) {
        List<String> codes = files.stream().flatMap(file -> file.tenant().erpPartyCodes().stream()).toList();
        Map<String, String> owners = tenants.partyCodeOwners(codes);
        List<TenantFileProblem> problems = new ArrayList<>();
        for (ValidTenantFile file : files) {
            List<String> fileCodes = file.tenant().erpPartyCodes();
            for (int i = 0; i < fileCodes.size(); i++) {
                String owner = owners.get(fileCodes.get(i));
                if (owner != null && !owner.equals(file.tenant().key())) {
                    problems.add(new TenantFileProblem(file.file(), "erpPartyCodes[" + i + "]",
                            "the ERP party code '" + fileCodes.get(i) + "' already belongs to the supplier " + owner));
                }
            }
        }
        return problems;
    }

    private static void count(int[] counts, UserAccountService.Change change) {
        counts[change.ordinal()]++;
    }

    private List<UserDefinition> demoUsers(List<TenantFileProblem> problems) {
        List<UserDefinition> definitions = new ArrayList<>();
        if (!demo.enabled()) {
            return definitions;
        }
        for (int i = 0; i < demo.users().size(); i++) {
            DemoUsersProperties.DemoUser user = demo.users().get(i);
            String where = "portal.demo.users[" + i + "]";
            try {
                Role role = Role.valueOf(String.valueOf(user.role()).strip().toUpperCase());
                definitions.add(new UserDefinition(user.username(), user.name(), user.email(), role, null, user.password()));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new TenantFileProblem("configuration", where,
                        e instanceof NullPointerException ? "missing " + e.getMessage()
                                : e.getMessage().startsWith("No enum constant")
                                ? "'" + user.role() + "' is not a role; use BUYER or ADMIN" : e.getMessage()));
            }
        }
        return definitions;
    }
}
