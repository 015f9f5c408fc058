package org.supplierportal.tolerance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;

/**
 * An admin sets one part's limits in German: a limit the portal does not accept is refused next to its field in
 * German and saves nothing; a valid one is saved, confirmed and listed in the German number format.
 */
class PartToleranceBrowserIT extends BrowserTestBase {

    private static final String PART = "P-TOL-4711";

    @Autowired
    Actors actors;

    @Autowired

    ChosenLanguages languages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeThePartAndTheLanguage() {
        actors.asSystem(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("delete from part_tolerance where part_number = ?", PART);
        }));
        languages.forgetAll();
    }

    @Test
    void aLimitOutOfRangeIsRefusedNextToItsFieldInTheAdminsLanguageAndAValidOneIsSaved() {
        languages.choose("admin", "de");
        browser.logIn("admin", DEMO_PASSWORD).open("/admin/tolerances");
        browser.click(By.id("add-part-tolerance"));
        browser.type(By.id("part-number"), PART);
        browser.type(By.id("part-quantity-over"), "150");
        browser.click(By.id("save-part-tolerance"));

        browser.waitUntilText(By.id("part-quantity-over"), "Geben Sie einen Prozentsatz von 0 bis 100 ein.");
        browser.screenshot(Path.of("target", "screenshots", "part-tolerance-de-refused.png"));
        assertThat(saved()).isZero();

        browser.type(By.id("part-quantity-over"), "7,5");
        browser.click(By.id("save-part-tolerance"));

        browser.waitUntilNotification("Grenzen für Teil " + PART + " gespeichert");
        browser.waitUntilText(By.id("part-tolerances"), "7,5");
        assertThat(saved()).isEqualTo(1);
    }

    private int saved() {
        return actors.asSystem(() -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from part_tolerance where part_number = ?", Integer.class, PART)));
    }
}
