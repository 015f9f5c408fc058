package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.apiclient.CreatedApiClient;
import org.supplierportal.apiclient.InvalidApiClientException;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;

/**
 * Systems calling the API with an API client's token (OAuth2 client credentials): a supplier's client sees its
 * supplier only and does only what its scopes allow; revoked and expired clients are refused at their next call.
 */
@PortalIntegrationTest
class ApiClientTokensIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    private ApiCalls api;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAcmeTokenSeesOnlyAcmeAndOnlyWithItsScopes() {
        api = new ApiCalls(port);
        TestOrders.Builder acme = document("SUP-1001");
        TestOrders.Builder nordic = document("SUP-2002");
        OrderId acmeOrder = receive(acme);
        OrderId nordicOrder = receive(nordic);
        CreatedApiClient erp = create("acme-metals", EnumSet.of(ApiScope.ORDERS_READ));

        String token = api.token(erp.client().clientId(), erp.secret(), null);

        JsonNode claims = ApiCalls.claims(token);
        assertThat(claims.get("tenant").asString()).isEqualTo("acme-metals");
        assertThat(texts(claims.get("scope"))).containsExactly("orders:read");
        assertThat(claims.get("sub").asString()).isEqualTo(erp.client().clientId());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600);
        HttpResponse<String> list = api.get("/api/v1/orders?q=" + acme.number(), token);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(ApiCalls.json(list).findValuesAsString("id")).containsExactly(acmeOrder.toString());
        assertThat(ApiCalls.json(api.get("/api/v1/orders?q=" + nordic.number(), token)).findValuesAsString("id")).isEmpty();
        assertThat(api.get("/api/v1/orders/" + acmeOrder, token).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + nordicOrder, token).statusCode()).isEqualTo(404);

        HttpResponse<String> invoices = api.get("/api/v1/invoices", token);
        assertThat(invoices.statusCode()).isEqualTo(403);
        assertThat(invoices.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(texts(ApiCalls.json(invoices).get("requiredScopes"))).containsExactly("invoices:read");
        assertThat(api.post("/api/v1/asns", token, "{}", Map.of()).statusCode()).isEqualTo(403);

        HttpResponse<String> beyondItsScopes = api.tokenResponse(erp.client().clientId(), erp.secret(), "invoices:read");
        assertThat(beyondItsScopes.statusCode()).isEqualTo(400);
        assertThat(beyondItsScopes.body()).contains("invalid_scope");
        assertThat(api.tokenResponse(erp.client().clientId(), "not-the-secret", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenAsksForSomeOfItsClientsScopes() {
        api = new ApiCalls(port);
        CreatedApiClient erp = create("acme-metals", EnumSet.of(ApiScope.ORDERS_READ, ApiScope.INVOICES_READ));

        String narrow = api.token(erp.client().clientId(), erp.secret(), "invoices:read");

        assertThat(api.get("/api/v1/invoices", narrow).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders", narrow).statusCode()).isEqualTo(403);
    }

    @Test
    void aRevokedClientIsRefusedAtItsNextCall() {
        api = new ApiCalls(port);
        CreatedApiClient erp = create("acme-metals", EnumSet.of(ApiScope.ORDERS_READ));
        String token = api.token(erp.client().clientId(), erp.secret(), null);
        assertThat(api.get("/api/v1/orders", token).statusCode()).isEqualTo(200);

        actors.as(actors.supplierAdmin("acme-metals"), () -> clients.revoke(erp.client().id()));

        HttpResponse<String> refused = api.get("/api/v1/orders", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(ApiCalls.json(refused).get("detail").asString()).contains("revoked");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
        assertThat(api.tokenResponse(erp.client().clientId(), erp.secret(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredClientIsRefused() {
        api = new ApiCalls(port);
        CreatedApiClient erp = actors.as(actors.admin(), () -> clients.create(new ApiClientDraft("Short-lived ERP",
                actors.tenant("acme-metals").id(), EnumSet.of(ApiScope.ORDERS_READ), clock.instant().plus(Duration.ofHours(1)))));
        String token = api.token(erp.client().clientId(), erp.secret(), null);
        assertThat(api.get("/api/v1/orders", token).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(2));

        HttpResponse<String> refused = api.get("/api/v1/orders", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(ApiCalls.json(refused).get("detail").asString()).contains("expired");
        assertThat(api.tokenResponse(erp.client().clientId(), erp.secret(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void buyerOperationsRefuseASuppliersToken() {
        api = new ApiCalls(port);
        CreatedApiClient supplier = create("acme-metals", EnumSet.of(ApiScope.QUALITY_READ, ApiScope.QUALITY_WRITE));
        String incident = """
                {"supplierKey": "acme-metals", "severity": "MINOR", "title": "Scratches", "defect": "Scratched surface",
                 "partNumber": "BR-1", "quantityAffected": 5, "unit": "pcs"}""";

        HttpResponse<String> refused = api.post("/api/v1/quality-incidents", api.token(supplier.client().clientId(),
                supplier.secret(), null), incident, Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiCalls.json(refused).get("title").asString()).isEqualTo("Not allowed for your role");
        CreatedApiClient buyerSide = create(null, EnumSet.of(ApiScope.QUALITY_WRITE, ApiScope.QUALITY_READ, ApiScope.INBOX_READ));
        String buyerToken = api.token(buyerSide.client().clientId(), buyerSide.secret(), null);
        assertThat(ApiCalls.claims(buyerToken).has("tenant")).isFalse();
        assertThat(api.post("/api/v1/quality-incidents", buyerToken, incident, Map.of()).statusCode()).isEqualTo(201);
        assertThatThrownBy(() -> create("acme-metals", EnumSet.of(ApiScope.ORDERS_READ, ApiScope.INBOX_WRITE)))
                .isInstanceOf(InvalidApiClientException.class).hasMessageContaining("inbox:write");
    }

    @Test
    void aSupplierAdministratorManagesTheirOwnCompanysClientsOnly() {
        var acmeAdmin = actors.supplierAdmin("acme-metals");
        var draftForNordic = new ApiClientDraft("Nordic ERP", actors.tenant("nordic-plastics").id(),
                Set.of(ApiScope.ORDERS_READ), clock.instant().plus(Duration.ofDays(30)));
        var buyerSide = new ApiClientDraft("Middleware", null, Set.of(ApiScope.INBOX_READ), clock.instant().plus(Duration.ofDays(30)));
        CreatedApiClient nordic = create("nordic-plastics", EnumSet.of(ApiScope.ORDERS_READ));

        assertThatThrownBy(() -> actors.as(acmeAdmin, () -> clients.create(draftForNordic))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as(acmeAdmin, () -> clients.create(buyerSide))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.as(acmeAdmin, () -> clients.revoke(nordic.client().id())))
                .hasMessageContaining("no API client");
        CreatedApiClient own = actors.as(acmeAdmin, () -> clients.create(new ApiClientDraft("Acme ERP",
                actors.tenant("acme-metals").id(), Set.of(ApiScope.ASNS_WRITE), clock.instant().plus(Duration.ofDays(30)))));
        assertThat(actors.as(acmeAdmin, () -> clients.listMyCompany())).extracting(view -> view.id())
                .contains(own.client().id()).doesNotContain(nordic.client().id());
        assertThat(actors.as(actors.supplierAdmin("nordic-plastics"), () -> clients.listMyCompany()))
                .extracting(view -> view.id()).doesNotContain(own.client().id());
    }

    private CreatedApiClient create(String tenantKey, Set<ApiScope> scopes) {
        return actors.as(actors.admin(), () -> clients.create(new ApiClientDraft("ERP " + UUID.randomUUID().toString().substring(0, 6),
                tenantKey == null ? null : actors.tenant(tenantKey).id(), scopes,
                clock.instant().plus(365, ChronoUnit.DAYS))));
    }

    private static TestOrders.Builder document(String partyCode) {
        return TestOrders.order(partyCode).line(10, "BR-" + UUID.randomUUID().toString().substring(0, 4), "20", "1.85",
                LocalDate.now().plusDays(10));
    }

    private OrderId receive(TestOrders.Builder document) {
        return actors.asSystem(() -> inbound.receive(document.build())).orderId();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
