package org.supplierportal.identity;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/** User accounts: provisioning, the lists people see, and managing people; logging in is {@link LoginAccounts}. */
@Service
public class UserAccountService {

    /** How a provisioning call ended. */
    public enum Change { CREATED, UPDATED, UNCHANGED }

    private final UserAccountRepository accounts;
    private final TenantService tenants;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final List<AccountDirectory> directories;
    private final LoginAccounts logins;

    UserAccountService(UserAccountRepository accounts, TenantService tenants, PasswordEncoder passwordEncoder,
                       CurrentUsers currentUsers, AuditLog auditLog, Clock clock,
                       List<AccountDirectory> directories, LoginAccounts logins) {
        this.directories = directories;
        this.logins = logins;
        this.accounts = accounts;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Creates the account or brings it in line with the definition. A password in the definition is set only when
     * it differs from the current one, so provisioning the same definition twice changes nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Change provision(UserDefinition definition, String source) {
        Instant now = clock.instant();
        Optional<UserAccount> existing = accounts.findByUsernameIgnoreCase(definition.username());
        if (existing.isEmpty()) {
            String hash = definition.password() == null ? null : passwordEncoder.encode(definition.password());
            UserAccount account = accounts.save(UserAccount.create(definition, hash, source, now));
            auditLog.record(definition.tenantId(), AuditAction.USER_CREATED, "User", account.username(),
                    "Account " + account.username() + " (" + account.role().label() + ") created from " + source,
                    null, account.summary(null));
            return Change.CREATED;
        }
        UserAccount account = existing.get();
        if (!java.util.Objects.equals(account.tenantId(), definition.tenantId())) {
            throw new UsernameTakenException(definition.username());
        }
        UserSummary before = account.summary(null);
        String newHash = definition.password() == null || passwordEncoder.matches(definition.password(), account.passwordHash())
                ? null : passwordEncoder.encode(definition.password());
        if (!account.apply(definition, newHash, source, now)) {
            return Change.UNCHANGED;
        }
        auditLog.record(definition.tenantId(), AuditAction.USER_UPDATED, "User", account.username(),
                "Account " + account.username() + " updated from " + source + (newHash != null ? " (password changed)" : ""),
                before, account.summary(null));
        return Change.UPDATED;
    }

    /** The accounts of the current supplier admin's own company. */
    @PreAuthorize("hasRole('SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listMyCompanyUsers() {
        TenantSummary tenant = tenants.myTenant();
        return accounts.findAllByTenantIdOrderByDisplayNameAsc(tenant.id().value()).stream()
                .map(account -> account.summary(tenant.name())).toList();
    }

    /** The accounts of one supplier, for portal administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listOf(TenantId tenant) {
        String name = tenants.find(tenant).map(TenantSummary::name).orElse(null);
        return accounts.findAllByTenantIdOrderByDisplayNameAsc(tenant.value()).stream()
                .map(account -> account.summary(name)).toList();
    }

    /** How many accounts each supplier has that can log in (active, with a password or an external login). */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<TenantId, Long> activeUserCounts() {
        boolean external = !directories.isEmpty();
        return accounts.findAll().stream()
                .filter(account -> account.tenantId() != null && account.active() && (external || account.passwordHash() != null))
                .collect(Collectors.groupingBy(UserAccount::tenantId, Collectors.counting()));
    }

    /** The person can no longer log in; their history stays. Not oneself: an admin cannot lock themselves out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public UserSummary deactivate(UUID userId) {
        UserAccount account = manageableOtherThanMe(userId, "identityRule.ownAccount.deactivate");
        if (account.deactivate(clock.instant())) {
            auditLog.record(account.tenantId(), AuditAction.USER_DEACTIVATED, "User", account.username(), "Account "
                    + account.username() + " deactivated by " + currentUsers.require().displayName(), null, null);
            publish(account);
        }
        return saved(account);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public UserSummary reactivate(UUID userId) {
        UserAccount account = manageableOtherThanMe(userId, "identityRule.ownAccount.reactivate");
        if (account.reactivate(clock.instant())) {
            auditLog.record(account.tenantId(), AuditAction.USER_REACTIVATED, "User", account.username(), "Account "
                    + account.username() + " reactivated by " + currentUsers.require().displayName(), null, null);
            publish(account);
        }
        return saved(account);
    }

    /** Supplier user and supplier administrator swap within a company; buyer and admin among themselves. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public UserSummary changeRole(UUID userId, Role role) {
        UserAccount account = manageableOtherThanMe(userId, "identityRule.ownAccount.changeRole");
        InvitationService.requireManageable(currentUsers.require(), account.tenantId(), role);
        Role before = account.role();
        try {
            if (account.changeRole(role, clock.instant())) {
                auditLog.record(account.tenantId(), AuditAction.USER_ROLE_CHANGED, "User", account.username(), "Role of "
                        + account.username() + " changed from " + before.label() + " to " + role.label()
                        + " by " + currentUsers.require().displayName(), before, role);
                publish(account);
            }
        } catch (IllegalArgumentException wrongKind) {
            throw new InvitationRejectedException("role", RuleText.of(before.isSupplierRole()
                    ? "identityRule.supplierRoles" : "identityRule.notSupplierRole"));
        }
        return saved(account);
    }

    /** @param ownAccountRefusal the rules key that says the action cannot be done to one's own account */
    private UserAccount manageableOtherThanMe(UUID userId, String ownAccountRefusal) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new InvitationRejectedException(null, RuleText.of("identityRule.accountGone")));
        CurrentUser me = currentUsers.require();
        InvitationService.requireManageable(me, account.tenantId(), account.role());
        if (account.id().equals(me.userId())) {
            throw new InvitationRejectedException(null, RuleText.of(ownAccountRefusal));
        }
        return account;
    }

    private UserSummary saved(UserAccount account) {
        accounts.flush();
        return account.summary(account.tenantId() == null ? null : tenants.find(account.tenantId()).map(TenantSummary::name).orElse(null));
    }

    private void publish(UserAccount account) {
        String tenantKey = account.tenantId() == null ? null : tenants.find(account.tenantId()).map(TenantSummary::key).orElse(null);
        directories.forEach(directory -> directory.publish(account.username(), account.displayName(), account.email(),
                account.role(), tenantKey, account.active()));
    }

    /** Every account, buyers and admins included; for portal administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listAll() {
        Map<TenantId, String> tenantNames = tenants.listAll().stream()
                .collect(Collectors.toMap(TenantSummary::id, TenantSummary::name));
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .map(account -> account.summary(account.tenantId() == null ? null : tenantNames.get(account.tenantId())))
                .toList();
    }

    /**
     * Whether a logged-in person may still use the portal: their account and (for a supplier) their company are
     * still active. Logged-in sessions are checked against it, so a deactivation takes effect at once, not at the
     * session's timeout.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayStillUse(CurrentUser user) {
        boolean accountActive = user.userId() == null || accounts.findById(user.userId()).map(UserAccount::active).orElse(true);
        boolean companyActive = user.supplierTenant().flatMap(tenants::find).map(TenantSummary::active).orElse(true);
        return accountActive && companyActive;
    }

    /** The portal's principal for an account, to act on its behalf (the demo seed). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CurrentUser> principalOf(String username) {
        return logins.loadLoginDetails(username).map(PortalUserDetails::currentUser);
    }
}
