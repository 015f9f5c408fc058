package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/**
 * A supplier administrator adds a webhook for their company's API client: a plain-http address elsewhere, an
 * address inside the portal's network (cloud metadata) and no event are refused next to their fields; the secret is shown once; the next order's delivery appears in the log;
 * pausing shows. The other supplier's administrator does not see it.
 */
class WebhooksBrowserIT extends BrowserTestBase {

    @Autowired
    ApiClientService clients;
    @Autowired
    WebhookService webhooks;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;

    private WebhookReceiver receiver;

    @AfterEach
    void removeWebhooks() {
        actors.as(actors.admin(), () -> webhooks.list().stream().filter(webhook -> receiver != null
                && webhook.url().equals(receiver.url())).forEach(webhook -> webhooks.delete(webhook.id())));
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aSupplierAdminAddsAWebhookSeesItsDeliveriesAndPausesIt() throws Exception {
        receiver = new WebhookReceiver();
        String clientName = "Acme hooks " + UUID.randomUUID().toString().substring(0, 6);
        actors.as(actors.supplierAdmin("acme-metals"), () -> clients.create(new ApiClientDraft(clientName,
                actors.tenant("acme-metals").id(), Set.of(ApiScope.ORDERS_READ), Instant.now().plus(Duration.ofDays(30)))));

        browser.logIn("acme.admin", DEMO_PASSWORD).open("/webhooks");
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Webhooks");
        browser.click(By.id("new-webhook"));
        browser.type(By.cssSelector("#webhook-client input"), clientName + " (Acme Metals)");
        browser.fill("webhook-url", "http://erp.example.com/events").click(By.id("create-webhook"));
        assertThat(browser.text(By.cssSelector("#webhook-url[invalid]"))).contains("Use https");
        assertThat(browser.text(By.cssSelector("#webhook-events[invalid]"))).contains("Choose at least one event");
        browser.fill("webhook-url", "https://169.254.169.254/latest/meta-data").click(By.id("create-webhook"));
        browser.waitUntilText(By.cssSelector("#webhook-url[invalid]"), "link-local");

        browser.fill("webhook-url", receiver.url())
                .click(By.xpath("//*[@id='webhook-events']//vaadin-checkbox[normalize-space(.)='order.received']//label"))
                .click(By.id("create-webhook"));
        assertThat(browser.text(By.id("webhook-secret-warning"))).contains("shown only this once");
        String secret = browser.find(By.cssSelector("#webhook-secret input")).getDomProperty("value");
        assertThat(secret).startsWith("whsec_");
        browser.click(By.id("webhook-secret-stored")).waitUntilNotification("is active");
        browser.waitUntilText(By.id("webhooks"), receiver.url());
        assertThat(browser.pageText()).doesNotContain(secret);

        actors.asSystem(() -> inbound.receive(TestOrders.order("SUP-1001").line(10, "WH-2", "5", "1.00",
                LocalDate.now().plusDays(20)).build()));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(ignored -> {
            browser.click(By.id("refresh-deliveries"));
            return browser.text(By.id("webhook-deliveries")).contains("Delivered");
        });
        assertThat(receiver.received()).isNotEmpty();

        UUID webhook = actors.as(actors.admin(), () -> webhooks.list()).stream()
                .filter(found -> found.url().equals(receiver.url())).findFirst().orElseThrow().id();
        browser.click(By.id("pause-" + webhook)).waitUntilNotification("paused");
        browser.waitUntilText(By.id("webhooks"), "Paused");

        browser.clearCookies();
        browser.logIn("nordic.admin", DEMO_PASSWORD).open("/webhooks");
        browser.waitUntilText(By.cssSelector("h1"), "Webhooks");
        assertThat(browser.pageText()).doesNotContain(receiver.url());

        browser.clearCookies();
        browser.logIn("acme.admin", DEMO_PASSWORD).open("/webhooks");
        browser.waitUntilText(By.id("webhooks"), receiver.url());

        // Deleted meanwhile by someone else: resuming it says so in the admin's words and shows the list as it is.
        actors.as(actors.admin(), () -> webhooks.delete(webhook));
        browser.click(By.id("resume-" + webhook)).waitUntilNotification("This webhook or delivery no longer exists");
        assertThat(browser.text(By.id("webhooks"))).doesNotContain(receiver.url());
        assertThat(browser.pageText()).doesNotContain(webhook.toString());
    }
}
