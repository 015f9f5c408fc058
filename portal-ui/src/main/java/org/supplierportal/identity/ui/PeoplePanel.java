package org.supplierportal.identity.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import org.supplierportal.identity.InvitationView;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.tenancy.CurrentUser;

/**
 * The people who can log in and the invitations still open, with what an administrator does to them: invite,
 * send again, withdraw, send a password link, change the role, deactivate. Used for all people (portal admins),
 * one supplier's (portal admins, filtered) and one's own company (supplier administrators); its page acts.
 */
class PeoplePanel extends Div {

    final InvitationsSection invitations;
    final UsersGrid users;

    PeoplePanel(CurrentUser me, boolean showCompany) {
        invitations = new InvitationsSection(showCompany);
        users = new UsersGrid(me, showCompany);
        setWidthFull();
        add(invitations, users);
    }

    void show(List<UserSummary> people, List<InvitationView> open) {
        users.setItems(people);
        invitations.show(open);
    }
}
