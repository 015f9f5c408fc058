package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenancy.TenantId;

/** The step state machine of an incident: open -> submitted -> returned -> submitted -> accepted; closed when all are. */
class QualityIncidentTest {

    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void everyStepStartsWaitingForTheSupplierWithItsDueDate() {
        QualityIncident incident = incident();
        IncidentView view = incident.view("Acme", List.of());
        assertThat(view.steps()).extracting(StepView::kind).containsExactly(StepKind.values());
        assertThat(view.steps()).extracting(StepView::status).containsOnly(StepStatus.OPEN);
        assertThat(view.step(StepKind.CONTAINMENT).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(view.nextDueStep()).map(StepView::kind).contains(StepKind.CONTAINMENT);
        assertThat(view.turn()).isEqualTo(IncidentView.Turn.SUPPLIER);
    }

    @Test
    void aReturnedStepIsAnsweredAgainAndCountsItsRounds() {
        QualityIncident incident = incident();
        incident.respond(StepKind.CONTAINMENT, " Sorted. ", "Anna", NOW);
        assertThat(incident.view("Acme", List.of()).turn()).isEqualTo(IncidentView.Turn.BUYER);
        incident.review(StepKind.CONTAINMENT, false, "Also the goods in transit", "Bea", NOW);
        StepView returned = incident.view("Acme", List.of()).step(StepKind.CONTAINMENT);
        assertThat(returned.status()).isEqualTo(StepStatus.RETURNED);
        assertThat(returned.response()).isEqualTo("Sorted.");
        assertThat(returned.isOverdue(NOW.plus(Duration.ofHours(25)))).isTrue();

        incident.respond(StepKind.CONTAINMENT, "Sorted, transit too.", "Anna", NOW);
        StepView again = incident.view("Acme", List.of()).step(StepKind.CONTAINMENT);
        assertThat(again.status()).isEqualTo(StepStatus.SUBMITTED);
        assertThat(again.rounds()).isEqualTo(2);
        assertThat(again.isOverdue(NOW.plus(Duration.ofHours(25)))).as("answered: the buyer's turn, not late").isFalse();
    }

    @Test
    void theIncidentClosesWhenTheLastStepIsAccepted() {
        QualityIncident incident = incident();
        for (StepKind kind : StepKind.values()) {
            incident.respond(kind, "Done: " + kind.label(), "Anna", NOW);
            boolean closed = incident.review(kind, true, null, "Bea", NOW.plusSeconds(60));
            assertThat(closed).isEqualTo(kind == StepKind.PREVENTIVE_ACTION);
        }
        IncidentView view = incident.view("Acme", List.of());
        assertThat(view.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(view.closedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(view.turn()).isEqualTo(IncidentView.Turn.NOBODY);
        assertThat(view.nextDueStep()).isEmpty();
    }

    private static QualityIncident incident() {
        IncidentDraft draft = new IncidentDraft(new TenantId(UUID.randomUUID()), Severity.CRITICAL, "Burr", "Burr on bore",
                "BR-1", null, null, null, null, null, null, Map.of());
        return QualityIncident.open("QI-000001", draft, null, "BR-1", IncidentSource.BUYER,
                new QualityDeadlines(Map.of()).dueDates(Severity.CRITICAL, NOW), "Bea", NOW);
    }
}
