package org.supplierportal.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentFigures;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.ShipmentFigures;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;

/** The buyers' per-supplier figures, for a new supplier whose every answer and shipment the test makes. */
@PortalIntegrationTest
class SupplierFiguresIT {

    @Autowired
    TenantService tenants;
    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AsnService asns;
    @Autowired
    QualityService quality;
    @Autowired
    QualityQueries incidents;
    @Autowired
    AcknowledgmentFigures acknowledgmentFigures;
    @Autowired
    ShipmentFigures shipmentFigures;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void cycleTimeOnTimeRateAndOpenIncidentsAreCountedPerSupplier() {
        String key = "pf-" + UUID.randomUUID().toString().substring(0, 8);
        String party = "PF-" + key.substring(3);
        TenantSummary supplier = actors.asSystem(() -> tenants.create(new TenantDraft(key, "Figures Test " + key, List.of(party),
                "Tom Test", "tom@test.example", null, "Hamngatan 1", "411 06", "Gothenburg", "SE", null, null, null, null,
                "0614141", false, null, 2, null, null, null, null, null, null)));
        CurrentUser supplierUser = new CurrentUser(UUID.randomUUID(), key + ".user", "Figures User", supplier.id(),
                supplier.name(), EnumSet.of(Role.SUPPLIER_USER));
        Instant start = clock.instant();

        OrderId early = received(party, LocalDate.now().plusDays(5));
        OrderId late = received(party, LocalDate.now().minusDays(1));
        clock.advance(Duration.ofHours(3));
        for (OrderId order : List.of(early, late)) {
            actors.as(supplierUser, () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1, UUID.randomUUID().toString(),
                    null, List.of(LineAnswer.accept(10)))));
            actors.as(supplierUser, () -> asns.create(new AsnDraft(LocalDate.now(), LocalDate.now().plusDays(1), null, null, null,
                    List.of(new AsnDraft.Line(order.value(), 10, new BigDecimal("10"), null, List.of())), List.of())));
        }
        actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(supplier.id(), Severity.MINOR, "Scratches",
                "Scratched surfaces on 3 parts.", "PF-1", null, null, null, null, null, null, Map.of())));

        AcknowledgmentFigures.CycleTime cycle = actors.as(actors.buyer(),
                () -> acknowledgmentFigures.cycleTimesSince(start.minusSeconds(60))).get(supplier.id());
        assertThat(cycle.answered()).isEqualTo(2);
        assertThat(cycle.average()).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(1));
        ShipmentFigures.OnTime onTime = actors.as(actors.buyer(),
                () -> shipmentFigures.onTimeSince(LocalDate.now().minusDays(1))).get(supplier.id());
        assertThat(onTime).isEqualTo(new ShipmentFigures.OnTime(1, 2));
        assertThat(onTime.rate()).isEqualTo(0.5);
        assertThat(actors.as(actors.buyer(), () -> incidents.openIncidentsPerSupplier())).containsEntry(supplier.id(), 1L);
    }

    private OrderId received(String party, LocalDate requested) {
        return actors.asSystem(() -> inbound.receive(TestOrders.order(party)
                .line(10, "PF-" + UUID.randomUUID().toString().substring(0, 6), "10", "2.00", requested).build())).orderId();
    }
}
