package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalModuleTest;

/**
 * The quality module on its own: with the modules it uses (all of them, as shipment, against which an incident's ASN
 * is checked, needs tolerance in turn), without the screens, the web or the ERP connector. A buyer opens an
 * incident against a supplier, the supplier answers a step, and each is told to the rest of the portal by its event.
 */
@PortalModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class QualityModuleTest {

    private final QualityService quality;
    private final QualityQueries incidents;
    private final Actors actors;

    QualityModuleTest(QualityService quality, QualityQueries incidents, CurrentUsers currentUsers, TenantService tenants) {
        this.quality = quality;
        this.incidents = incidents;
        this.actors = Actors.of(currentUsers, tenants);
    }

    @Test
    void anIncidentOpenedAgainstASupplierIsAnsweredStepByStep(Scenario scenario) {
        TenantSummary supplier = onboardSupplier();
        CurrentUser buyer = actors.buyer();
        CurrentUser supplierUser = actors.supplierUser(supplier.key());

        AtomicReference<IncidentView> opened = new AtomicReference<>();
        actors.as(buyer, () -> scenario.stimulate(transactions -> quality.open(draft(supplier)))
                .andWaitForEventOfType(QualityEvents.IncidentOpened.class)
                .matching(event -> event.tenantId().equals(supplier.id()))
                .toArriveAndVerify((event, incident) -> {
                    assertThat(event.incidentNumber()).isEqualTo(incident.number());
                    assertThat(incident.steps()).extracting(StepView::status).containsOnly(StepStatus.OPEN);
                    opened.set(incident);
                }));
        UUID id = opened.get().id();

        actors.as(supplierUser, () -> scenario.stimulate(transactions -> quality.respond(id, StepKind.CONTAINMENT,
                        "Stock at our plant and in transit sorted; 12 pieces blocked."))
                .andWaitForEventOfType(QualityEvents.StepAnswered.class)
                .matching(event -> event.incidentId().equals(id))
                .toArriveAndVerify(event -> assertThat(event.kind()).isEqualTo(StepKind.CONTAINMENT)));

        IncidentView answered = actors.as(buyer, () -> incidents.find(id));
        assertThat(answered.steps()).filteredOn(step -> step.kind() == StepKind.CONTAINMENT)
                .extracting(StepView::status).containsExactly(StepStatus.SUBMITTED);
    }

    /** The services' own authorization holds in a module started without the web, as in the whole application. */
    @Test
    void aSupplierCannotOpenAnIncident() {
        TenantSummary supplier = onboardSupplier();

        assertThatThrownBy(() -> actors.as(actors.supplierUser(supplier.key()), () -> quality.open(draft(supplier))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.as(actors.buyer(), () -> incidents.search(new QualityFilter(false, false, "BR-100"))))
                .noneMatch(incident -> incident.tenantId().equals(supplier.id()));
    }

    private TenantSummary onboardSupplier() {
        String key = "module-quality-" + UUID.randomUUID().toString().substring(0, 8);
        return actors.onboard(new TenantDefinition(key, "Quality Module Supplier " + key, List.of(key.toUpperCase()),
                null, null, TenantDefinition.DEFAULT_ACKNOWLEDGMENT_DEADLINE, null, null));
    }

    private static IncidentDraft draft(TenantSummary supplier) {
        return new IncidentDraft(supplier.id(), Severity.MAJOR, "Burr on the bore",
                "Incoming inspection found a burr on the bore of 12 of 50 pieces.", "BR-100", null, null, null, "L-7",
                null, null, Map.of());
    }
}
