package org.supplierportal.identity;

import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The invitation page's way in: the invitee is not logged in, so each call runs as the system actor (before its
 * transaction starts), and the link's secret is the only key to the invitation.
 */
@Component
public class InvitationLinks {

    private final InvitationAcceptance invitations;
    private final CurrentUsers currentUsers;

    InvitationLinks(InvitationAcceptance invitations, CurrentUsers currentUsers) {
        this.invitations = invitations;
        this.currentUsers = currentUsers;
    }

    public InvitationCheck check(String token) {
        return currentUsers.runAsSystem("invitation link", () -> invitations.check(token));
    }

    /**
     * Sets the password the invitee chose; returns their login.
     *
     * @throws InvitationRejectedException when the link no longer works or the password is not good enough
     */
    public String accept(String token, String password, String repeated) {
        return currentUsers.runAsSystem("invitation link", () -> invitations.accept(token, password, repeated));
    }
}
