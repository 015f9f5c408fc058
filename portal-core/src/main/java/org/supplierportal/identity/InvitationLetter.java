package org.supplierportal.identity;

import java.time.Instant;
import java.util.UUID;

import org.supplierportal.tenancy.Role;

/**
 * What an invitation or password e-mail says, before it is worded in a language ({@link InvitationWording}).
 *
 * @param accountId   the existing account a password link is for; null for an invitation to a new account
 * @param companyName the supplier the person works for; null for buyers and admins
 * @param invitedBy   the display name of the person who sends it
 */
public record InvitationLetter(UUID accountId, String displayName, String email, Role role, String companyName,
                               String invitedBy, String link, Instant expiresAt) {

    public boolean passwordReset() {
        return accountId != null;
    }
}
