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
        @NotBlank(message = "Enter the person's e-mail address")
        @Email(message = "Enter an e-mail address like name@company.com")
        @Size(max = 100, message = "Use an address of at most 100 characters") String email,
        @NotBlank(message = "Enter the person's full name") @Size(max = 200, message = "At most 200 characters")
        String displayName,
        @NotNull(message = "Choose a role") Role role,
        TenantId tenantId) {
}
