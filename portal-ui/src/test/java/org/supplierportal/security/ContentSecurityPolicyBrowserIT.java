package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.supplierportal.testsupport.BrowserTestBase;

/**
 * The Content-Security-Policy is one Vaadin works with: the screens a supplier and a buyer use most load and work in
 * chromium, and the browser reports no violation of the policy on any of them (every document records the
 * {@code securitypolicyviolation} events it sees from its very start).
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @BeforeEach
    void recordViolationsInEveryDocument() {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    @Test
    void aSuppliersScreensWorkUnderThePolicy() {
        browser.logIn("acme.anna", DEMO_PASSWORD).waitUntilPath("/");
        assertThat(violations()).isEmpty();
        assertThat(browser.text(By.id("home-company"))).isEqualTo("Acme Metals");

        for (String path : List.of("/orders", "/shipments", "/shipments/new", "/quality", "/invoices", "/company/contacts")) {
            browser.open(path);
            assertThat(browser.pageText()).as(path).doesNotContain("Access denied").doesNotContain("Could not navigate");
            assertThat(violations()).as(path).isEmpty();
        }
    }

    @Test
    void aBuyersScreensWorkUnderThePolicy() {
        browser.logIn("buyer", DEMO_PASSWORD).waitUntilPath("/");

        for (String path : List.of("/inbox", "/orders", "/quality/new", "/suppliers", "/admin/tolerances")) {
            browser.open(path);
            assertThat(browser.pageText()).as(path).doesNotContain("Access denied").doesNotContain("Could not navigate");
            assertThat(violations()).as(path).isEmpty();
        }
        browser.logOut();
        assertThat(violations()).isEmpty();
    }

    /** The recorder itself: something the policy forbids (an object, even of the portal's own) is seen. */
    @Test
    void aForbiddenResourceIsReportedAsAViolation() {
        browser.open("/login");

        browser.driver().executeScript("const o = document.createElement('object'); o.data = '/styles/portal.css';"
                + " document.body.appendChild(o);");

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> !violations().isEmpty());
        assertThat(violations()).anySatisfy(violation -> assertThat(violation).startsWith("object-src"));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        Object recorded = browser.driver().executeScript("return window.__cspViolations || null;");
        assertThat(recorded).as("the violation recorder runs in this document").isNotNull();
        return (List<String>) recorded;
    }
}
