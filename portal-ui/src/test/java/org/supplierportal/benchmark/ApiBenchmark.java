package org.supplierportal.benchmark;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.apiclient.CreatedApiClient;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;

/**
 * The API under concurrent load: {@code GET /api/v1/orders} (first page, 50 orders of the demo supplier Acme) from
 * 16 clients at once, for a fixed number of requests, with an API client's bearer token and, for comparison, with
 * HTTP Basic. Not part of the test run (its name ends in neither Test nor IT); run it with the command in
 * docs/benchmarks.md. Prints the figures and writes them to portal-ui/target/benchmarks/api.md. The Basic allowance
 * per login is lifted here: the benchmark measures what a call costs, not the limit.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.login.max-basic-calls-per-account=1000000",
        "portal.login.max-basic-calls-per-address=1000000"})
class ApiBenchmark {

    static final int CLIENTS = Integer.getInteger("benchmark.api.clients", 16);
    static final int BEARER_REQUESTS = Integer.getInteger("benchmark.api.requests", 8000);
    static final int BASIC_REQUESTS = Integer.getInteger("benchmark.api.basic-requests", 400);
    static final String PATH = "/api/v1/orders?limit=50";

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    @Test
    void ordersFirstPageWithBearerTokensAndWithBasic() throws Exception {
        CreatedApiClient erp = actors.as(actors.admin(), () -> clients.create(new ApiClientDraft("Benchmark ERP",
                actors.tenant("acme-metals").id(), EnumSet.of(ApiScope.ORDERS_READ), clock.instant().plus(1, ChronoUnit.DAYS))));
        String bearer = "Bearer " + new ApiCalls(port).token(erp.client().clientId(), erp.secret(), null);
        String basic = "Basic " + Base64.getEncoder().encodeToString("acme.anna:demo123".getBytes(StandardCharsets.UTF_8));

        run("warm-up (bearer)", bearer, 1000);
        run("warm-up (Basic)", basic, 50);
        List<HttpLoad.Run> runs = List.of(run("bearer token, 16 clients", bearer, BEARER_REQUESTS),
                run("HTTP Basic, 16 clients", basic, BASIC_REQUESTS));

        HttpLoad.report("GET " + PATH + ", " + CLIENTS + " concurrent clients", runs, "api.md");
    }

    private HttpLoad.Run run(String name, String authorization, int requests) throws InterruptedException {
        return HttpLoad.run(name, URI.create("http://localhost:" + port + PATH), authorization, CLIENTS, requests);
    }
}
