package org.supplierportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.supplierportal.testsupport.BrowserTestBase;

/**
 * Every main screen opens for the roles that use it, with its title, and without an error; each leaves a
 * screenshot in target/screenshots for people to look at.
 */
class ScreenTourBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0} opens {1}")
    @CsvSource(delimiter = '|', textBlock = """
            acme.anna   | /                      | Welcome, Anna Berg
            acme.anna   | /orders                | Purchase orders
            acme.anna   | /orders?status=NEW     | Purchase orders
            acme.anna   | /shipments             | Shipments
            acme.anna   | /shipments/new         | New ASN
            acme.anna   | /quality               | Quality incidents
            acme.anna   | /invoices              | Invoices
            acme.admin  | /company/users         | Company users
            buyer       | /                      | Welcome, Bea Buyer
            buyer       | /inbox                 | Exception inbox
            buyer       | /orders                | Purchase orders
            admin       | /admin/tolerances      | Tolerances
            buyer       | /suppliers/acme-metals | Acme Metals
            buyer       | /shipments             | Shipments
            buyer       | /quality               | Quality incidents
            buyer       | /quality/new           | New quality incident
            buyer       | /invoices              | Invoices
            buyer       | /performance           | Supplier performance
            admin       | /suppliers             | Suppliers
            admin       | /suppliers/new         | Onboard a supplier
            admin       | /suppliers/acme-metals | Acme Metals
            admin       | /admin/users           | Users
            admin       | /admin/integration     | Integration
            """)
    void opensWithItsTitle(String username, String path, String title) {
        browser.logIn(username, DEMO_PASSWORD).open(path);

        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo(title);
        assertThat(browser.findAll(By.cssSelector("vaadin-connection-indicator[loading], .v-system-error"))).isEmpty();
        browser.screenshot(Path.of("target", "screenshots", "tour-" + username + path.replaceAll("[/?=]", "_") + ".png"));
    }
}
