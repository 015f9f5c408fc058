package org.supplierportal.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/**
 * Whom to invite: validated on the server; the form shows the same messages per field. The e-mail address becomes
 * the person's login.
 *
 * @param tenantId the supplier for a supplier role; null for buyers and admins
 */
public record InvitationDraft(
        @NotBlank(message = "{validation.invitation.email.required}")
        @Email(message = "{validation.email.format}")
        @Size(max = 100, message = "{validation.invitation.email.max}") String email,
        @NotBlank(message = "{validation.invitation.name.required}") @Size(max = 200, message = "{validation.max200}")
        String displayName,
        @NotNull(message = "{validation.invitation.role.required}") Role role,
        TenantId tenantId) {
}
