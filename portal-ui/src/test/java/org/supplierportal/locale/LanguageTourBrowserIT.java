package org.supplierportal.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;

/**
 * The translated screens open in German and in Simplified Chinese for people who chose them: each with its title in
 * that language and no raw key; each leaves a screenshot in target/screenshots for people to look at.
 */
class LanguageTourBrowserIT extends BrowserTestBase {

    // What PortalTranslations shows for a key no bundle has.
    private static final Pattern RAW_KEY = Pattern.compile("![a-zA-Z]+(\\.[A-Za-z0-9_-]+)+!");

    @Autowired
    Actors actors;

    @Autowired

    ChosenLanguages languages;

    @AfterEach
    void backToTheBrowsersLanguage() {
        // Other tests read English.
        languages.forgetAll();
    }

    @ParameterizedTest(name = "{0} opens {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            acme.anna  | /shipments        | de    | Lieferungen
            acme.anna  | /shipments/new    | de    | Neues Lieferavis
            acme.anna  | /quality          | de    | Reklamationen
            acme.anna  | /invoices         | de    | Rechnungen
            acme.admin | /company/contacts | de    | Ansprechpartner
            acme.admin | /company/users    | de    | Benutzer des Unternehmens
            buyer      | /quality/new      | de    | Neue Reklamation
            admin      | /admin/users      | de    | Benutzer
            buyer      | /inbox            | de    | Klärungsfälle
            admin      | /suppliers        | de    | Lieferanten
            admin      | /suppliers/new    | de    | Lieferanten anlegen
            buyer      | /suppliers/acme-metals | de | Acme Metals
            admin      | /webhooks         | de    | Webhooks
            admin      | /admin/api-clients | de   | API-Clients
            admin      | /admin/integration | de   | Integration
            admin      | /admin/tolerances | de    | Toleranzen
            buyer      | /performance      | de    | Lieferantenbewertung
            admin      | /admin/b2b-messages | de  | EDI-Nachrichten
            acme.anna  | /shipments        | zh-CN | 发货
            acme.anna  | /shipments/new    | zh-CN | 新建发货通知
            acme.anna  | /quality          | zh-CN | 质量问题
            acme.anna  | /invoices         | zh-CN | 发票
            acme.admin | /company/contacts | zh-CN | 公司联系人
            acme.admin | /company/users    | zh-CN | 公司用户
            buyer      | /quality/new      | zh-CN | 新建质量问题
            admin      | /admin/users      | zh-CN | 用户
            buyer      | /inbox            | zh-CN | 异常待办
            admin      | /suppliers        | zh-CN | 供应商
            admin      | /suppliers/new    | zh-CN | 引入供应商
            buyer      | /suppliers/acme-metals | zh-CN | Acme Metals
            admin      | /webhooks         | zh-CN | Webhook
            admin      | /admin/api-clients | zh-CN | API 客户端
            admin      | /admin/integration | zh-CN | 系统集成
            admin      | /admin/tolerances | zh-CN | 容差
            buyer      | /performance      | zh-CN | 供应商绩效
            admin      | /admin/b2b-messages | zh-CN | EDI 报文
            """)
    void opensInTheChosenLanguage(String username, String path, String language, String title) {
        languages.choose(username, language);
        browser.logIn(username, DEMO_PASSWORD).open(path);

        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo(title);
        assertThat(browser.pageText()).doesNotContainPattern(RAW_KEY);
        browser.screenshot(Path.of("target", "screenshots",
                "tour-" + language + "-" + username + path.replaceAll("[/?=]", "_") + ".png"));
    }

}
