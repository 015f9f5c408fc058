package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.QualityWatch;
import org.supplierportal.quality.Severity;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;

/**
 * A buyer decides an answer in the inbox's decision form: what cannot be applied is said next to its field (nothing
 * is saved), and a counter-proposal that can goes to the supplier with a confirmation. A buyer who chose German reads
 * what an exception is about and why it is there in German, and what was ordered and answered in German words and
 * formats.
 */
class InboxBrowserIT extends BrowserTestBase {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    InboxQueries inbox;
    @Autowired
    Actors actors;
    @Autowired
    ChosenLanguages languages;
    @Autowired
    QualityService quality;
    @Autowired
    QualityWatch qualityWatch;
    @Autowired
    TestClock clock;

    @AfterEach
    void backToEnglishAndRealTime() {
        clock.reset();
        // Other tests log in as the buyer and read English.
        languages.forgetAll();
    }

    @Test
    void theDecisionFormShowsWhatCannotBeAppliedAtItsFieldAndConfirmsACounterProposal() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-4711", "100", "1.85", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.propose(10, null, REQUESTED.plusDays(9), null)))));
        await().atMost(Duration.ofSeconds(10)).until(() -> !actors.as(actors.buyer(), () -> inbox.ofOrder(order)).isEmpty());

        browser.logIn("buyer", DEMO_PASSWORD).open("/inbox");
        browser.type(By.cssSelector("#inbox-search input"), document.number());
        browser.waitUntilText(By.id("inbox-count"), "1 exception");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '" + document.number() + "')]"));

        browser.click(By.id("reject-exception"));
        assertThat(browser.text(By.cssSelector("#decision-note[invalid]")))
                .contains("Say why you reject the supplier's answer; the supplier sees it.");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        browser.fillDate("counter-date", yesterday).click(By.id("counter-exception"));
        assertThat(browser.text(By.cssSelector("#counter-date[invalid]"))).contains("The date " + yesterday + " is in the past.");
        assertThat(browser.findAll(By.cssSelector("#decision-note[invalid]"))).isEmpty();
        browser.screenshot(Path.of("target", "screenshots", "InboxBrowserIT-problems-at-their-fields.png"));

        browser.fillDate("counter-date", REQUESTED.plusDays(5)).fill("decision-note", "Five days later works for us")
                .click(By.id("counter-exception"));
        browser.waitUntilNotification("Counter-proposal sent to the supplier (PO " + document.number() + " · line 10).");
        browser.waitUntilText(By.id("inbox-count"), "0 exceptions");
        assertThat(actors.as(actors.buyer(), () -> inbox.ofOrder(order))).singleElement()
                .satisfies(exception -> assertThat(exception.status()).isEqualTo(ExceptionStatus.COUNTERED));
    }

    @Test
    void aBuyerWhoChoseGermanReadsAnOverdueQualityStepsSubjectAndReasonInGerman() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-" + UUID.randomUUID().toString().substring(0, 6),
                "200", "1.85", REQUESTED);
        actors.asSystem(() -> inbound.receive(document.build()));
        IncidentView incident = actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(actors.tenant("acme-metals").id(),
                Severity.CRITICAL, "Burr on bore edge", "Burrs found on 12 of 200 brackets.", null, document.number(), 10,
                null, "L-2026-11", new BigDecimal("12"), "pcs", Map.of())));
        clock.advance(Duration.ofHours(25));
        actors.asSystem(() -> qualityWatch.check());
        await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.buyer(), () -> inbox.search(new InboxFilter(
                Set.of(ExceptionType.QUALITY_STEP_OVERDUE), Set.of(), null, document.number(), false), InboxSort.OLDEST_FIRST, 0, 10)),
                found -> !found.isEmpty());

        browser.logIn("buyer", DEMO_PASSWORD).open("/account");
        browser.click(By.id("language"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='Deutsch']"));
        browser.click(By.id("save-language"));
        browser.waitUntilNotification("Gespeichert: Deutsch");
        browser.logOut().logIn("buyer", DEMO_PASSWORD).open("/inbox");
        browser.type(By.cssSelector("#inbox-search input"), document.number());
        browser.waitUntilText(By.id("inbox-count"), "1 Klärungsfall");
        String subject = "Reklamation " + incident.number() + ": Sofortmaßnahme";
        By row = By.xpath("//vaadin-grid-cell-content[contains(., '" + subject + " · Bestellung " + document.number() + "')]");
        browser.waitUntilText(row, subject);
        browser.click(row);
        browser.waitUntilText(By.id("exception-details"), "Betreff");
        assertThat(browser.text(By.id("exception-details"))).contains(subject).doesNotContain("Quality incident");
        // Why it is there, in German too: the step in German words, the due time in the German format.
        assertThat(browser.text(By.id("exception-details")))
                .containsPattern("Die Sofortmaßnahme zu " + incident.number() + " war am \\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2} fällig,"
                        + " und der Lieferant hat sie nicht beantwortet\\. Erinnern Sie den Lieferanten\\.")
                .doesNotContain("was due").doesNotContain("Remind the supplier");
        assertThat(browser.text(By.id("open-subject"))).isEqualTo("Reklamation " + incident.number() + " öffnen");
        browser.screenshot(Path.of("target", "screenshots", "InboxBrowserIT-subject-in-german.png"));
    }

    @Test
    void aBuyerWhoChoseGermanReadsWhatWasOrderedAndAnsweredInGerman() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-4711", "1200", "1.85", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.propose(10, null, REQUESTED.plusDays(9), null)))));
        await().atMost(Duration.ofSeconds(10)).until(() -> !actors.as(actors.buyer(), () -> inbox.ofOrder(order)).isEmpty());
        languages.choose("buyer", "de");

        browser.logIn("buyer", DEMO_PASSWORD).open("/inbox");
        browser.type(By.cssSelector("#inbox-search input"), document.number());
        browser.waitUntilText(By.id("inbox-count"), "1 Klärungsfall");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '" + document.number() + "')]"));
        browser.waitUntilText(By.id("exception-details"), "Bestellt");

        // The quantity with the German thousands separator, the dates and the price the German way, German words between.
        String german = "\\d{2}\\.\\d{2}\\.\\d{4}";
        assertThat(browser.text(By.id("exception-details")))
                .containsPattern("1\\.200 \\S+ zum " + german + " à 1,85 EUR")
                .doesNotContain(" on " + REQUESTED).doesNotContain(" at 1.85 EUR");
        assertThat(actors.as(actors.buyer(), () -> inbox.ofOrder(order)).getFirst().orderedSummary().english())
                .isEqualTo("1200 pcs on " + REQUESTED + " at 1.85 EUR");
        browser.screenshot(Path.of("target", "screenshots", "InboxBrowserIT-ordered-and-answered-in-german.png"));
    }
}
