package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.audit.AuditRecord;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenant.ShippingRules;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalModuleTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * The shipment module on its own: with the modules it uses directly (orders, tenants, tolerances, the audit trail),
 * without the screens, the web or the ERP connector. A supplier ships an order line: the ASN is recorded and its
 * first version is told to the rest of the portal (the ERP connector takes it up from the event).
 */
@PortalModuleTest
class ShipmentModuleTest {

    private final AsnService asns;
    private final AsnQueries shipments;
    private final OrderInbound inbound;
    private final AuditLog auditLog;
    private final Actors actors;

    ShipmentModuleTest(AsnService asns, AsnQueries shipments, OrderInbound inbound, AuditLog auditLog, CurrentUsers currentUsers, TenantService tenants) {
        this.asns = asns;
        this.shipments = shipments;
        this.inbound = inbound;
        this.auditLog = auditLog;
        this.actors = Actors.of(currentUsers, tenants);
    }

    @Test
    void anAsnSentIsRecordedAndItsFirstVersionIsPublished(Scenario scenario) {
        String key = "module-shipment-" + UUID.randomUUID().toString().substring(0, 8);
        // Shipping before acknowledging: the order line can ship without the acknowledgment module.
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "Shipment Module Supplier " + key,
                List.of(key.toUpperCase()), null, null, TenantDefinition.DEFAULT_ACKNOWLEDGMENT_DEADLINE, null,
                new ShippingRules(null, null, true, null)));
        InboundResult order = actors.asSystem(() -> inbound.receive(TestOrders.order(key.toUpperCase())
                .line(10, "BR-100", "50", "4.20", LocalDate.now().plusDays(14)).build()));
        CurrentUser supplierUser = actors.supplierUser(key);
        AsnDraft draft = new AsnDraft(LocalDate.now(), LocalDate.now().plusDays(2), "DHL", "JD0001", null,
                List.of(new AsnDraft.Line(order.orderId().value(), 10, new BigDecimal("50"), "L-1", List.of())), List.of());

        actors.as(supplierUser, () -> scenario.stimulate(transactions -> asns.create(draft))
                .andWaitForEventOfType(ShipmentEvents.AsnVersionReady.class)
                .matching(event -> event.tenantId().equals(supplier.id()))
                .toArriveAndVerify((event, sent) -> {
                    assertThat(event.asnId()).isEqualTo(sent.id());
                    assertThat(event.number()).isEqualTo(sent.number());
                    assertThat(event.asnVersion()).isEqualTo(1);
                    assertThat(event.cancelled()).isFalse();
                }));

        AsnView recorded = actors.as(actors.buyer(), () -> shipments.ofOrder(order.orderId())).getFirst();
        assertThat(recorded.status()).isEqualTo(AsnStatus.SHIPPED);
        assertThat(recorded.lines()).singleElement().satisfies(line -> {
            assertThat(line.orderLineNumber()).isEqualTo(10);
            assertThat(line.quantity()).isEqualByComparingTo("50");
        });
        assertThat(actors.as(actors.buyer(), () -> auditLog.trailOf("Asn", recorded.number())))
                .extracting(AuditRecord::action).containsExactly(AuditAction.ASN_SENT);
    }
}
