package org.supplierportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserDefinition;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.testsupport.BrowserTestBase;

/** Each demo role logs in through the real page in chromium and is confined to its own company and menu. */
class LoginBrowserIT extends BrowserTestBase {

    @Autowired
    UserAccountService users;
    @Autowired
    CurrentUsers currentUsers;

    @ParameterizedTest(name = "{0} sees {1} as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            acme.anna    | Acme Metals     | Supplier user          | Home, Purchase orders, Shipments, Quality, Invoices, Company contacts
            acme.admin   | Acme Metals     | Supplier administrator | Home, Purchase orders, Shipments, Quality, Invoices, Company contacts, Company users, Company API clients, EDI messages, Webhooks
            nordic.nils  | Nordic Plastics | Supplier user          | Home, Purchase orders, Shipments, Quality, Invoices, Company contacts
            buyer        | All suppliers   | Buyer                  | Home, Exception inbox, Purchase orders, Shipments, Quality, Invoices, Suppliers, Supplier performance, Tolerances
            admin        | All suppliers   | Portal administrator   | Home, Exception inbox, Purchase orders, Shipments, Quality, Invoices, Suppliers, EDI messages, Supplier performance, Tolerances, Users, API clients, Webhooks, Integration
            """)
    void eachDemoLoginLandsOnItsCompanyWithItsMenu(String username, String company, String role, String menu) {
        browser.logIn(username, DEMO_PASSWORD).waitUntilPath("/");

        assertThat(browser.text(By.id("home-company"))).isEqualTo(company);
        assertThat(browser.text(By.id("home-role"))).isEqualTo(role);
        assertThat(browser.text(By.id("acting-for"))).isEqualTo(company);
        assertThat(browser.menu()).containsExactly(menu.split(", "));
    }

    @ParameterizedTest(name = "a supplier user typing {0} gets access denied")
    @CsvSource({"/admin/users", "/suppliers"})
    void aSupplierTypingAnAdminOrBuyerAddressGetsAccessDenied(String path) {
        browser.logIn("acme.anna", DEMO_PASSWORD).waitUntilPath("/");

        browser.open(path);

        assertThat(browser.text(By.cssSelector("#access-denied h1"))).isEqualTo("Access denied");
        assertThat(browser.pageText()).doesNotContain("Nordic Plastics").doesNotContain("Ada Admin");
    }

    @Test
    void aBuyerTypingAnAdminAddressGetsAccessDenied() {
        browser.logIn("buyer", DEMO_PASSWORD).waitUntilPath("/");

        browser.open("/admin/users");

        assertThat(browser.text(By.cssSelector("#access-denied h1"))).isEqualTo("Access denied");
    }

    @ParameterizedTest(name = "a logged-in person typing {0} gets the portal's not-found page")
    @CsvSource({"/integration", "/orders/not-a-number/nothing"})
    void anUnknownAddressShowsThePortalsNotFoundPageWithTheMenu(String path) {
        browser.logIn("acme.anna", DEMO_PASSWORD).waitUntilPath("/");

        browser.open(path);

        assertThat(browser.text(By.cssSelector("#not-found h1"))).isEqualTo("Page not found");
        assertThat(browser.menu()).contains("Home", "Purchase orders");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.logIn("nordic.nils", "not-the-password");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(loginError()).contains("Incorrect username or password");
    }

    @Test
    void logOutEndsTheSession() {
        browser.logIn("acme.admin", DEMO_PASSWORD).waitUntilPath("/");

        browser.logOut();
        assertThat(browser.pageText()).contains("You have logged out.");

        browser.open("/company/contacts");
        assertThat(browser.path()).isEqualTo("/login");
    }

    /**
     * Repeated wrong passwords no longer lock the account: further attempts for that login from this address are
     * refused for a while with the same words as any failure, while other logins from here still work (and the
     * person from another address: LoginThrottlingSecurityIT).
     */
    @Test
    void repeatedWrongPasswordsAreThrottledWithTheSameMessage() {
        currentUsers.runAsSystem("test", () -> users.provision(new UserDefinition("throttle.target", "Throttle Target", null,
                Role.BUYER, null, "right-password"), "TEST"));

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.logIn("throttle.target", "wrong-password-" + attempt);
        }
        browser.logIn("throttle.target", "right-password");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(loginError()).isEqualTo(FAILED);

        browser.logIn("buyer", DEMO_PASSWORD).waitUntilPath("/");
        assertThat(browser.text(By.id("home-username"))).isEqualTo("buyer");
    }

    @Test
    void aDeactivatedAccountOrAnUnknownLoginGetsTheSameMessageAsAWrongPassword() {
        browser.logIn("nobody.here", "some-password");
        String unknown = loginError();
        browser.logIn("acme.anna", "wrong-password");
        String wrong = loginError();
        currentUsers.runAsSystem("test", () -> users.provision(new UserDefinition("gone.person", "Gone Person", null,
                Role.BUYER, null, "right-password"), "TEST"));
        UUID gone = currentUsers.runAsSystem("test", () -> users.principalOf("gone.person").orElseThrow().userId());
        currentUsers.runAsSystem("test", () -> users.deactivate(gone));
        browser.logIn("gone.person", "right-password");
        String deactivated = loginError();

        assertThat(List.of(unknown, wrong, deactivated)).containsOnly(FAILED);
        assertThat(browser.path()).isEqualTo("/login");
    }

    private static final String FAILED = "Incorrect username or password Check your username and password and try again."
            + " After several wrong attempts, log-ins are refused for a few minutes. If your account or company was"
            + " deactivated, ask your administrator.";

    private String loginError() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browserDriver()).executeScript(
                "const form = document.querySelector('vaadin-login-form');"
                        + "return form && form.error ? form.i18n.errorMessage.title + ' ' + form.i18n.errorMessage.message : '';"));
    }

    private org.openqa.selenium.WebDriver browserDriver() {
        return browser.driver();
    }
}
