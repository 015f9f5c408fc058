package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.TenantId;

class IncidentReferenceCheckTest {

    static final TenantId SUPPLIER = new TenantId(UUID.randomUUID());
    static final OrderId ORDER = new OrderId(UUID.randomUUID());
    static final List<ShippableLine> PO_LINES = List.of(line(10, "BR-1"), line(20, "SH-7"));

    @Test
    void aLineOfTheSuppliersOrderGivesTheOrderAndItsPart() {
        IncidentReferenceCheck.Result result = IncidentReferenceCheck.check(draft(null, "4500001", 20, null),
                new IncidentReferenceCheck.Facts("Acme Metals", PO_LINES, false));
        assertThat(result.problems()).isEmpty();
        assertThat(result.orderId()).isEqualTo(ORDER.value());
        assertThat(result.partNumber()).isEqualTo("SH-7");
    }

    @Test
    void aPartWithoutAnOrderStandsOnItsOwn() {
        IncidentReferenceCheck.Result result = IncidentReferenceCheck.check(draft(" BR-1 ", null, null, null),
                new IncidentReferenceCheck.Facts("Acme Metals", List.of(), false));
        assertThat(result.problems()).isEmpty();
        assertThat(result.orderId()).isNull();
        assertThat(result.partNumber()).isEqualTo("BR-1");
    }

    @Test
    void anUnknownSupplierOrderLineOrAsnIsAProblemOfItsField() {
        assertThat(IncidentReferenceCheck.check(draft("BR-1", null, null, null),
                new IncidentReferenceCheck.Facts(null, List.of(), false)).problems())
                .extracting(QualityProblem::field, QualityProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("supplier", "There is no such supplier."));
        assertThat(IncidentReferenceCheck.check(draft(null, "4500009", null, "ASN0000042"),
                new IncidentReferenceCheck.Facts("Acme Metals", List.of(), false)).problems())
                .extracting(QualityProblem::message)
                .containsExactly("Acme Metals has no PO 4500009.", "Acme Metals has sent no ASN ASN0000042.");
        assertThat(IncidentReferenceCheck.check(draft(null, "4500001", 30, null),
                new IncidentReferenceCheck.Facts("Acme Metals", PO_LINES, false)).problems())
                .extracting(QualityProblem::message).containsExactly("PO 4500001 has no line 30.");
    }

    @Test
    void aPartThatIsNotTheLinesIsRefused() {
        assertThat(IncidentReferenceCheck.check(draft("BR-1", "4500001", 20, "ASN0000042"),
                new IncidentReferenceCheck.Facts("Acme Metals", PO_LINES, true)).problems())
                .extracting(QualityProblem::field, QualityProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partNumber", "Line 20 of PO 4500001 is part SH-7, not BR-1."));
    }

    private static IncidentDraft draft(String part, String po, Integer line, String asn) {
        return new IncidentDraft(SUPPLIER, Severity.MAJOR, "Burr", "Burr on bore", part, po, line, asn, null, null, null,
                Map.of());
    }

    private static ShippableLine line(int number, String part) {
        return new ShippableLine(ORDER, SUPPLIER, "4500001", "Dock 1", "TRYTON", "7", number, "l" + number, part, null,
                "Bracket", BigDecimal.TEN, null, "pcs", LineStatus.AWAITING_ANSWER, LocalDate.of(2026, 12, 1), BigDecimal.ZERO);
    }
}
