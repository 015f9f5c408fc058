package org.supplierportal.identity;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Invitations: an admin (any supplier, any role) or a supplier's own administrator (their company, supplier roles)
 * invites a person by e-mail; the person follows the link, chooses a password and can log in
 * ({@link InvitationAcceptance}). Also password links for existing accounts. The link is mailed when a mail server is
 * configured; the caller always gets it back too, so that an admin without mail can pass it on.
 */
@Service
@Validated
public class InvitationService {

    /** An invitation sent: the link, and whether it went out by e-mail (if not, why, for the admin's language). */
    public record Sent(InvitationView invitation, String link, boolean mailed, RuleText mailProblem) {
    }

    /** Days in refusals: in every language's sentence, so in no language's words. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final InvitationMailer mailer;
    private final InvitationProperties properties;
    private final PortalPublicUrl publicUrl;
    private final AuditLog auditLog;
    private final List<AccountDirectory> directories;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, UserAccountRepository accounts, TenantService tenants,
                      CurrentUsers currentUsers, InvitationMailer mailer,
                      InvitationProperties properties, PortalPublicUrl publicUrl, AuditLog auditLog,
                      List<AccountDirectory> directories, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.mailer = mailer;
        this.properties = properties;
        this.publicUrl = publicUrl;
        this.auditLog = auditLog;
        this.directories = directories;
        this.clock = clock;
    }

    /**
     * Invites a person. Refused, with the field to blame, when the address already has an account or an open
     * invitation, or when the role does not fit the supplier. The link points to the portal's public address
     * ({@link PortalPublicUrl}), never to the address the admin's request came to.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public Sent invite(@Valid InvitationDraft draft) {
        CurrentUser inviter = currentUsers.require();
        TenantId tenant = allowedTenant(inviter, draft.role(), draft.tenantId());
        String email = draft.email().strip().toLowerCase(Locale.ROOT);
        Optional<TenantSummary> company = tenant == null ? Optional.empty() : tenants.find(tenant);
        if (tenant != null && company.isEmpty()) {
            throw new InvitationRejectedException("tenantId", RuleText.of("identityRule.chooseSupplier"));
        }
        if (company.isPresent() && !company.get().active()) {
            throw new InvitationRejectedException("tenantId", RuleText.of("identityRule.supplierDeactivated", company.get().name()));
        }
        accounts.findByUsernameIgnoreCase(email).ifPresent(existing -> {
            throw new InvitationRejectedException("email", existing.tenantId() == null
                    ? RuleText.of("identityRule.emailHasAccount", email)
                    : RuleText.of("identityRule.emailHasAccountAt", email, companyName(existing.tenantId())));
        });
        invitations.findByEmailIgnoreCaseAndStatus(email, Invitation.Status.PENDING).ifPresent(open -> {
            throw new InvitationRejectedException("email", RuleText.of("identityRule.alreadyInvited", email,
                    open.invitedBy(), DAY.format(open.createdAt().atZone(ZoneOffset.UTC))));
        });
        InvitationToken token = InvitationToken.generate();
        Invitation invitation = invitations.save(Invitation.newAccount(email, draft.displayName().strip(), draft.role(),
                tenant, inviter.displayName(), token, clock.instant(), properties.validFor()));
        String companyName = company.map(TenantSummary::name).orElse(null);
        auditLog.record(tenant, AuditAction.USER_INVITED, "User", email, inviter.displayName() + " invited " + email + " as "
                + draft.role().label().toLowerCase(Locale.ENGLISH) + (companyName == null ? "" : " of " + companyName), null, null);
        String tenantKey = company.map(TenantSummary::key).orElse(null);
        directories.forEach(directory -> directory.publish(email, invitation.displayName(), email, invitation.role(),
                tenantKey, true));
        return send(invitation, token, companyName);
    }

    /** Sends an open invitation again, with a new link valid for the full period; the old link stops working. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public Sent resend(UUID invitationId) {
        Invitation invitation = manageable(invitationId);
        if (invitation.status() != Invitation.Status.PENDING) {
            throw new InvitationRejectedException(null, RuleText.of("identityRule.invitationNotOpen", invitation.email()));
        }
        InvitationToken token = InvitationToken.generate();
        invitation.renew(token, clock.instant(), properties.validFor());
        auditLog.record(invitation.tenantId(), AuditAction.USER_INVITATION_RESENT, "User", invitation.email(),
                "Invitation of " + invitation.email() + " sent again by " + currentUsers.require().displayName(), null, null);
        return send(invitation, token, companyName(invitation.tenantId()));
    }

    /** Withdraws an open invitation: its link stops working. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public void revoke(UUID invitationId) {
        Invitation invitation = manageable(invitationId);
        if (invitation.status() != Invitation.Status.PENDING) {
            return;
        }
        invitation.revoke();
        auditLog.record(invitation.tenantId(), AuditAction.USER_INVITATION_REVOKED, "User", invitation.email(),
                "Invitation of " + invitation.email() + " withdrawn by " + currentUsers.require().displayName(), null, null);
        if (invitation.purpose() == Invitation.Purpose.NEW_ACCOUNT) {
            String tenantKey = invitation.tenantId() == null ? null : tenants.find(invitation.tenantId()).map(TenantSummary::key).orElse(null);
            directories.forEach(directory -> directory.publish(invitation.email(), invitation.displayName(),
                    invitation.email(), invitation.role(), tenantKey, false));
        }
    }

    /** A link to set a new password, for an existing account (forgotten password, or an account from a file). */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public Sent sendPasswordLink(UUID userId) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new InvitationRejectedException(null, RuleText.of("identityRule.accountGone")));
        requireManageable(currentUsers.require(), account.tenantId(), account.role());
        if (account.email() == null) {
            throw new InvitationRejectedException(null, RuleText.of("identityRule.noEmail", account.displayName()));
        }
        if (!account.active()) {
            throw new InvitationRejectedException(null, RuleText.of("identityRule.accountDeactivated", account.displayName()));
        }
        InvitationToken token = InvitationToken.generate();
        Invitation invitation = invitations.findByEmailIgnoreCaseAndStatus(account.email(), Invitation.Status.PENDING)
                .orElse(null);
        if (invitation != null) {
            invitation.renew(token, clock.instant(), properties.validFor());
        } else {
            invitation = invitations.save(Invitation.passwordReset(account.id(), account.email(), account.displayName(),
                    account.role(), account.tenantId(), currentUsers.require().displayName(), token, clock.instant(),
                    properties.validFor()));
        }
        auditLog.record(account.tenantId(), AuditAction.USER_PASSWORD_LINK_SENT, "User", account.username(),
                "Password link for " + account.username() + " sent by " + currentUsers.require().displayName(), null, null);
        return send(invitation, token, companyName(account.tenantId()));
    }

    /** Open invitations the current admin may manage: all for portal admins, their company's for supplier admins. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public List<InvitationView> openInvitations(TenantId tenant) {
        CurrentUser user = currentUsers.require();
        TenantId scope = user.hasRole(Role.ADMIN) ? tenant : user.tenantId();
        List<Invitation> open = scope == null
                ? invitations.findAllByStatusOrderByCreatedAtDesc(Invitation.Status.PENDING)
                : invitations.findAllByTenantIdAndStatusOrderByCreatedAtDesc(scope.value(), Invitation.Status.PENDING);
        Map<TenantId, String> names = tenantNames();
        Instant now = clock.instant();
        return open.stream().map(invitation -> invitation.view(names.get(invitation.tenantId()), now)).toList();
    }

    private Sent send(Invitation invitation, InvitationToken token, String companyName) {
        String link = publicUrl.get() + "/invitation/" + token.value();
        InvitationMailer.Outcome outcome = mailer.send(new InvitationLetter(
                invitation.purpose() == Invitation.Purpose.PASSWORD_RESET ? invitation.userId() : null,
                invitation.displayName(), invitation.email(), invitation.role(), companyName, invitation.invitedBy(), link,
                invitation.expiresAt()));
        return new Sent(invitation.view(companyName, clock.instant()), link, outcome.mailed(), outcome.problem());
    }

    private Invitation manageable(UUID invitationId) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new InvitationRejectedException(null, RuleText.of("identityRule.invitationGone")));
        requireManageable(currentUsers.require(), invitation.tenantId(), invitation.role());
        return invitation;
    }

    /** The tenant of an invitation the user may send: admins any; supplier admins their own, supplier roles only. */
    private static TenantId allowedTenant(CurrentUser inviter, Role role, TenantId requested) {
        if (inviter.hasRole(Role.ADMIN)) {
            if (role.isSupplierRole() && requested == null) {
                throw new InvitationRejectedException("tenantId", RuleText.of("identityRule.chooseSupplier"));
            }
            return role.isSupplierRole() ? requested : null;
        }
        if (!role.isSupplierRole()) {
            throw new InvitationRejectedException("role", RuleText.of("identityRule.onlyAdminsInviteBuyers"));
        }
        if (requested != null && !requested.equals(inviter.tenantId())) {
            throw new AccessDeniedException(inviter.username() + " may invite people of their own company only");
        }
        return inviter.tenantId();
    }

    static void requireManageable(CurrentUser user, TenantId tenant, Role role) {
        if (user.hasRole(Role.ADMIN)) {
            return;
        }
        if (!user.hasRole(Role.SUPPLIER_ADMIN) || tenant == null || !tenant.equals(user.tenantId()) || !role.isSupplierRole()) {
            throw new AccessDeniedException(user.username() + " may manage people of their own company only");
        }
    }

    private String companyName(TenantId tenant) {
        return tenant == null ? null : tenants.find(tenant).map(TenantSummary::name).orElse(null);
    }

    private Map<TenantId, String> tenantNames() {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant()) {
            return Map.of(user.tenantId(), user.tenantName());
        }
        return tenants.listAll().stream().collect(Collectors.toMap(TenantSummary::id, TenantSummary::name, (a, b) -> a));
    }
}
