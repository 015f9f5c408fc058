package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/**
 * The bell counts a new order without a reload, the list links to it and marks it read; the e-mail's unsubscribe link
 * works without logging in, and the account page changes a preference.
 */
class NotificationsBrowserIT extends BrowserTestBase {

    private static final Path SCREENS = Path.of("target", "screenshots");

    @Autowired
    OrderInbound inbound;
    @Autowired
    NotificationInbox notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    UserAccountService users;
    @Autowired
    Actors actors;

    @Test
    void theBellCountsANewOrderWithoutAReloadAndTheListMarksItRead() {
        CurrentUser anna = new People(users, actors).login("acme.anna");
        actors.as(anna, () -> notifications.markAllRead());
        browser.logIn("acme.anna", DEMO_PASSWORD).open("/");
        browser.find(By.id("notification-bell"));
        assertThat(browser.findAll(By.id("notification-count")).stream().noneMatch(count -> count.isDisplayed())).isTrue();

        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "B-" + UUID.randomUUID().toString().substring(0, 6),
                "100", "2.50", LocalDate.now().plusDays(30));
        OrderId id = actors.asSystem(() -> inbound.receive(order.build())).orderId();

        browser.waitUntilText(By.id("notification-count"), "1"); // pushed: no reload, no click
        browser.screenshot(SCREENS.resolve("notifications-bell.png"));
        browser.click(By.id("notification-bell")).waitUntilPath("/notifications");
        browser.waitUntilText(By.id("notifications"), "New PO " + order.number());
        assertThat(browser.find(By.linkText("New PO " + order.number())).getAttribute("href")).endsWith("/orders/" + id.value());
        browser.screenshot(SCREENS.resolve("notifications-list.png"));

        UUID notification = actors.as(anna, () -> notifications.latest()).stream()
                .filter(view -> view.title().equals("New PO " + order.number())).findFirst().orElseThrow().id();
        browser.click(By.id("mark-read-" + notification)).waitUntilNotification("Marked as read");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver ->
                driver.findElements(By.id("notification-count")).stream().noneMatch(count -> count.isDisplayed()));
        assertThat(browser.findAll(By.id("mark-read-" + notification))).isEmpty();
        assertThat(actors.as(anna, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void theMailsUnsubscribeLinkWorksWithoutALogInAndTheAccountPageChangesAPreference() {
        CurrentUser nils = new People(users, actors).login("nordic.nils");
        TestOrders.Builder order = TestOrders.order("SUP-2002").line(10, "U-" + UUID.randomUUID().toString().substring(0, 6),
                "100", "0.40", LocalDate.now().plusDays(30));
        actors.asSystem(() -> inbound.receive(order.build()));
        MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.about("New PO " + order.number()).stream()
                .filter(message -> Mailbox.addressee(message).equals("nils.lund@nordic-plastics.example")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        try {
            browser.open(URI.create(Mailbox.unsubscribeLink(mail)).getPath());
            browser.waitUntilText(By.id("unsubscribed"), "You will no longer get e-mails about New purchase orders");
            browser.screenshot(SCREENS.resolve("notifications-unsubscribed.png"));
            assertThat(actors.as(nils, () -> preferences.mine()))
                    .contains(new PreferenceView(NotificationType.ORDER_RECEIVED, Delivery.OFF, true));

            browser.logIn("nordic.nils", DEMO_PASSWORD).open("/account");
            browser.choose("preference-ORDER_CHANGED", "Daily digest").waitUntilNotification("Changed purchase orders: Daily digest");
            browser.choose("preference-INVOICE_PAID", "Off").waitUntilNotification("Paid invoices: Off");
            browser.screenshot(SCREENS.resolve("notifications-account.png"));
            assertThat(actors.as(nils, () -> preferences.mine()))
                    .contains(new PreferenceView(NotificationType.ORDER_CHANGED, Delivery.DAILY_DIGEST, true),
                            new PreferenceView(NotificationType.INVOICE_PAID, Delivery.OFF, true));
        } finally {
            actors.as(nils, () -> preferences.change(NotificationType.INVOICE_PAID, Delivery.DAILY_DIGEST));
            actors.as(nils, () -> preferences.change(NotificationType.ORDER_RECEIVED, Delivery.IMMEDIATELY));
            actors.as(nils, () -> preferences.change(NotificationType.ORDER_CHANGED, Delivery.IMMEDIATELY));
        }
    }
}
