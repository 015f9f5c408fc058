package org.supplierportal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.supplierportal.testsupport.BrowserTestBase;

/** A supplier administrator keeps the company's contacts; the other supplier never sees them; buyers do. */
class CompanyContactsBrowserIT extends BrowserTestBase {

    @Test
    void aSupplierAdminAddsAContactWithValidationNextToTheField() {
        String name = "Quinn Quality " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("acme.admin", DEMO_PASSWORD).open("/company/contacts");
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Company contacts");

        browser.click(By.id("add-contact"))
                .fill("contact-name", name)
                .fill("contact-email", "quinn-at-acme")
                .click(By.id("save-contact"));

        assertThat(browser.find(By.cssSelector("#contact-email[invalid]")).getText())
                .contains("Enter an e-mail address like name@company.com");

        browser.fill("contact-email", "quinn@acme-metals.example").click(By.id("save-contact"));

        browser.waitUntilNotification("Contact " + name + " saved");
        browser.waitUntilText(By.id("contacts"), name);

        browser.clearCookies();
        browser.logIn("nordic.nils", DEMO_PASSWORD).open("/company/contacts");
        assertThat(browser.pageText()).doesNotContain(name);

        browser.clearCookies();
        browser.logIn("buyer", DEMO_PASSWORD).open("/suppliers");
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Acme Metals']"));
        browser.waitUntilText(By.id("supplier-contacts"), name);
    }

    @Test
    void aSupplierUserReadsContactsButCannotChangeThem() {
        browser.logIn("acme.anna", DEMO_PASSWORD).open("/company/contacts");

        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Company contacts");
        assertThat(browser.findAll(By.id("add-contact")).stream().filter(e -> e.isDisplayed())).isEmpty();
    }
}
