package org.supplierportal.businessevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.Commitment;
import org.supplierportal.order.CommitmentSource;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.TenantId;

/** Which domain events leave the portal, as what, and what their data leaves out. */
class BusinessEventCatalogueTest {

    private static final TenantId SUPPLIER = new TenantId(UUID.randomUUID());
    private static final OrderId ORDER = new OrderId(UUID.randomUUID());

    @Test
    void theFirstVersionOfAnAsnIsItsSendingLaterOnesChangeOrCancelIt() {
        UUID asn = UUID.randomUUID();
        assertThat(BusinessEventCatalogue.asnType(new ShipmentEvents.AsnVersionReady(asn, SUPPLIER, "ASN-1", 1, false)))
                .isEqualTo(BusinessEventType.ASN_SENT);
        assertThat(BusinessEventCatalogue.asnType(new ShipmentEvents.AsnVersionReady(asn, SUPPLIER, "ASN-1", 2, false)))
                .isEqualTo(BusinessEventType.ASN_CHANGED);
        assertThat(BusinessEventCatalogue.asnType(new ShipmentEvents.AsnVersionReady(asn, SUPPLIER, "ASN-1", 3, true)))
                .isEqualTo(BusinessEventType.ASN_CANCELLED);
    }

    @Test
    void eachBusinessChangeIsDescribedWithItsSupplierAndDataWithoutInternalIds() {
        List<Object> events = List.of(
                new OrderEvents.PurchaseOrderReceived(ORDER, SUPPLIER, "4500017001", 1),
                new OrderEvents.PurchaseOrderRevised(ORDER, SUPPLIER, "4500017001", 2, List.of(10)),
                new OrderEvents.CommitmentMade(ORDER, SUPPLIER, "TRYTON", "erp-77", "4500017001", 1, 10, "erp-line-9",
                        "pcs", "EUR", new BigDecimal("2.50"), BigDecimal.ONE,
                        List.of(new Commitment.Delivery(new BigDecimal("10"), LocalDate.of(2026, 12, 15))),
                        CommitmentSource.WITHIN_TOLERANCE, Instant.parse("2026-11-30T10:00:00Z")),
                new AcknowledgmentEvents.LineNeedsBuyerDecision(UUID.randomUUID(), ORDER, SUPPLIER, "4500017001", 1,
                        UUID.randomUUID(), 20, "P-1", AcknowledgmentEvents.Reason.OUTSIDE_TOLERANCE, "40 pcs", "40 pcs later",
                        "9 days late, the limit is 2", List.of()),
                new AcknowledgmentEvents.BuyerDecisionApplied(UUID.randomUUID(), ORDER, SUPPLIER, 20, "APPROVED"),
                new ShipmentEvents.ReceiptMatched(SUPPLIER, "ASN-1", ORDER, "4500017001", 10, "P-1", BigDecimal.TEN,
                        BigDecimal.TEN, "pcs"),
                new ShipmentEvents.ReceiptDiffersFromAsn(SUPPLIER, "ASN-1", ORDER, "4500017001", 10, "P-1", BigDecimal.TEN,
                        BigDecimal.ONE, "pcs", BigDecimal.TEN, "shipped 10", "received 1"),
                new ShipmentEvents.ReceiptWithoutAsn(SUPPLIER, ORDER, "4500017001", 10, "P-1", BigDecimal.TEN, "pcs",
                        "NOTE-1", "no ASN"),
                new ShipmentEvents.ReceiptRejected(SUPPLIER, "TRYTON", "R-1", ORDER, "4500017001", 10, "P-1", null,
                        BigDecimal.TEN, BigDecimal.ONE, "pcs", "burr", LocalDate.of(2026, 11, 30)),
                new QualityEvents.IncidentOpened(SUPPLIER, UUID.randomUUID(), "QI-000001"),
                new QualityEvents.StepAnswered(SUPPLIER, UUID.randomUUID(), "QI-000001", StepKind.CONTAINMENT, "r"),
                new QualityEvents.IncidentClosed(SUPPLIER, UUID.randomUUID(), "QI-000001"),
                new InvoiceEvents.InvoiceStatusChanged(SUPPLIER, UUID.randomUUID(), "INV-1", ORDER, "4500017001",
                        InvoiceStatus.RECEIVED, InvoiceStatus.BLOCKED, "price variance"));

        assertThat(events).allSatisfy(event -> {
            BusinessEventCatalogue.Described described = BusinessEventCatalogue.describe(event).orElseThrow();
            assertThat(described.tenantId()).isEqualTo(SUPPLIER);
            assertThat(described.data().toString()).doesNotContain(SUPPLIER.value().toString())
                    .doesNotContain("erp-77", "erp-line-9", "TRYTON");
        });
        assertThat(events).extracting(event -> BusinessEventCatalogue.describe(event).orElseThrow().type())
                .containsExactly(BusinessEventType.ORDER_RECEIVED, BusinessEventType.ORDER_REVISED,
                        BusinessEventType.LINE_COMMITTED, BusinessEventType.LINE_SENT_TO_BUYER,
                        BusinessEventType.BUYER_DECIDED, BusinessEventType.RECEIPT_MATCHED,
                        BusinessEventType.RECEIPT_DIFFERS_FROM_ASN, BusinessEventType.RECEIPT_WITHOUT_ASN,
                        BusinessEventType.RECEIPT_REJECTED, BusinessEventType.INCIDENT_OPENED,
                        BusinessEventType.INCIDENT_STEP_ANSWERED, BusinessEventType.INCIDENT_CLOSED,
                        BusinessEventType.INVOICE_STATUS_CHANGED);
    }

    @Test
    void theBuyersWorkListStaysInsideThePortal() {
        assertThat(BusinessEventCatalogue.isExternal(new OrderEvents.OrderAnswered(ORDER, SUPPLIER, 1))).isFalse();
        assertThat(BusinessEventCatalogue.isExternal(new OrderEvents.AcknowledgmentOverdue(ORDER, SUPPLIER, "4500017001", 1,
                Instant.now(), "late"))).isFalse();
        assertThat(BusinessEventCatalogue.isExternal(new InvoiceEvents.InvoiceUnblocked(SUPPLIER, UUID.randomUUID(), "INV-1",
                InvoiceStatus.APPROVED, "cleared"))).isFalse();
        assertThat(BusinessEventCatalogue.isExternal("a string")).isFalse();
    }

    @Test
    void theAsyncApiDocumentDescribesEveryType() throws IOException {
        String document;
        try (InputStream in = getClass().getResourceAsStream("/businessevents/asyncapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(document).startsWith("#").contains("asyncapi: 3.0.0");
        assertThat(Arrays.stream(BusinessEventType.values()).map(type -> "name: " + type.wireName()))
                .allSatisfy(name -> assertThat(document).contains(name));
    }
}
