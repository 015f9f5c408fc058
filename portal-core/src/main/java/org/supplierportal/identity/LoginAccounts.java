package org.supplierportal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TenantSummary;

/**
 * The accounts' side of logging in: the local login's view of an account, the portal's side of a log-in through the
 * identity provider, and the last log-in kept. Called as the system ({@link LocalLoginService},
 * {@link ExternalLogins}): nobody is logged in yet while the portal decides.
 */
@Service
class LoginAccounts {

    /** Accounts created at their first log-in through the identity provider. */
    static final String SOURCE_OIDC = "OIDC";

    private final UserAccountRepository accounts;
    private final TenantService tenants;
    private final AuditLog auditLog;
    private final Clock clock;

    LoginAccounts(UserAccountRepository accounts, TenantService tenants, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The login's view of an account. Called as the system: nobody is logged in yet. */
    @Transactional(readOnly = true)
    Optional<PortalUserDetails> loadLoginDetails(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(account -> {
            Optional<TenantSummary> tenant = Optional.ofNullable(account.tenantId()).flatMap(tenants::find);
            boolean enabled = account.active() && account.passwordHash() != null
                    && (account.tenantId() == null || tenant.map(TenantSummary::active).orElse(false));
            CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(),
                    account.tenantId(), tenant.map(TenantSummary::name).orElse(null), EnumSet.of(account.role()));
            return new PortalUserDetails(user, account.passwordHash(), enabled);
        });
    }

    /**
     * The portal's side of a log-in through the identity provider: checks that the person may use the portal, keeps
     * their account in line with the token (created on first log-in) and returns the principal. Run as the system.
     *
     * @param recordLogin a log-in (kept as the last log-in), not one of many API calls with the same token
     * @throws ExternalLoginRefusedException saying why the person cannot use the portal
     */
    @Transactional
    CurrentUser signInExternally(ExternalIdentity identity, boolean recordLogin) {
        Role role = identity.primaryRole();
        if (role == null) {
            throw new ExternalLoginRefusedException(RuleText.of("loginRule.noRole"));
        }
        TenantSummary tenant = null;
        if (role.isSupplierRole()) {
            String key = identity.tenantKey();
            if (key == null) {
                throw new ExternalLoginRefusedException(RuleText.of("loginRule.noCompany"));
            }
            tenant = tenants.findByKey(key).orElseThrow(() -> new ExternalLoginRefusedException(
                    RuleText.of("loginRule.unknownCompany", key)));
            if (!tenant.active()) {
                throw new ExternalLoginRefusedException(RuleText.of("loginRule.companyDeactivated", tenant.name()));
            }
        }
        Instant now = clock.instant();
        TenantId tenantId = tenant == null ? null : tenant.id();
        UserDefinition definition = new UserDefinition(identity.username(), identity.displayName(), identity.email(),
                role, tenantId, null);
        UserAccount account = accounts.findByUsernameIgnoreCase(identity.username()).orElse(null);
        if (account == null) {
            account = accounts.save(UserAccount.create(definition, null, SOURCE_OIDC, now));
            auditLog.record(tenantId, AuditAction.USER_CREATED, "User", account.username(), "Account " + account.username()
                    + " (" + role.label() + ") created at its first log-in through the identity provider", null, account.summary(null));
        } else {
            if (!account.active()) {
                throw new ExternalLoginRefusedException(RuleText.of("loginRule.accountDeactivated"));
            }
            if (!Objects.equals(account.tenantId(), tenantId)) {
                throw new ExternalLoginRefusedException(RuleText.of("loginRule.otherCompany"));
            }
            UserSummary before = account.summary(null);
            if (account.applyExternal(definition, now)) {
                auditLog.record(tenantId, AuditAction.USER_UPDATED, "User", account.username(), "Account " + account.username()
                        + " updated from the identity provider", before, account.summary(null));
            }
        }
        if (recordLogin) {
            account.recordSuccessfulLogin(now);
        }
        return new CurrentUser(account.id(), account.username(), account.displayName(), tenantId,
                tenant == null ? null : tenant.name(), EnumSet.of(account.role()));
    }

    @Transactional
    void recordSuccessfulLogin(UUID userId) {
        accounts.recordLogin(userId, clock.instant());
    }
}
