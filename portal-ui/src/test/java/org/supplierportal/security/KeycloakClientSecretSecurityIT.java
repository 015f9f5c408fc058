package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.KeycloakTestServer;

/**
 * Issue 10, point 9: with a wrong Keycloak client secret every log-in failed and the log said nothing. The portal
 * runs here against the real Keycloak with a secret that is not its client's; a person logs in on Keycloak's page,
 * is told the portal is set up wrongly, and the log says what to fix.
 */
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TestMailServer.Initializer.class, KeycloakTestServer.Initializer.class,
        KeycloakClientSecretSecurityIT.WrongSecret.class})
@ExtendWith(OutputCaptureExtension.class)
class KeycloakClientSecretSecurityIT extends BrowserTestBase {

    /** After Keycloak's own settings: the one thing wrong is the secret. */
    static class WrongSecret implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("wrongSecret",
                    Map.of("portal.keycloak.client-secret", "not-the-clients-secret")));
        }
    }

    @Test
    void aWrongClientSecretIsLoggedAsSuchAndThePersonIsToldItIsNotThem(CapturedOutput output) {
        browser.open("/");
        waitFor(By.id("username"));
        browser.type(By.id("username"), "acme.anna");
        browser.driver().findElement(By.id("kc-login")).click();
        waitFor(By.id("password"));
        browser.type(By.id("password"), DEMO_PASSWORD);
        browser.driver().findElement(By.id("kc-login")).click();

        browser.waitUntilPath("/login-refused");
        assertThat(browser.text(By.id("refusal-reason"))).contains("set up wrongly").contains("Tell your administrator");
        assertThat(output.getAll()).contains("Keycloak refused the portal's own client credentials")
                .contains("Invalid client credentials").contains("PORTAL_KEYCLOAK_CLIENT_SECRET");
    }

    private void waitFor(By element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(element));
    }
}
