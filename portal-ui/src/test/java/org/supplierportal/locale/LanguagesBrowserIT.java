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
import org.supplierportal.testsupport.AsnFormSearch;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.PdfDocuments;
import org.supplierportal.testsupport.TestOrders;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import java.time.format.TextStyle;
import org.openqa.selenium.WebElement;

/**
 * A supplier who chose German on "My account" (in an English browser) walks the acknowledgment in German: the menu,
 * the order, the form, the tolerance rule's explanation with German dates (31.12.2026), the confirmation; no page
 * shows a raw key. The same in Simplified Chinese, up to the rule's explanation.
 */
class LanguagesBrowserIT extends BrowserTestBase {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter GERMAN_MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.GERMAN);
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    // What PortalTranslations shows for a key no bundle has.
    private static final Pattern RAW_KEY = Pattern.compile("![a-zA-Z]+(\\.[A-Za-z0-9_-]+)+!");

    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;
    @Autowired
    AcknowledgmentService acknowledgments;
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

    @Test
    void aSupplierWhoChoseGermanGoesBackToTheBrowsersLanguage() {
        chooseLanguage("Deutsch");
        browser.waitUntilText(By.tagName("h1"), "Mein Konto");
        assertThat(annasStoredChoices()).isEqualTo(1);

        browser.click(By.id("use-browser-settings"));
        browser.waitUntilNotification("Your browser's settings apply again: English");
        browser.waitUntilText(By.tagName("h1"), "My account");
        assertThat(browser.text(By.id("following-browser"))).contains("follows your browser");
        assertThat(browser.findAll(By.id("use-browser-settings")).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(annasStoredChoices()).isZero();
        noRawKey("browser-settings");

        // The next log-in follows the (English) browser too.
        browser.logOut();
        browser.logIn("acme.anna", DEMO_PASSWORD).open("/account");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My account");
    }

    private int annasStoredChoices() {
        return actors.asSystem(() -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from person_locale where user_id in (select id from app_user where username = 'acme.anna')",
                Integer.class)));
    }

    @Test
    void aSupplierWhoChoseGermanSendsAnAsnInGerman() {
        String order = confirmedOrder();
        LocalDate today = LocalDate.now();

        chooseLanguage("Deutsch");
        browser.waitUntilNotification("Gespeichert: Deutsch");
        browser.open("/shipments/new");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Neues Lieferavis");
        assertThat(browser.pageText()).contains("1. Was wird versandt").contains("3. Versand").contains("4. Packstücke")
                .contains("Versanddatum").contains("Voraussichtliche Ankunft").contains("Spediteur").contains("Sendungsnummer");
        // The ship date starts as today, written the German way.
        assertThat(browser.find(By.cssSelector("#ship-date input")).getAttribute("value")).isEqualTo(GERMAN_DATE.format(today));

        AsnFormSearch.search(browser, order);
        browser.click(By.id("add-" + order + "-10"));
        browser.waitUntilText(By.id("asn-lines"), "Bestellung " + order + " Pos. 10");

        // The calendar names the month and the weekdays in German and starts the week on Monday.
        browser.click(By.cssSelector("#ship-date input"));
        String month = GERMAN_MONTH.format(today);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> calendarText().contains(month));
        assertThat(calendarText()).contains("Heute").contains("Abbrechen");
        assertThat(calendarText().replaceAll("\\s", "")).contains("Mo.Di.Mi.Do.Fr.Sa.So.");
        noRawKey("de-asn-1-calendar");
        browser.sendKeys(Keys.ESCAPE);
        // The arrival before the ship date: refused by the field, in German.
        browser.type(By.cssSelector("#expected-arrival input"), GERMAN_DATE.format(today.minusDays(1)) + Keys.ENTER);
        browser.click(By.id("send-asn"));
        browser.waitUntilText(By.cssSelector("#expected-arrival[invalid]"), "Die Ankunft kann nicht vor dem Versanddatum liegen");
        assertThat(browser.text(By.id("asn-problems"))).contains("Ein Punkt ist noch zu klären");
        noRawKey("de-asn-2-problem");

        LocalDate arrival = today.plusDays(3);
        browser.type(By.cssSelector("#expected-arrival input"), GERMAN_DATE.format(arrival) + Keys.ENTER);
        browser.click(By.id("send-asn"));
        browser.waitUntilText(By.id("asn-confirmation"), "ist an Ihren Kunden gesendet.");
        assertThat(browser.text(By.id("asn-facts"))).contains("Voraussichtliche Ankunft").contains(GERMAN_DATE.format(arrival));
        assertThat(browser.text(By.id("asn-status"))).isEqualTo("Versandt");
        noRawKey("de-asn-3-sent");
        // The packing slip is in the language of the person who prints it.
        assertThat(PdfDocuments.text(browser.download(By.id("packing-slip")).body())).contains("Lieferschein", "Versanddatum",
                GERMAN_DATE.format(today), "Voraussichtliche Ankunft " + GERMAN_DATE.format(arrival), order).doesNotContain("Packing slip");
    }

    @Test
    void aSupplierWhoChoseChineseSeesTheAsnFormAndItsCalendarInChinese() {
        chooseLanguage("简体中文");
        browser.waitUntilText(By.tagName("h1"), "我的账户");
        browser.open("/shipments/new");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("新建发货通知");
        assertThat(browser.pageText()).contains("发货日期").contains("预计到货日期").contains("承运商");
        browser.click(By.cssSelector("#ship-date input"));
        String month = LocalDate.now().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.SIMPLIFIED_CHINESE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> calendarText().contains(month));
        assertThat(calendarText()).contains("今天");
        noRawKey("zh-asn-1-calendar");
    }

    /** What the open date picker's calendar shows (its months are drawn in their own shadow roots). */
    private String calendarText() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                const found = [];
                const walk = root => root.querySelectorAll('*').forEach(element => {
                    if (element.localName === 'vaadin-month-calendar' || element.localName === 'vaadin-date-picker-overlay-content') {
                        found.push(element.textContent, element.shadowRoot ? element.shadowRoot.textContent : '');
                    }
                    if (element.shadowRoot) {
                        walk(element.shadowRoot);
                    }
                });
                walk(document);
                return found.join(' ');"""));
    }

    /** An order of Acme's with line 10 confirmed; returns its PO number. */
    private String confirmedOrder() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-4711", "40", "1.85", REQUESTED);
        OrderId id = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(id, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        return document.number();
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
