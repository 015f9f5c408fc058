package org.supplierportal.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/**
 * A supplier who chose German on "My account" (in an English browser) walks the acknowledgment in German: the menu,
 * the order, the form, the tolerance rule's explanation with German dates (31.12.2026), the confirmation; no page
 * shows a raw key. The same in Simplified Chinese, up to the rule's explanation.
 */
class LanguagesBrowserIT extends BrowserTestBase {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    // What PortalTranslations shows for a key no bundle has.
    private static final Pattern RAW_KEY = Pattern.compile("![a-zA-Z]+(\\.[A-Za-z0-9_-]+)+!");

    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void backToTheBrowsersLanguage() {
        // Other tests log in as Anna and read English.
        actors.asSystem(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "delete from person_locale where user_id in (select id from app_user where username = 'acme.anna')")));
    }

    @Test
    void aSupplierWhoChoseGermanAcknowledgesInGerman() {
        TestOrders.Builder document = TestOrders.order("SUP-1001")
                .line(10, "BR-4711", "100", "1.85", REQUESTED).line(20, "SH-2040", "40", "24.60", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();

        chooseLanguage("Deutsch");
        browser.waitUntilNotification("Gespeichert: Deutsch");
        browser.waitUntilText(By.tagName("h1"), "Mein Konto");
        assertThat(browser.menu()).contains("Bestellungen", "Startseite");
        noRawKey("1-account");

        // A new log-in gets the stored language, not the browser's English.
        browser.logOut();
        browser.logIn("acme.anna", DEMO_PASSWORD).open("/orders/" + order);
        assertThat(browser.text(By.id("order-view"))).contains("Bestellung " + document.number())
                .contains("Neu, zu bestätigen").contains(GERMAN_DATE.format(REQUESTED));
        noRawKey("2-order");

        browser.click(By.id("acknowledge")).waitUntilPath("/orders/" + order + "/acknowledge");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Bestellung " + document.number() + " bestätigen");
        browser.choose("line-10-decision", "Änderung vorschlagen");
        LocalDate proposed = REQUESTED.plusDays(9);
        browser.type(By.cssSelector("#line-10-date input"), GERMAN_DATE.format(proposed) + Keys.ENTER);

        browser.waitUntilText(By.id("line-10-preview"), "Geht an einen Einkäufer");
        assertThat(browser.text(By.id("line-10-preview")))
                .contains("Die Lieferung am " + GERMAN_DATE.format(proposed) + " ist 9 Tage später als gewünscht ("
                        + GERMAN_DATE.format(REQUESTED) + ")")
                .contains("zulässig sind höchstens 2 Tage später (eigene Grenze des Lieferanten)");
        assertThat(browser.text(By.id("line-20-preview"))).isEqualTo("Sofort bestätigt.");
        assertThat(browser.text(By.id("outlook"))).isEqualTo("1 Position sofort bestätigt, 1 Position an den Einkauf.");
        noRawKey("3-acknowledge");

        browser.click(By.id("send-acknowledgment")).waitUntilPath("/orders/" + order);
        browser.waitUntilNotification("Bestätigung gesendet: 1 Position bestätigt, 1 Position an den Einkauf gesendet.");
        assertThat(browser.text(By.id("order-lines"))).contains("Bestätigt").contains("Wartet auf den Einkauf");
        noRawKey("4-sent");
    }

    @Test
    void aSupplierWhoChoseChineseReadsTheOrderAndTheRuleInChinese() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-4711", "100", "1.85", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();

        chooseLanguage("简体中文");
        browser.waitUntilText(By.tagName("h1"), "我的账户");
        assertThat(browser.menu()).contains("采购订单", "首页");
        noRawKey("zh-1-account");

        browser.open("/orders/" + order);
        assertThat(browser.text(By.id("order-view"))).contains("订单 " + document.number())
                .contains("新订单，待确认").contains(CHINESE_DATE.format(REQUESTED));
        noRawKey("zh-2-order");

        browser.click(By.id("acknowledge")).waitUntilPath("/orders/" + order + "/acknowledge");
        browser.choose("line-10-decision", "建议修改").fill("line-10-quantity", "120");
        browser.waitUntilText(By.id("line-10-preview"), "转交采购员");
        assertThat(browser.text(By.id("line-10-preview"))).contains("比订购数量 100 多 20%");
        noRawKey("zh-3-acknowledge");
    }

    /** Anna, in the test's English browser, picks a language on My account and saves it. */
    private void chooseLanguage(String nativeName) {
        browser.logIn("acme.anna", DEMO_PASSWORD).open("/account");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My account");
        browser.click(By.id("language"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + nativeName + "']"));
        browser.click(By.id("save-language"));
    }

    private void noRawKey(String step) {
        browser.screenshot(Path.of("target", "screenshots", "languages-" + step + ".png"));
        assertThat(browser.pageText()).doesNotContainPattern(RAW_KEY).doesNotContain("!tolerance.").doesNotContain("!ack.");
    }
}
