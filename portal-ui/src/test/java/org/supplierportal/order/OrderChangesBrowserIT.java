package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/**
 * What the buyer changed since the supplier answered, in the supplier's language: the fields in German, the dates and
 * quantities the German way.
 */
class OrderChangesBrowserIT extends BrowserTestBase {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;
    @Autowired
    ChosenLanguages languages;

    @AfterEach
    void backToTheBrowsersLanguage() {
        languages.forgetAll();
    }

    @Test
    void theChangesSinceTheSuppliersAnswerReadInTheirLanguage() {
        TestOrders.Builder document = TestOrders.order("SUP-1001")
                .line(10, "BR-4711", "1000", "1.85", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        actors.asSystem(() -> inbound.receive(document.marker(2).line(10, "BR-4711", "1200", "1.85", REQUESTED.minusDays(5)).build()));
        languages.choose("acme.anna", "de");

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/orders/" + order);

        String banner = browser.text(By.id("changed-banner"));
        DateTimeFormatter german = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN);
        assertThat(banner).contains("Menge").contains("1.000").contains("1.200")
                .contains("Wunschtermin").contains(german.format(REQUESTED)).contains(german.format(REQUESTED.minusDays(5)))
                .doesNotContain("Quantity").doesNotContain("Requested date");
        browser.screenshot(Path.of("target", "screenshots", "order-changes-de.png"));
    }
}
