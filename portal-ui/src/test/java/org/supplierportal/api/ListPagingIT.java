package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceInbound;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;

/**
 * Walking the quality, invoice and ASN lists page by page with their cursors: page 2 and beyond hold every item once,
 * none missing, against the same list read in one go.
 */
@PortalIntegrationTest
class ListPagingIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    OrderInbound orders;
    @Autowired
    InvoiceInbound invoices;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;

    private ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(port);
    }

    @Test
    void theQualityListIsWalkedWholeByCursor() {
        String buyer = token(null, EnumSet.of(ApiScope.QUALITY_WRITE));
        String prefix = "QP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/quality-incidents", buyer, """
                    {"supplierKey": "acme-metals", "severity": "MINOR", "title": "Burrs %d", "defect": "Burrs on edges",
                     "partNumber": "%s-%d", "quantityAffected": 1, "unit": "pcs"}""".formatted(i, prefix, i),
                    java.util.Map.of()).statusCode()).isEqualTo(201);
        }

        assertWalkedWhole("/api/v1/quality-incidents?search=" + prefix, token("acme-metals", EnumSet.of(ApiScope.QUALITY_READ)), 5);
    }

    @Test
    void theInvoiceListIsWalkedWholeByCursor() {
        String prefix = "IP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (int i = 0; i < 5; i++) {
            String id = prefix + "-" + i;
            actors.asSystem(() -> invoices.receive(new InvoiceDocument("TEST", id, "SUP-1001", id, null, null, LocalDate.now(),
                    "EUR", BigDecimal.TEN, InvoiceStatus.RECEIVED, null, null, null, List.of())));
        }

        assertWalkedWhole("/api/v1/invoices?search=" + prefix, token("acme-metals", EnumSet.of(ApiScope.INVOICES_READ)), 5);
    }

    @Test
    void theAsnListIsWalkedWholeByCursor() {
        String supplier = token("acme-metals", EnumSet.of(ApiScope.ORDERS_READ, ApiScope.ASNS_WRITE));
        for (int i = 0; i < 5; i++) {
            OrderId order = committedOrder();
            assertThat(api.post("/api/v1/asns", supplier, """
                    {"shipDate": "%s", "expectedArrival": "%s", "carrier": "DHL",
                     "lines": [{"orderId": "%s", "lineNumber": 10, "quantity": 20, "lot": "L-1"}],
                     "packages": [{"type": "Carton", "grossWeightKg": 12.5, "contents": [{"line": 1, "quantity": 20}]}]}
                    """.formatted(LocalDate.now(), LocalDate.now().plusDays(1), order), java.util.Map.of()).statusCode())
                    .isEqualTo(201);
        }

        assertWalkedWhole("/api/v1/asns?", supplier, 5);
    }

    /**
     * Walks the list two at a time and compares it with the same list walked 200 at a time: the same items in the same
     * order, none twice, and at least the ones the test made.
     */
    private void assertWalkedWhole(String list, String token, int made) {
        String separator = list.endsWith("?") ? "" : "&";
        List<JsonNode> byTwo = api.walk(list + separator + "limit=2", token);
        List<String> walked = ids(byTwo);
        List<String> whole = ids(api.walk(list + separator + "limit=200", token));

        assertThat(byTwo.size()).as("pages").isGreaterThanOrEqualTo(3);
        assertThat(byTwo.subList(0, byTwo.size() - 1)).allSatisfy(page -> assertThat(page.size()).isEqualTo(2));
        assertThat(walked).hasSizeGreaterThanOrEqualTo(made).doesNotHaveDuplicates().isEqualTo(whole);
    }

    private static List<String> ids(List<JsonNode> pages) {
        return ApiCalls.values(pages, "id");
    }

    private String token(String tenantKey, Set<ApiScope> scopes) {
        return api.tokenOfNewClient(actors, clients, tenantKey, scopes);
    }

    private OrderId committedOrder() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "PG-" + UUID.randomUUID().toString().substring(0, 6),
                "20", "1.85", LocalDate.now().plusDays(10));
        OrderId order = actors.asSystem(() -> orders.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        return order;
    }
}
