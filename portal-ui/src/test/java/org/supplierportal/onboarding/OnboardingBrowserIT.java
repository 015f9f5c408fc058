package org.supplierportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestMailServer;

/** An admin onboards a supplier and invites its first person, who sets a password and lands in the new tenant. */
class OnboardingBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "tall ship harbour";

    @Test
    void anAdminOnboardsASupplierInvitesItsPersonAndThePersonLogsInToTheEmptyTenant() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Baltic Castings " + suffix;
        String key = "baltic-castings-" + suffix;
        String email = "bo." + suffix + "@baltic-castings.example";

        browser.logIn("admin", DEMO_PASSWORD).open("/suppliers");
        browser.click(By.id("onboard-supplier")).waitUntilPath("/suppliers/new");
        browser.fill("supplier-name", name);
        assertThat(browser.find(By.cssSelector("#supplier-key input")).getAttribute("value")).isEqualTo(key);
        browser.fill("supplier-party-codes", "SUP-BC" + suffix).fill("supplier-gs1-prefix", "123");
        browser.click(By.id("create-supplier"));
        assertThat(browser.text(By.cssSelector("#supplier-gs1-prefix[invalid]")))
                .contains("A GS1 company prefix has 6 to 12 digits");
        shot("1-invalid-prefix");

        browser.fill("supplier-gs1-prefix", "0614141").click(By.id("create-supplier")).waitUntilPath("/suppliers/" + key);
        assertThat(browser.text(By.id("onboarded"))).isEqualTo(name + " is onboarded. Next: invite its people.");
        assertThat(browser.text(By.id("onboarding-checklist"))).contains("1 of 4 steps done")
                .contains("Invite the supplier's people").contains("Check the tolerance limits and confirm them");
        shot("2-checklist");

        browser.click(By.id("invite-people")).waitUntilPath("/admin/users");
        browser.fill("invite-email", email).fill("invite-name", "Bo Berg");
        assertThat(browser.find(By.cssSelector("#invite-supplier input")).getAttribute("value")).isEqualTo(name);
        browser.click(By.id("send-invitation"));
        browser.waitUntilNotification("Invitation e-mailed to " + email);
        browser.waitUntilText(By.id("invitations"), email);
        shot("3-invitation-sent");

        String link = TestMailServer.invitationLink(TestMailServer.lastMessageTo(email));
        browser.clearCookies();
        browser.open(URI.create(link).getPath());
        assertThat(browser.text(By.id("invitation-welcome"))).contains("Bo Berg").contains(name);
        browser.fill("new-password", "short").fill("repeat-password", "short").click(By.id("set-password"));
        assertThat(browser.text(By.cssSelector("#new-password[invalid]"))).contains("Too short: use at least 10 characters");
        shot("4-weak-password");
        browser.fill("new-password", PASSWORD).fill("repeat-password", PASSWORD).click(By.id("set-password"));
        browser.waitUntilPath("/login");
        assertThat(browser.pageText()).contains("Your password is set. Log in with " + email);

        browser.logIn(email, PASSWORD).waitUntilPath("/");
        assertThat(browser.pageText()).contains(name);
        browser.open("/orders");
        assertThat(browser.pageText()).doesNotContain("Acme Metals").doesNotContain("4500017001");
        shot("5-new-tenant");

        browser.open(URI.create(link).getPath());
        browser.clearCookies();
        browser.open(URI.create(link).getPath());
        assertThat(browser.text(By.id("invitation-problem"))).contains("already been used");
    }

    @Test
    void aSupplierAdminInvitesAColleagueWhoSeesOnlyTheirCompany() {
        String email = "colleague." + UUID.randomUUID().toString().substring(0, 6) + "@acme-metals.example";

        browser.logIn("acme.admin", DEMO_PASSWORD).open("/company/users");
        browser.click(By.id("invite-person"));
        assertThat(browser.findAll(By.id("invite-supplier")).stream().filter(e -> e.isDisplayed())).isEmpty();
        browser.fill("invite-email", email).fill("invite-name", "Cleo Colleague").click(By.id("send-invitation"));
        browser.waitUntilText(By.id("invitations"), email);
        assertThat(browser.text(By.id("invitations"))).contains("Supplier user");
        shot("6-company-invitation");
    }

    private void shot(String name) {
        browser.screenshot(Path.of("target", "screenshots", "onboarding-" + name + ".png"));
    }
}
