package org.supplierportal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/**
 * An invitation to set a password through a link: for a new account, created when the link is used, or for an
 * existing one (a password reset). The link works once, until it expires or is withdrawn; sending it again makes a
 * new link and the old one stops working.
 */
@Entity
@Table(name = "invitation")
class Invitation {

    enum Purpose { NEW_ACCOUNT, PASSWORD_RESET }

    enum Status { PENDING, ACCEPTED, REVOKED }

    @Id
    private UUID id;
    private UUID tenantId;
    private String email;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private UUID userId;
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant expiresAt;
    private String invitedBy;
    private Instant createdAt;
    private Instant lastSentAt;
    private int sendCount;
    private Instant acceptedAt;
    @Version
    private Long version;

    protected Invitation() {
    }

    static Invitation newAccount(String email, String displayName, Role role, TenantId tenant, String invitedBy,
                                 InvitationToken token, Instant now, Duration validFor) {
        return create(Purpose.NEW_ACCOUNT, null, email, displayName, role, tenant, invitedBy, token, now, validFor);
    }

    static Invitation passwordReset(UUID userId, String email, String displayName, Role role, TenantId tenant,
                                    String invitedBy, InvitationToken token, Instant now, Duration validFor) {
        return create(Purpose.PASSWORD_RESET, userId, email, displayName, role, tenant, invitedBy, token, now, validFor);
    }

    private static Invitation create(Purpose purpose, UUID userId, String email, String displayName, Role role,
                                     TenantId tenant, String invitedBy, InvitationToken token, Instant now,
                                     Duration validFor) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.purpose = purpose;
        invitation.userId = userId;
        invitation.email = email;
        invitation.displayName = displayName;
        invitation.role = role;
        invitation.tenantId = tenant == null ? null : tenant.value();
        invitation.invitedBy = invitedBy;
        invitation.status = Status.PENDING;
        invitation.createdAt = now;
        invitation.renew(token, now, validFor);
        return invitation;
    }

    /** A new link, valid for the full period again; the previous link stops working. */
    void renew(InvitationToken token, Instant now, Duration validFor) {
        tokenHash = token.hash();
        expiresAt = now.plus(validFor);
        lastSentAt = now;
        sendCount++;
    }

    /** Whether the link can still be used, and if not, why not. */
    InvitationCheck.State state(Instant now) {
        return switch (status) {
            case ACCEPTED -> InvitationCheck.State.USED;
            case REVOKED -> InvitationCheck.State.REVOKED;
            case PENDING -> now.isBefore(expiresAt) ? InvitationCheck.State.VALID : InvitationCheck.State.EXPIRED;
        };
    }

    void accept(UUID account, Instant now) {
        status = Status.ACCEPTED;
        userId = account;
        acceptedAt = now;
    }

    void revoke() {
        status = Status.REVOKED;
    }

    UUID id() {
        return id;
    }

    TenantId tenantId() {
        return tenantId == null ? null : new TenantId(tenantId);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    Purpose purpose() {
        return purpose;
    }

    UUID userId() {
        return userId;
    }

    Status status() {
        return status;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    String invitedBy() {
        return invitedBy;
    }

    InvitationView view(String tenantName, Instant now) {
        return new InvitationView(id, email, displayName, role, tenantId(), tenantName,
                purpose == Purpose.PASSWORD_RESET, state(now), invitedBy, createdAt, lastSentAt, sendCount, expiresAt);
    }
}
