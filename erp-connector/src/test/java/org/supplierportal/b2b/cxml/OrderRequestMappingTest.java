package org.supplierportal.b2b.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.tenant.CxmlCredential;
import org.w3c.dom.Element;

class OrderRequestMappingTest {

    private static final OrderRequestMapping.Parties PARTIES = new OrderRequestMapping.Parties(
            new CxmlCredential("NetworkId", "AN00000456"), "coyote-secret", new CxmlCredential("NetworkId", "AN00000123"),
            "Zinc GmbH", "Supplier portal");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 3, 0, 0, 0, ZoneOffset.UTC);

    /** The corpus OrderRequest's order DO1234 as the portal holds it (a price per 100 on line 2, a schedule). */
    private static OrderDocument do1234() {
        return new OrderDocument("TRYTON", "42", "DO1234", 1, "SUP-1", "Joe Smith", "joe@acme.example", "EUR", null, null,
                "Acme, 123 Anystreet, Sunnyvale", LocalDate.of(2000, 10, 12), List.of(
                new OrderDocument.Line(1, "1", "P-1", "1233244", "hello from item 1", new BigDecimal("10"), "pcs",
                        new BigDecimal("2.10"), BigDecimal.ONE, LocalDate.of(2020, 2, 28), List.of()),
                new OrderDocument.Line(2, "2", "P-2", "1233245", "hello from item 2 & <more>", new BigDecimal("20"), "pcs",
                        new BigDecimal("320"), new BigDecimal("100"), LocalDate.of(2020, 2, 28), List.of(
                        new OrderDocument.Schedule(new BigDecimal("12"), LocalDate.of(2020, 2, 28)),
                        new OrderDocument.Schedule(new BigDecimal("8"), LocalDate.of(2020, 3, 6))))));
    }

    @Test
    void writesAnOrderRequestValidAgainstTheCorpusCxmlDtd() throws Exception {
        String cxml = OrderRequestMapping.write(do1234(), 1, PARTIES, "p-1@supplierportal", true, NOW);

        assertThat(CxmlDocuments.dtdErrors(cxml)).isEmpty();
    }

    @Test
    void theOrderRequestReadsBackWithTheOrdersValues() throws Exception {
        String cxml = OrderRequestMapping.write(do1234(), 1, PARTIES, "p-1@supplierportal", true, NOW);

        CxmlDocument read = CxmlReader.read(cxml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.payloadId()).isEqualTo("p-1@supplierportal");
        assertThat(read.from()).isEqualTo(PARTIES.buyer());
        assertThat(read.to()).isEqualTo(PARTIES.supplier());
        assertThat(read.sharedSecret()).isEqualTo("coyote-secret");
        assertThat(read.test()).isTrue();
        Element header = CxmlReader.child(read.request(), "OrderRequestHeader").orElseThrow();
        assertThat(header.getAttribute("orderID")).isEqualTo("DO1234");
        assertThat(header.getAttribute("type")).isEqualTo("new");
        assertThat(header.getTextContent()).contains("85.00", "Zinc GmbH", "Joe Smith");
        List<Element> items = CxmlReader.children(read.request(), "ItemOut");
        assertThat(items).extracting(item -> item.getAttribute("quantity")).containsExactly("10", "20");
        assertThat(items.get(1).getAttribute("requestedDeliveryDate")).isEqualTo("2020-02-28T00:00:00Z");
        assertThat(items.get(1).getTextContent()).contains("1233245", "P-2", "3.2", "hello from item 2 & <more>", "EA");
        assertThat(CxmlReader.children(items.get(1), "ScheduleLine")).extracting(line -> line.getAttribute("quantity"))
                .containsExactly("12", "8");
    }

    @Test
    void aRevisionIsAnUpdateWithItsVersionAndTheOrderRequestItFollows() throws Exception {
        OrderDocument before = do1234();
        OrderDocument after = new OrderDocument(before.sourceSystem(), before.erpId(), before.number(), 2,
                before.supplierPartyCode(), before.buyerName(), before.buyerEmail(), "EUR", null, null, before.shipTo(),
                before.orderDate(), List.of(before.lines().get(1)));
        String cxml = OrderRequestMapping.change(org.supplierportal.b2b.OrderChange.between(before, after), 2,
                "p-1@supplierportal", PARTIES, "p-2@supplierportal", true, NOW);

        assertThat(CxmlDocuments.dtdErrors(cxml)).isEmpty();
        CxmlDocument read = CxmlReader.read(cxml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.payloadId()).isEqualTo("p-2@supplierportal");
        Element header = CxmlReader.child(read.request(), "OrderRequestHeader").orElseThrow();
        assertThat(header.getAttribute("type")).isEqualTo("update");
        assertThat(header.getAttribute("orderVersion")).isEqualTo("2");
        assertThat(CxmlReader.child(header, "DocumentReference").orElseThrow().getAttribute("payloadID"))
                .isEqualTo("p-1@supplierportal");
        assertThat(CxmlReader.children(read.request(), "ItemOut")).as("the whole order as it is now: line 1 is gone")
                .extracting(item -> item.getAttribute("lineNumber")).containsExactly("2");
    }

    @Test
    void aCancelledOrderIsADeleteWithTheLinesItHad() throws Exception {
        OrderDocument before = do1234();
        OrderDocument cancelled = new OrderDocument(before.sourceSystem(), before.erpId(), before.number(), 3,
                before.supplierPartyCode(), before.buyerName(), before.buyerEmail(), "EUR", null, null, before.shipTo(),
                before.orderDate(), List.of());
        String cxml = OrderRequestMapping.change(org.supplierportal.b2b.OrderChange.between(before, cancelled), 3,
                "p-2@supplierportal", PARTIES, "p-3@supplierportal", false, NOW);

        assertThat(CxmlDocuments.dtdErrors(cxml)).isEmpty();
        CxmlDocument read = CxmlReader.read(cxml.getBytes(StandardCharsets.UTF_8));
        assertThat(CxmlReader.child(read.request(), "OrderRequestHeader").orElseThrow().getAttribute("type")).isEqualTo("delete");
        assertThat(CxmlReader.children(read.request(), "ItemOut")).hasSize(2);
    }

    @Test
    void refusesAUnitWithoutUnCefactCode() {
        OrderDocument order = do1234();
        OrderDocument barrels = new OrderDocument(order.sourceSystem(), order.erpId(), order.number(), 1, order.supplierPartyCode(),
                null, null, "EUR", null, null, null, order.orderDate(), List.of(new OrderDocument.Line(1, "1", "P-1", null, null,
                BigDecimal.ONE, "barrel", BigDecimal.TEN, BigDecimal.ONE, LocalDate.of(2020, 2, 28), List.of())));

        assertThatThrownBy(() -> OrderRequestMapping.write(barrels, 1, PARTIES, "p-2@supplierportal", false, NOW))
                .hasMessageStartingWith("PO DO1234 line 1: the unit 'barrel' has no UN/CEFACT code");
    }

    @Test
    void theResponseIsValidCxmlWithItsStatus() throws Exception {
        String response = CxmlResponses.write(CxmlStatus.unauthorized("The shared secret is wrong"), "supplierportal", NOW);

        assertThat(CxmlDocuments.dtdErrors(response)).isEmpty();
        assertThat(response).contains("<Status code=\"401\" text=\"Unauthorized\" xml:lang=\"en\">The shared secret is wrong</Status>");
    }
}
