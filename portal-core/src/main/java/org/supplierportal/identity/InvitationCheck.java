package org.supplierportal.identity;

import java.time.Instant;

import org.supplierportal.tenant.RuleText;

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

    /** Why the link does not work, in the invitee's words (a key of the rules bundle); null when it works. */
    public RuleText refusal() {
        return switch (state) {
            case VALID -> null;
            case EXPIRED, REVOKED -> RuleText.of("invitationLink." + state, invitedBy);
            case USED, UNKNOWN -> RuleText.of("invitationLink." + state);
        };
    }

    /** {@link #refusal()} in English, for logs and tests; null when the link works. */
    public String problem() {
        RuleText refusal = refusal();
        return refusal == null ? null : refusal.english();
    }
}
