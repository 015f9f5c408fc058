package org.supplierportal.identity;

import java.time.Instant;
import java.util.Objects;
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
 * A person who can log in. Supplier users belong to one tenant; buyers and admins to none. Not a {@code @TenantId}
 * entity for that reason: the service scopes its queries explicitly and row-level security still applies.
 */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private UUID tenantId;
    private boolean active;
    private Instant lastLoginAt;
    private Instant deactivatedAt;
    private String source;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected UserAccount() {
    }

    static UserAccount create(UserDefinition definition, String passwordHash, String source, Instant now) {
        UserAccount account = new UserAccount();
        account.id = UUID.randomUUID();
        account.username = definition.username();
        account.active = true;
        account.createdAt = now;
        account.apply(definition, passwordHash, source, now);
        return account;
    }

    /** Brings the account in line with the definition; returns whether anything changed. */
    boolean apply(UserDefinition definition, String newPasswordHash, String source, Instant now) {
        UUID tenant = definition.tenantId() == null ? null : definition.tenantId().value();
        boolean same = definition.displayName().equals(displayName)
                && Objects.equals(definition.email(), email)
                && definition.role() == role
                && Objects.equals(tenant, tenantId)
                && newPasswordHash == null
                && Objects.equals(source, this.source);
        if (same) {
            return false;
        }
        displayName = definition.displayName();
        email = definition.email();
        role = definition.role();
        tenantId = tenant;
        if (newPasswordHash != null) {
            passwordHash = newPasswordHash;
        }
        this.source = source;
        updatedAt = now;
        return true;
    }

    /** Name, e-mail and role as the identity provider says; the source and password stay. */
    boolean applyExternal(UserDefinition definition, Instant now) {
        boolean same = definition.displayName().equals(displayName) && Objects.equals(definition.email(), email)
                && definition.role() == role;
        if (same) {
            return false;
        }
        displayName = definition.displayName();
        email = definition.email();
        role = definition.role();
        updatedAt = now;
        return true;
    }

    /** A password the person chose (null with an external identity provider). */
    void setPassword(String newPasswordHash, Instant now) {
        passwordHash = newPasswordHash;
        updatedAt = now;
    }

    boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        deactivatedAt = now;
        updatedAt = now;
        return true;
    }

    boolean reactivate(Instant now) {
        if (active) {
            return false;
        }
        active = true;
        deactivatedAt = null;
        updatedAt = now;
        return true;
    }

    boolean changeRole(Role newRole, Instant now) {
        if (newRole == role) {
            return false;
        }
        if (newRole.isSupplierRole() != role.isSupplierRole()) {
            throw new IllegalArgumentException("a supplier's person stays a supplier's person; invite buyers and admins separately");
        }
        role = newRole;
        updatedAt = now;
        return true;
    }

    void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    TenantId tenantId() {
        return tenantId == null ? null : new TenantId(tenantId);
    }

    boolean active() {
        return active;
    }

    UserSummary summary(String tenantName) {
        return new UserSummary(id, username, displayName, email, role, tenantId(), tenantName, active,
                lastLoginAt, source, passwordHash != null);
    }
}
