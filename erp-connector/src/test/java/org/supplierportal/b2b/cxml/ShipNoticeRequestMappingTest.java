package org.supplierportal.b2b.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.b2b.MappedAsn;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnProblem;
import org.supplierportal.shipment.ShippableLineView;
import org.supplierportal.shipment.Sscc;
import org.supplierportal.tenancy.TenantId;
import org.w3c.dom.Element;

/** The corpus ShipNoticeRequest (a header-level notice for order DO1234) and item-level variants of it. */
class ShipNoticeRequestMappingTest {

    private static final OrderId ORDER = new OrderId(UUID.randomUUID());
    private static final String ITEMS = """
                <ShipNoticeItem quantity="4" lineNumber="1">
                    <UnitOfMeasure>EA</UnitOfMeasure>
                    <Packaging><PackagingCode xml:lang="en">Carton</PackagingCode>
                        <ShippingContainerSerialCode>%s</ShippingContainerSerialCode></Packaging>
                    <Batch><SupplierBatchID>LOT-77</SupplierBatchID></Batch>
                </ShipNoticeItem>
                <ShipNoticeItem quantity="2" lineNumber="3">
                    <UnitOfMeasure>EA</UnitOfMeasure>
                    <Packaging><PackagingCode xml:lang="en">Carton</PackagingCode>
                        <ShippingContainerSerialCode>%s</ShippingContainerSerialCode></Packaging>
                    <AssetInfo serialNumber="SN-1"/>
                    <AssetInfo serialNumber="SN-2"/>
                </ShipNoticeItem>
            </ShipNoticePortion>""";

    @Test
    void theCorpusNoticeIsValidAgainstTheCorpusFulfillDtd() throws Exception {
        assertThat(CxmlDocuments.dtdErrors(CxmlDocuments.text("ShipNoticeRequest.xml"))).isEmpty();
        assertThat(CxmlDocuments.dtdErrors(withItems("9", "3"))).isEmpty();
    }

    @Test
    void aPortionWithoutItemsShipsWhatIsOpenOfEveryLineOfTheOrder() throws Exception {
        Element request = request(CxmlDocuments.text("ShipNoticeRequest.xml"));

        MappedAsn result = ShipNoticeRequestMapping.toDraft(request, do1234());

        assertThat(result.problems()).isEmpty();
        AsnDraft draft = result.draft();
        assertThat(draft.shipDate()).isEqualTo(LocalDate.of(2000, 10, 14));
        assertThat(draft.expectedArrival()).isEqualTo(LocalDate.of(2000, 10, 18));
        assertThat(draft.carrier()).isEqualTo("Federal Express");
        assertThat(draft.trackingNumber()).isEqualTo("8202 8261 1194");
        assertThat(draft.lines()).containsExactly(new AsnDraft.Line(ORDER.value(), 1, new BigDecimal("10"), null, List.of()),
                new AsnDraft.Line(ORDER.value(), 2, new BigDecimal("15"), null, List.of()));
        assertThat(result.notes()).containsExactly("PO DO1234: no ShipNoticeItem, so every open line ships what is open of it");
        assertThat(ShipNoticeRequestMapping.orderNumbers(request)).containsExactly("DO1234");
        assertThat(ShipNoticeRequestMapping.shipmentId(request)).isEqualTo("S2-123");
        assertThat(ShipNoticeRequestMapping.operation(request)).isEqualTo("new");
    }

    @Test
    void itemsShipTheirLinesWithLotsSerialNumbersAndTheirPackagesSscc() throws Exception {
        String first = Sscc.nth("0614141", 11);
        String second = Sscc.nth("0614141", 12);

        MappedAsn result = ShipNoticeRequestMapping.toDraft(request(withItems(first, second)), do1234());

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().lines()).containsExactly(
                new AsnDraft.Line(ORDER.value(), 1, new BigDecimal("4"), "LOT-77", List.of()),
                new AsnDraft.Line(ORDER.value(), 3, new BigDecimal("2"), null, List.of("SN-1", "SN-2")));
        assertThat(result.draft().packages()).containsExactly(
                new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(1, new BigDecimal("4"))), first),
                new AsnDraft.Package("Carton", null, List.of(new AsnDraft.Content(2, new BigDecimal("2"))), second));
        assertThat(result.locate(new AsnProblem("lines[1].quantity", "PO DO1234 line 3: too much")))
                .isEqualTo("ShipNoticePortion 1, ShipNoticeItem 2: PO DO1234 line 3: too much");
        assertThat(result.locate(new AsnProblem("packages[0].sscc", "not an SSCC")))
                .isEqualTo("ShipNoticePortion 1, ShipNoticeItem 1, Packaging " + first + ": not an SSCC");
    }

    @Test
    void anUnknownLineIsRefusedWithItsItem() throws Exception {
        String unknown = withItems("1", "2").replace("lineNumber=\"3\"", "lineNumber=\"9\"");

        assertThat(ShipNoticeRequestMapping.toDraft(request(unknown), do1234()).problems())
                .containsExactly("ShipNoticePortion 1, ShipNoticeItem 2: PO DO1234 has no line 9");
    }

    @Test
    void anotherSuppliersOrderIsNotThere() throws Exception {
        MappedAsn result = ShipNoticeRequestMapping.toDraft(request(CxmlDocuments.text("ShipNoticeRequest.xml")), Map.of());

        assertThat(result.mapped()).isFalse();
        assertThat(result.problems()).containsExactly("ShipNoticePortion 1: PO DO1234 is not one of your orders");
    }

    private static String withItems(String firstSscc, String secondSscc) {
        return CxmlDocuments.text("ShipNoticeRequest.xml").replace("            </ShipNoticePortion>", ITEMS.formatted(firstSscc, secondSscc));
    }

    private static Element request(String document) throws Exception {
        return CxmlReader.read(document.getBytes(StandardCharsets.UTF_8)).request();
    }

    /** DO1234's lines: 10 open of line 1, 15 of line 2 (5 already on an ASN), line 3 rejected. */
    private static Map<String, List<ShippableLineView>> do1234() {
        return Map.of("DO1234", List.of(view(1, "10", "0", LineStatus.COMMITTED), view(2, "20", "5", LineStatus.COMMITTED),
                view(3, "4", "0", LineStatus.REJECTED)));
    }

    private static ShippableLineView view(int number, String quantity, String onAsns, LineStatus status) {
        ShippableLine line = new ShippableLine(ORDER, new TenantId(UUID.randomUUID()), "DO1234", "Plant 1", "TRYTON", "1", number,
                Integer.toString(number), "P-" + number, null, "item", new BigDecimal(quantity), new BigDecimal(quantity), "pcs",
                status, LocalDate.of(2000, 10, 20), BigDecimal.ZERO);
        return new ShippableLineView(line, new BigDecimal(onAsns), new BigDecimal(quantity).subtract(new BigDecimal(onAsns)));
    }
}
