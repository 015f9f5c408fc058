package org.supplierportal.identity.ui;

import java.util.List;

import com.vaadin.flow.component.html.Main;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantSummary;

/**
 * What the pages of people (all users; one's own company) share: the panel of people and invitations, and the
 * services acting on what an administrator does there. A refusal (say, the last administrator) is said, not thrown.
 */
abstract class PeoplePage extends Main {

    final UserAccountService users;
    final InvitationService invitations;
    final PeoplePanel people;
    private final TenantId invitationScope;

    /** @param ownCompany whether the page shows the people of the user's own company (else everyone's, by company) */
    PeoplePage(UserAccountService users, InvitationService invitations, CurrentUser me, boolean ownCompany) {
        this.users = users;
        this.invitations = invitations;
        this.invitationScope = ownCompany ? me.tenantId() : null;
        this.people = new PeoplePanel(me, !ownCompany);
        addClassName("page");
        people.invitations.addActionListener(action -> act(() -> {
            switch (action.action()) {
                case SEND_AGAIN -> invitationSent(invitations.resend(action.invitation().id()));
                case WITHDRAW -> {
                    invitations.revoke(action.invitation().id());
                    refresh();
                    Confirmations.done(getTranslation("invitations.withdrawn", action.invitation().email()));
                }
            }
        }));
        people.users.addActionListener(action -> act(() -> onUser(action)));
    }

    /** The people to list, as the page's filter says. */
    abstract List<UserSummary> load();

    /** Reloads both lists, after an action here or elsewhere (an invitation sent from the header). */
    void refresh() {
        people.show(load(), invitations.openInvitations(invitationScope));
    }

    /**
     * Opens the invitation form; the invitation it raises goes out through the service.
     *
     * @param suppliers   the suppliers to choose from (portal admins); empty for a supplier's administrator
     * @param preselected the supplier to propose, or null
     */
    void openInvite(List<TenantSummary> suppliers, TenantSummary preselected) {
        InviteDialog dialog = new InviteDialog(suppliers, preselected);
        dialog.addInviteListener(invite -> {
            try {
                InvitationService.Sent sent = invitations.invite(invite.value());
                dialog.close();
                invitationSent(sent);
            } catch (InvitationRejectedException rejected) {
                dialog.showRefusal(rejected);
            } catch (ConstraintViolationException invalid) {
                dialog.showRefusal(invalid);
            }
        });
        dialog.open();
    }

    /** What the screen shows once an invitation is out: a confirmation, or the link to pass on. */
    private void invitationSent(InvitationService.Sent sent) {
        refresh();
        if (sent.mailed()) {
            Confirmations.done(getTranslation("invitations.mailed", sent.invitation().email(),
                    UserFormats.dateTime(sent.invitation().expiresAt())));
        } else {
            new LinkDialog(sent).open();
        }
    }

    private void onUser(UsersGrid.UserAction action) {
        UserSummary user = action.user();
        switch (action.action()) {
            case SEND_PASSWORD_LINK -> invitationSent(invitations.sendPasswordLink(user.id()));
            case CHANGE_ROLE -> {
                users.changeRole(user.id(), action.role());
                refresh();
                Confirmations.done(getTranslation("users.roleChanged", user.displayName(),
                        getTranslation("role.inSentence." + action.role().name())));
            }
            case DEACTIVATE -> {
                users.deactivate(user.id());
                refresh();
                Confirmations.done(getTranslation("users.deactivated", user.displayName()));
            }
            case REACTIVATE -> {
                users.reactivate(user.id());
                refresh();
                Confirmations.done(getTranslation("users.reactivated", user.displayName()));
            }
        }
    }

    private static void act(Runnable work) {
        try {
            work.run();
        } catch (InvitationRejectedException rejected) {
            Confirmations.failed(RuleTexts.refusal(rejected));
        }
    }
}
