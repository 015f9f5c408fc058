package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestMailServer;

@PortalIntegrationTest
class InvitationsIT {

    @LocalServerPort
    int port;

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    InvitationService invitations;
    @Autowired
    InvitationLinks links;
    @Autowired
    UserAccountService users;
    @Autowired
    LocalLoginService login;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anInviteeGetsAnEmailFollowsTheLinkChoosesAPasswordAndCanLogIn() throws Exception {
        String email = uniqueEmail();
        TenantSummary acme = actors.tenant("acme-metals");

        InvitationService.Sent sent = actors.as(admin(), () -> invitations.invite(
                new InvitationDraft(email, "Ivy Invitee", Role.SUPPLIER_USER, acme.id())));

        assertThat(sent.mailed()).isTrue();
        MimeMessage message = TestMailServer.lastMessageTo(email);
        assertThat(message.getSubject()).isEqualTo("You are invited to the Supplier Portal for Acme Metals");
        String link = TestMailServer.invitationLink(message);
        assertThat(link).isEqualTo(sent.link()).startsWith("http://localhost:" + port + "/invitation/");
        String token = tokenOf(link);

        InvitationCheck check = links.check(token);
        assertThat(check.state()).isEqualTo(InvitationCheck.State.VALID);
        assertThat(check.companyName()).isEqualTo("Acme Metals");
        assertThat(check.invitedBy()).isEqualTo("Tina Admin");

        assertThat(links.accept(token, PASSWORD, PASSWORD)).isEqualTo(email);

        PortalUserDetails details = (PortalUserDetails) login.loadUserByUsername(email);
        assertThat(details.isEnabled()).isTrue();
        assertThat(details.currentUser().tenantId()).isEqualTo(acme.id());
        assertThat(details.currentUser().roles()).contains(Role.SUPPLIER_USER);
        assertThat(links.check(token).state()).isEqualTo(InvitationCheck.State.USED);
        assertThatThrownBy(() -> links.accept(token, PASSWORD, PASSWORD))
                .isInstanceOf(InvitationRejectedException.class).hasMessageContaining("already been used");
    }

    @Test
    void anExpiredLinkIsRefusedAndSendingAgainMakesANewLinkThatWorks() {
        String email = uniqueEmail();
        InvitationService.Sent first = actors.as(admin(), () -> invitations.invite(
                new InvitationDraft(email, "Eve Expired", Role.SUPPLIER_ADMIN, actors.tenant("acme-metals").id())));

        clock.advance(Duration.ofDays(8));
        assertThat(links.check(tokenOf(first.link())).state()).isEqualTo(InvitationCheck.State.EXPIRED);
        assertThatThrownBy(() -> links.accept(tokenOf(first.link()), PASSWORD, PASSWORD))
                .isInstanceOf(InvitationRejectedException.class).hasMessageContaining("expired").hasMessageContaining("Tina Admin");

        InvitationService.Sent again = actors.as(admin(), () -> invitations.resend(first.invitation().id()));

        assertThat(links.check(tokenOf(first.link())).state()).isEqualTo(InvitationCheck.State.UNKNOWN);
        assertThat(TestMailServer.messageCountTo(email)).isEqualTo(2);
        assertThat(links.accept(tokenOf(again.link()), PASSWORD, PASSWORD)).isEqualTo(email);
    }

    @Test
    void aWithdrawnLinkStopsWorking() {
        String email = uniqueEmail();
        InvitationService.Sent sent = actors.as(admin(), () -> invitations.invite(
                new InvitationDraft(email, "Walt Withdrawn", Role.BUYER, null)));

        actors.as(admin(), () -> invitations.revoke(sent.invitation().id()));

        assertThat(links.check(tokenOf(sent.link())).problem()).contains("withdrawn");
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
        String email = uniqueEmail();
        InvitationService.Sent sent = actors.as(admin(), () -> invitations.invite(
                new InvitationDraft(email, "Wanda Weak", Role.SUPPLIER_USER, actors.tenant("nordic-plastics").id())));

        assertThatThrownBy(() -> links.accept(tokenOf(sent.link()), "short", "short"))
                .isInstanceOf(InvitationRejectedException.class)
                .satisfies(e -> assertThat(((InvitationRejectedException) e).field()).isEqualTo("password"));
        assertThat(links.check(tokenOf(sent.link())).state()).isEqualTo(InvitationCheck.State.VALID);
    }

