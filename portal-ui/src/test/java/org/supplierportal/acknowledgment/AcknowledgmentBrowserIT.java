package org.supplierportal.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.inbox.BuyerDecisions;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ChosenLanguages;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestOrders;

/**
 * The heart of the product in a real browser: a supplier acknowledges a changed order with one line inside and one
 * outside tolerance, sees the preview tell the truth and the outcome; a buyer approves the exception; the supplier
 * sees the commitment.
 */
class AcknowledgmentBrowserIT extends BrowserTestBase {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;
    @Autowired
    ChosenLanguages languages;
    @Autowired
    org.supplierportal.order.OrderQueries orders;
    @Autowired
    BuyerDecisions decisions;
    @Autowired
    InboxQueries inbox;

    @Test
    void aSupplierAcknowledgesAChangedOrderAndTheBuyerApprovesTheLineOutsideTolerance() {
        TestOrders.Builder document = TestOrders.order("SUP-1001")
                .line(10, "BR-4711", "100", "1.85", REQUESTED).line(20, "SH-2040", "40", "24.60", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10), LineAnswer.accept(20)))));
        actors.asSystem(() -> inbound.receive(document.marker(2)
                .line(10, "BR-4711", "120", "1.85", REQUESTED).line(20, "SH-2040", "40", "24.60", REQUESTED.minusDays(5)).build()));

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/orders/" + order);
        assertThat(browser.text(By.id("changed-banner"))).contains("Changed since you answered revision 1").contains("100").contains("120");
        shot("1-changed-order");

        browser.click(By.id("acknowledge")).waitUntilPath("/orders/" + order + "/acknowledge");
        browser.choose("line-10-decision", "Propose a change").fill("line-10-quantity", "125");
        browser.choose("line-20-decision", "Propose a change").fillDate("line-20-date", REQUESTED.plusDays(4));

        browser.waitUntilText(By.id("line-10-preview"), "Confirmed at once");
        browser.waitUntilText(By.id("line-20-preview"), "Goes to a buyer");
        assertThat(browser.text(By.id("line-20-preview")))
                .contains("9 days later than requested").contains("the limit is 2 days late (supplier's own limit)");
        assertThat(browser.text(By.id("outlook"))).isEqualTo("1 line confirmed at once, 1 line to the buyer.");
        shot("2-preview");

        browser.click(By.id("send-acknowledgment")).waitUntilPath("/orders/" + order);
        browser.waitUntilNotification("Acknowledgment sent: 1 line confirmed, 1 line sent to the buyer.");
        assertThat(browser.text(By.id("order-lines"))).contains("Confirmed").contains("Waiting for the buyer");
        shot("3-after-sending");

        browser.clearCookies();
        browser.logIn("buyer", DEMO_PASSWORD).open("/inbox");
        browser.type(By.cssSelector("#inbox-search input"), document.number());
        browser.waitUntilText(By.id("inbox-count"), "1 exception");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '" + document.number() + "')]"));
        browser.waitUntilText(By.id("exception-details"), "9 days later than requested");
        assertThat(browser.text(By.id("exception-details"))).contains("Acme Metals");
        shot("4-buyer-inbox");
        browser.click(By.id("approve-exception"));
        browser.waitUntilNotification("Approved");

        browser.clearCookies();
        browser.logIn("acme.anna", DEMO_PASSWORD).open("/orders/" + order);
        String lines = browser.text(By.id("order-lines"));
        assertThat(lines).doesNotContain("Waiting for the buyer").contains("proposal approved by the buyer");
        browser.click(By.xpath("//vaadin-tab[starts-with(normalize-space(.), 'History')]"));
        assertThat(browser.text(By.id("history"))).contains("The buyer approved the exception on PO " + document.number() + " line 20.")
                .contains("Revision 2 acknowledged: 1 confirmed, 1 to the buyer")
                .contains("PO " + document.number() + " line 10 confirmed within tolerance: 125 pcs on ");
        shot("5-supplier-sees-commitment");
    }

    @Test
    void anOrderAcknowledgedMeanwhileByAColleagueIsSaidSoAndItsAnswerShown() {
        OrderId order = actors.asSystem(() -> inbound.receive(TestOrders.order("SUP-1001")
                .line(10, "BR-4712", "100", "1.85", REQUESTED).build())).orderId();
        String number = actors.asSystem(() -> orders.detail(order)).summary().number();

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/orders/" + order + "/acknowledge");
        browser.choose("line-10-decision", "Accept");
        // A colleague acknowledges the same revision while Anna's form is open.
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));

        browser.click(By.id("send-acknowledgment")).waitUntilPath("/orders/" + order);
        browser.waitUntilNotification("PO " + number + " was already acknowledged meanwhile, in another tab or by a colleague.");
        assertThat(browser.text(By.id("order-lines"))).contains("Confirmed");
        shot("6-acknowledged-meanwhile");
    }

    @Test
    void theNotesUnderTheLinesAreInTheSuppliersLanguageWithNumbersHerWay() {
        OrderId order = actors.asSystem(() -> inbound.receive(TestOrders.order("SUP-1001")
                .line(10, "BR-4713", "100", "1.85", REQUESTED).line(20, "SH-2041", "40", "24.60", REQUESTED).build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.reject(10, "Nicht mehr lieferbar"),
                        LineAnswer.propose(20, new BigDecimal("1000"), null, null)))));
        // The buyer decides both, so that no exception of this order stays open in the inbox other tests search.
        ExceptionView rejection = awaitException(order, ExceptionType.SUPPLIER_REJECTED_LINE);
        ExceptionView tooMany = awaitException(order, ExceptionType.OUTSIDE_TOLERANCE);
        actors.as(actors.buyer(), () -> decisions.approve(rejection.id(), "Schade"));
        actors.as(actors.buyer(), () -> decisions.counter(tooMany.id(), new CounterProposal(new BigDecimal("1250"), null, null),
                "Geht das?"));
        languages.choose("acme.anna", "de");

        browser.logIn("acme.anna", DEMO_PASSWORD).open("/orders/" + order);
        String lines = browser.waitUntilText(By.id("order-lines"), "Einkäufer").text(By.id("order-lines"));
        assertThat(lines).contains("Der Einkäufer hat Ihrer Ablehnung zugestimmt. Die Position wird nicht geliefert."
                        + " Anmerkung des Einkäufers: „Schade“")
                .contains("Der Einkäufer schlägt andere Werte vor. Menge: 1.250 pcs. Anmerkung des Einkäufers: „Geht das?“"
                        + " Nehmen Sie den Gegenvorschlag an oder lehnen Sie ihn ab.")
                .doesNotContain("The buyer");
        shot("7-notes-in-german");

        browser.open("/orders/" + order + "/acknowledge");
        browser.waitUntilText(By.id("counter-20"), "Menge: 1.250 pcs.").click(By.id("counter-20-reject"));
        assertThat(browser.text(By.cssSelector("#counter-20-reason[invalid]")))
                .contains("Geben Sie an, warum Sie den Gegenvorschlag des Einkäufers ablehnen.");
        shot("8-counter-in-german");

        browser.open("/orders/" + order);
        browser.click(By.xpath("//vaadin-tab[starts-with(normalize-space(.), 'Verlauf')]"));
        String number = actors.asSystem(() -> orders.detail(order)).summary().number();
        assertThat(browser.waitUntilText(By.id("history"), "Bestellung " + number + " von TEST empfangen").text(By.id("history")))
                .contains("Das Portal")
                .contains("Revision 1 beantwortet: 0 bestätigt, 2 an den Einkäufer")
                .contains("Position vom Lieferanten abgelehnt zu Bestellung " + number + " Pos. 10: ")
                .contains("Antwort außerhalb der Toleranz zu Bestellung " + number + " Pos. 20: ")
                .contains("Der Einkäufer hat den Klärungsfall zu Bestellung " + number + " Pos. 10 genehmigt."
                        + " Anmerkung des Einkäufers: „Schade“")
                .contains("Der Einkäufer hat zu Bestellung " + number + " Pos. 20 einen Gegenvorschlag gemacht."
                        + " Anmerkung des Einkäufers: „Geht das?“")
                .contains("Bestellung " + number + " Pos. 20: Der Einkäufer schlägt andere Werte vor. Menge: 1.250 pcs.")
                .doesNotContain("PO " + number).doesNotContain("received from").doesNotContain("System (");
        shot("9-history-in-german");
    }

    private ExceptionView awaitException(OrderId order, ExceptionType type) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.buyer(), () -> inbox.ofOrder(order)).stream()
                        .filter(exception -> exception.type() == type && exception.status() == ExceptionStatus.OPEN).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    @org.junit.jupiter.api.AfterEach
    void forgetTheLanguage() {
        languages.forgetAll();
    }

    private void shot(String name) {
        browser.screenshot(Path.of("target", "screenshots", "acknowledgment-" + name + ".png"));
    }
}
