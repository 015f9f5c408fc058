package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.audit.AuditRecord;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.TestOrders;

/**
 * The inbox on its own: its beans and those of the modules whose components it uses, directly or through them
 * (acknowledgment, order, tenant, audit, tenancy; tolerance, because the acknowledgment module's service judges
 * answers by it), without Vaadin (its auto-configuration would want a web application) and without a web server,
 * against the run's real PostgreSQL. The events come as the shipment,
 * quality, invoice and order modules publish them (those modules' own beans are not started); the inbox raises and
 * resolves its exceptions after each event's transaction commits, on another thread, as the system. That last part
 * is what row-level security checks here: a listener whose transaction began before the system was set would see
 * no supplier's rows and could write none.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.NONE)
@ContextConfiguration(initializers = SharedTestDatabase.Initializer.class)
@TestPropertySource(properties = {
        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig",
        // A second application on the run's shared database: it leaves the other contexts' outstanding events and
        // overdue orders to them, and closes when done (@DirtiesContext), so none of its listeners lingers.
        "spring.modulith.events.republish-outstanding-events-on-restart=false",
        "portal.acknowledgments.overdue-check-interval=P3650D"})
@DirtiesContext
class InboxModuleTest {

    private static final String SYSTEM_ACTOR = "System (buyer inbox)";

    private final InboxQueries inbox;
    private final TenantService tenants;
    private final OrderInbound orders;
    private final AuditLog auditLog;
    private final CurrentUsers currentUsers;
    private TenantSummary supplier;

    InboxModuleTest(InboxQueries inbox, TenantService tenants, OrderInbound orders, AuditLog auditLog,
                    CurrentUsers currentUsers) {
        this.inbox = inbox;
        this.tenants = tenants;
        this.orders = orders;
        this.auditLog = auditLog;
        this.currentUsers = currentUsers;
    }

    @BeforeAll
    void aSupplier() {
        String key = "inbox-" + UUID.randomUUID().toString().substring(0, 8);
        supplier = asSystem(() -> tenants.create(new TenantDraft(key, "Inbox Test " + key, List.of(key.toUpperCase()),
                null, null, null, null, null, null, null, null, null, null, null, null, false, null, 2,
                null, null, null, null, null, null)));
    }

    @Test
    void aBlockedInvoiceIsRaisedInTheInvoicesWordsAndResolvesItselfWhenTheInvoiceMovesOn(Scenario scenario) {
        UUID invoiceId = UUID.randomUUID();
        String link = "invoices/" + invoiceId;

        scenario.publish(new InvoiceEvents.InvoiceBlocked(supplier.id(), invoiceId, "INV-77", null, null,
                        new BigDecimal("210.00"), "EUR", "Price 2.10 over the agreed 1.85.",
                        "Invoiced 210 EUR", "Price 2.10 over the agreed 1.85. Clear it or release it."))
                .andWaitForStateChange(() -> about(link))
                .andVerify(raised -> {
                    ExceptionView exception = raised.orElseThrow();
                    assertThat(exception.type()).isEqualTo(ExceptionType.INVOICE_BLOCKED);
                    assertThat(exception.status()).isEqualTo(ExceptionStatus.OPEN);
                    assertThat(exception.supplierName()).isEqualTo(supplier.name());
                    assertThat(exception.subject()).isEqualTo(new ExceptionSubject(SubjectKind.INVOICE, List.of("INV-77")));
                    assertThat(exception.subject().english()).isEqualTo("Invoice INV-77");
                    assertThat(exception.orderedSummary().english()).isEqualTo("Invoiced 210 EUR");
                    assertThat(exception.reason()).isEqualTo(ExceptionReason.invoiceBlocked("Price 2.10 over the agreed 1.85."));
                    assertThat(exception.rule()).isEqualTo("Price 2.10 over the agreed 1.85. Clear the variance with the"
                            + " supplier (credit note, corrected invoice) or release it.");
                    assertThat(exception.orderId()).isNull();
                });
        assertThat(asSystem(() -> auditLog.trailOf("Invoice", "INV-77"))).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(SYSTEM_ACTOR);
            assertThat(entry.summary()).isEqualTo("Invoice INV-77 blocked: Price 2.10 over the agreed 1.85.");
        });

        scenario.publish(new InvoiceEvents.InvoiceUnblocked(supplier.id(), invoiceId, "INV-77", InvoiceStatus.APPROVED,
                        "The invoice is now approved."))
                .andWaitForStateChange(() -> about(link), found -> found.orElseThrow().status() == ExceptionStatus.RESOLVED)
                .andVerify(resolved -> {
                    assertThat(resolved.orElseThrow().decisionNote()).isEqualTo("The invoice is now approved for payment.");
                    assertThat(resolved.orElseThrow().resolution()).isEqualTo(ExceptionReason.invoiceMovedOn(InvoiceStatus.APPROVED));
                    assertThat(resolved.orElseThrow().decidedBy()).isEqualTo("System");
                });
    }

    @Test
    void anOverdueQualityStepIsRaisedByItsSubjectAndResolvedWhenTheSupplierAnswersIt(Scenario scenario) {
        UUID incidentId = UUID.randomUUID();

        scenario.publish(new QualityEvents.StepOverdue(supplier.id(), incidentId, "QI-9", StepKind.CONTAINMENT,
                        Instant.parse("2026-11-30T12:00:00Z"), null, null, "P-1", "Cracked housings",
                        "The containment of QI-9 was due 30 November 2026, 12:00 UTC and the supplier has not answered it."))
                .andWaitForStateChange(() -> about("quality/" + incidentId))
                .andVerify(raised -> {
                    assertThat(raised.orElseThrow().type()).isEqualTo(ExceptionType.QUALITY_STEP_OVERDUE);
                    assertThat(raised.orElseThrow().subject())
                            .isEqualTo(new ExceptionSubject(SubjectKind.QUALITY_STEP, List.of("QI-9", "CONTAINMENT")));
                    assertThat(raised.orElseThrow().orderedSummary().english()).isEqualTo("Cracked housings");
                });

        scenario.publish(new QualityEvents.StepAnswered(supplier.id(), incidentId, "QI-9", StepKind.CONTAINMENT,
                        "The supplier answered the containment."))
                .andWaitForStateChange(() -> about("quality/" + incidentId),
                        found -> found.orElseThrow().status() == ExceptionStatus.RESOLVED)
                .andVerify(resolved -> assertThat(resolved.orElseThrow().decisionNote())
                        .isEqualTo("The supplier answered the containment."));
    }

    @Test
    void anOverdueShipmentIsRaisedOnTheOrdersCurrentRevisionAndSupersededWhenTheOrderChanges(Scenario scenario) {
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().getFirst())
                .line(10, "P-10", "40", "9", LocalDate.now().plusDays(20));
        OrderId order = asSystem(() -> orders.receive(document.build())).orderId();

        scenario.publish(new ShipmentEvents.ShipmentOverdue(supplier.id(), order, document.number(), 10, "P-10",
                        LocalDate.now().minusDays(3), new BigDecimal("40"), "pcs", "Committed 40 pcs by then",
                        "Nothing of it was shipped."))
                .andWaitForStateChange(() -> asSystem(() -> inbox.ofOrder(order)))
                .andVerify(raised -> assertThat(raised).singleElement().satisfies(exception -> {
                    assertThat(exception.type()).isEqualTo(ExceptionType.SHIPMENT_OVERDUE);
                    assertThat(exception.orderRevision()).isEqualTo(1);
                    assertThat(exception.lineNumber()).isEqualTo(10);
                    assertThat(exception.orderedSummary().english()).isEqualTo("Committed 40 pcs by then");
                    assertThat(exception.rule()).isEqualTo("The supplier committed this line for " + LocalDate.now().minusDays(3)
                            + " and has shipped nothing of it (no ASN, nothing received).");
                }));
        assertThat(asSystem(() -> auditLog.trailOf("PurchaseOrder", order.toString())))
                .filteredOn(entry -> entry.actor().equals(SYSTEM_ACTOR)).extracting(AuditRecord::summary)
                .containsExactly("Shipment overdue on PO " + document.number() + " line 10: The supplier committed this line for "
                        + LocalDate.now().minusDays(3) + " and has shipped nothing of it (no ASN, nothing received).");

        scenario.publish(new OrderEvents.PurchaseOrderRevised(order, supplier.id(), document.number(), 2, List.of(10)))
                .andWaitForStateChange(() -> asSystem(() -> inbox.ofOrder(order)),
                        found -> found.getFirst().status() == ExceptionStatus.RESOLVED)
                .andVerify(resolved -> assertThat(resolved.getFirst().decisionNote())
                        .isEqualTo("Superseded: the order changed in revision 2."));
    }

    private Optional<ExceptionView> about(String subjectLink) {
        return asSystem(() -> inbox.search(new InboxFilter(null, null, supplier.id(), null, false), InboxSort.NEWEST_FIRST, 0, 50))
                .stream().filter(exception -> subjectLink.equals(exception.subjectLink())).findFirst();
    }

    private <T> T asSystem(Supplier<T> work) {
        return currentUsers.runAsSystem("test", work);
    }
}
