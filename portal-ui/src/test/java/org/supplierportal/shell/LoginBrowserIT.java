package org.supplierportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
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
import org.supplierportal.testsupport.TestClock;

/** Each demo role logs in through the real page in chromium and is confined to its own company and menu. */
class LoginBrowserIT extends BrowserTestBase {

    @Autowired
    TestClock clock;
    @Autowired
    UserAccountService users;
    @Autowired
    CurrentUsers currentUsers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} sees {1} as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            acme.anna    | Acme Metals     | Supplier user          | Home, Purchase orders, Shipments, Quality, Invoices, Company contacts
            acme.admin   | Acme Metals     | Supplier administrator | Home, Purchase orders, Shipments, Quality, Invoices, Company contacts, Company users
            nordic.nils  | Nordic Plastics | Supplier user          | Home, Purchase orders, Shipments, Quality, Invoices, Company contacts
            buyer        | All suppliers   | Buyer                  | Home, Exception inbox, Purchase orders, Shipments, Quality, Invoices, Suppliers, Supplier performance, Tolerances
            admin        | All suppliers   | Portal administrator   | Home, Exception inbox, Purchase orders, Shipments, Quality, Invoices, Suppliers, Supplier performance, Tolerances, Users, Integration
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

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        currentUsers.runAsSystem("test", () -> users.provision(new UserDefinition("lock.target", "Lock Target", null,
                Role.BUYER, null, "right-password"), "TEST"));

        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.logIn("lock.target", "wrong-password-" + attempt);
        }
        browser.logIn("lock.target", "right-password");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(loginError()).contains("Account locked").contains("locked for 15 minutes");

        clock.advance(Duration.ofMinutes(16));
        browser.logIn("lock.target", "right-password").waitUntilPath("/");
        assertThat(browser.text(By.id("home-username"))).isEqualTo("lock.target");
    }

    private String loginError() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browserDriver()).executeScript(
                "const form = document.querySelector('vaadin-login-form');"
                        + "return form && form.error ? form.i18n.errorMessage.title + ' ' + form.i18n.errorMessage.message : '';"));
    }

    private org.openqa.selenium.WebDriver browserDriver() {
        return browser.driver();
    }
}
