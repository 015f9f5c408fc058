package org.supplierportal.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.BrowserTestBase;

/**
 * A supplier administrator creates an API client for their company's ERP: the secret is shown once, works for a
 * token, and never appears again; revoking it shuts the ERP out. The other supplier never sees it; a portal
 * administrator does, from the supplier's page.
 */
class ApiClientsBrowserIT extends BrowserTestBase {

    @Test
    void aSupplierAdminCreatesAClientSeesTheSecretOnceAndRevokesIt() {
        String name = "Acme ERP " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("acme.admin", DEMO_PASSWORD).open("/company/api-clients");
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Company API clients");

        browser.click(By.id("new-api-client")).fill("client-name", name).click(By.id("create-client"));
        assertThat(browser.find(By.cssSelector("#client-scopes[invalid]")).getText()).contains("Choose at least one scope");

        browser.click(By.xpath("//*[@id='client-scopes']//vaadin-checkbox[contains(normalize-space(.), 'orders:read')]"))
                .click(By.id("create-client"));

        assertThat(browser.text(By.id("secret-warning"))).contains("you will not see it again");
        String clientId = browser.find(By.cssSelector("#client-id input")).getDomProperty("value");
        String secret = browser.find(By.cssSelector("#client-secret input")).getDomProperty("value");
        assertThat(secret).hasSize(43);
        assertThat(browser.text(By.id("token-example"))).contains(clientId).contains("/oauth2/token").doesNotContain(secret);
        ApiCalls api = new ApiCalls(port);
        String token = api.token(clientId, secret, null);
        assertThat(api.get("/api/v1/orders", token).statusCode()).isEqualTo(200);

        browser.click(By.id("secret-stored")).waitUntilNotification("is ready");
        browser.waitUntilText(By.id("api-clients"), name);
        browser.open("/company/api-clients");
        browser.waitUntilText(By.id("api-clients"), name);
        assertThat(browser.pageText()).doesNotContain(secret);

        browser.click(By.id("revoke-" + clientId));
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.waitUntilNotification("revoked");
        assertThat(api.get("/api/v1/orders", token).statusCode()).isEqualTo(401);

        browser.clearCookies();
        browser.logIn("nordic.admin", DEMO_PASSWORD).open("/company/api-clients");
        assertThat(browser.pageText()).doesNotContain(name);

        browser.clearCookies();
        browser.logIn("admin", DEMO_PASSWORD).open("/admin/api-clients?supplier=acme-metals");
        browser.waitUntilText(By.id("api-clients"), name);
    }
}
