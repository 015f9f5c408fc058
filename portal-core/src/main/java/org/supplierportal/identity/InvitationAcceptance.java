package org.supplierportal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * The invitee's side of an invitation or a password link: what the link's page shows, and the password chosen
 * through it. Nobody is logged in, so {@link InvitationLinks} runs each call as the system; the link's secret is the
 * only key to the invitation.
 */
@Service
class InvitationAcceptance {

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final TenantService tenants;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final List<AccountDirectory> directories;
    private final Clock clock;

    InvitationAcceptance(InvitationRepository invitations, UserAccountRepository accounts, TenantService tenants,
                         PasswordEncoder passwordEncoder, AuditLog auditLog, List<AccountDirectory> directories,
                         Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.directories = directories;
        this.clock = clock;
    }

    /** What the invitation page shows for a link; run as the system, since the invitee is not logged in. */
    @Transactional(readOnly = true)
    InvitationCheck check(String token) {
        return findByToken(token).map(invitation -> new InvitationCheck(invitation.state(clock.instant()),
                        invitation.displayName(), invitation.email(), companyName(invitation.tenantId()),
                        invitation.invitedBy(), invitation.expiresAt(), invitation.purpose() == Invitation.Purpose.PASSWORD_RESET))
                .orElse(InvitationCheck.unknown());
    }

    /**
     * Sets the password through the link: creates the account (or sets the existing account's password) and closes
     * the invitation. Run as the system. Returns the login.
     */
    @Transactional
    String accept(String token, String password, String repeated) {
        Invitation invitation = findByToken(token).orElse(null);
        InvitationCheck check = check(token);
        if (invitation == null || check.state() != InvitationCheck.State.VALID) {
            throw new InvitationRejectedException(null, check.refusal());
        }
        Optional<PasswordRule.Problem> problem = PasswordRule.problem(password, repeated, invitation.email());
        if (problem.isPresent()) {
            throw new InvitationRejectedException(problem.get().field(), problem.get().text());
        }
        Instant now = clock.instant();
        boolean external = !directories.isEmpty();
        String hash = external ? null : passwordEncoder.encode(password);
        UserAccount account;
        if (invitation.purpose() == Invitation.Purpose.PASSWORD_RESET) {
            account = accounts.findById(invitation.userId())
                    .orElseThrow(() -> new InvitationRejectedException(null, RuleText.of("identityRule.linkAccountGone")));
            account.setPassword(hash, now);
            auditLog.record(account.tenantId(), AuditAction.USER_PASSWORD_SET, "User", account.username(),
                    account.username() + " set a new password through a link", null, null);
        } else {
            if (accounts.findByUsernameIgnoreCase(invitation.email()).isPresent()) {
                throw new InvitationRejectedException(null, RuleText.of("identityRule.accountExists", invitation.email()));
            }
            account = accounts.save(UserAccount.create(new UserDefinition(invitation.email(), invitation.displayName(),
                    invitation.email(), invitation.role(), invitation.tenantId(), null), hash, "INVITATION", now));
            auditLog.record(account.tenantId(), AuditAction.USER_CREATED, "User", account.username(), "Account "
                    + account.username() + " (" + account.role().label() + ") created through the invitation of "
                    + invitation.invitedBy(), null, account.summary(null));
        }
        invitation.accept(account.id(), now);
        String username = account.username();
        directories.forEach(directory -> directory.setPassword(username, password));
        return username;
    }

    private Optional<Invitation> findByToken(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : invitations.findByTokenHash(InvitationToken.hashOf(token.strip()));
    }

    private String companyName(TenantId tenant) {
        return tenant == null ? null : tenants.find(tenant).map(TenantSummary::name).orElse(null);
    }
}
