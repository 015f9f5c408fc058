package org.supplierportal.identity;

import java.time.Instant;

/**
 * What the invitation page shows before the invitee sets a password: whether the link works and, if so, for whom.
 * Only a valid link reveals the name, company and e-mail it was sent for.
 */
public record InvitationCheck(State state, String displayName, String email, String companyName, String invitedBy,
                              Instant expiresAt, boolean passwordReset) {

    public enum State { VALID, EXPIRED, USED, REVOKED, UNKNOWN }

    static InvitationCheck unknown() {
        return new InvitationCheck(State.UNKNOWN, null, null, null, null, null, false);
    }

    /** Why the link does not work, in the invitee's words; null when it works. */
    public String problem() {
        return switch (state) {
            case VALID -> null;
            case EXPIRED -> "This link has expired. Ask " + invitedBy + " to send you a new one.";
            case USED -> "This link has already been used. Log in with your e-mail address and the password you chose.";
            case REVOKED -> "This invitation was withdrawn. Ask " + invitedBy + " if you still need access.";
            case UNKNOWN -> "This link is not valid. Check that you copied all of it from the e-mail, or ask for a new one.";
        };
    }
}