    @Test
    void anAddressWithAnAccountOrAnOpenInvitationIsRefusedAtTheEmailField() {
        String email = uniqueEmail();
        actors.as(admin(), () -> invitations.invite(new InvitationDraft(email, "Dee Double", Role.BUYER, null)));

        assertThatThrownBy(() -> actors.as(admin(), () -> invitations.invite(
                new InvitationDraft(email.toUpperCase(), "Dee Double", Role.BUYER, null))))
                .isInstanceOf(InvitationRejectedException.class).hasMessageContaining("already invited")
                .satisfies(e -> assertThat(((InvitationRejectedException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> actors.as(admin(), () -> invitations.invite(
                new InvitationDraft("not-an-address", "Nat", Role.BUYER, null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Enter an e-mail address");
    }

    @Test
    void aSupplierAdminInvitesOnlyForTheirOwnCompanyAndOnlySupplierRoles() {
        CurrentUser acmeAdmin = supplierAdmin("acme-metals");
        TenantSummary nordic = actors.tenant("nordic-plastics");

        InvitationService.Sent own = actors.as(acmeAdmin, () -> invitations.invite(
                new InvitationDraft(uniqueEmail(), "Colin Colleague", Role.SUPPLIER_USER, null)));
        assertThat(own.invitation().tenantName()).isEqualTo("Acme Metals");

        assertThatThrownBy(() -> actors.as(acmeAdmin, () -> invitations.invite(
                new InvitationDraft(uniqueEmail(), "Nick", Role.SUPPLIER_USER, nordic.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as(acmeAdmin, () -> invitations.invite(
                new InvitationDraft(uniqueEmail(), "Bob", Role.BUYER, null))))
                .isInstanceOf(InvitationRejectedException.class).hasMessageContaining("Only portal administrators");
        assertThat(actors.as(acmeAdmin, () -> invitations.openInvitations(null)))
                .allSatisfy(open -> assertThat(open.tenantName()).isEqualTo("Acme Metals"));
    }

    @Test
    void aDeactivatedAccountCannotLogInUntilReactivated() {
        String email = uniqueEmail();
        InvitationService.Sent sent = actors.as(admin(), () -> invitations.invite(
                new InvitationDraft(email, "Dan Deactivated", Role.SUPPLIER_USER, actors.tenant("acme-metals").id())));
        links.accept(tokenOf(sent.link()), PASSWORD, PASSWORD);
        UUID id = ((PortalUserDetails) login.loadUserByUsername(email)).currentUser().userId();

        actors.as(supplierAdmin("acme-metals"), () -> users.deactivate(id));
        assertThat(login.loadUserByUsername(email).isEnabled()).isFalse();

        actors.as(admin(), () -> users.reactivate(id));
        assertThat(login.loadUserByUsername(email).isEnabled()).isTrue();

        // Another supplier's administrator does not even see the account (row-level security).
        assertThatThrownBy(() -> actors.as(supplierAdmin("nordic-plastics"), () -> users.deactivate(id)))
                .isInstanceOf(InvitationRejectedException.class).hasMessage("This account no longer exists");
        assertThat(login.loadUserByUsername(email).isEnabled()).isTrue();
    }

    @Test
    void aPasswordLinkLetsAnExistingPersonChooseANewPassword() throws Exception {
        UUID anna = actors.as(admin(), () -> users.principalOf("acme.anna")).orElseThrow().userId();
        InvitationService.Sent sent = actors.as(admin(), () -> invitations.sendPasswordLink(anna));

        MimeMessage mail = TestMailServer.lastMessageTo("anna.berg@acme-metals.example", "Set a new password for the Supplier Portal");
        assertThat(tokenOf(TestMailServer.invitationLink(mail))).isEqualTo(tokenOf(sent.link()));
        assertThat(links.check(tokenOf(sent.link())).passwordReset()).isTrue();
        // Not accepted: the demo login keeps its documented password for the other tests.
        actors.as(admin(), () -> invitations.revoke(sent.invitation().id()));
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String uniqueEmail() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@invited.example";
    }

    private static CurrentUser admin() {
        return new CurrentUser(UUID.randomUUID(), "test.admin", "Tina Admin", null, null, EnumSet.of(Role.ADMIN));
    }

    private CurrentUser supplierAdmin(String tenantKey) {
        TenantSummary tenant = actors.tenant(tenantKey);
        return new CurrentUser(UUID.randomUUID(), "test.admin." + tenantKey, "Sam Supplieradmin", tenant.id(),
                tenant.name(), EnumSet.of(Role.SUPPLIER_ADMIN, Role.SUPPLIER_USER));
    }
}
