package org.supplierportal.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.supplierportal.PortalApplication;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.SharedTestDatabase;

/**
 * The order-list API with one portal node and with two behind HAProxy (issue 12): two whole portal applications on
 * one PostgreSQL, HAProxy from Debian ({@code apt install haproxy}) in front with one frontend per layout, and the
 * same load as {@link ApiBenchmark} (16 clients, bearer token) through each. Prints how many requests each node
 * served, so the split is seen, not assumed. Not part of the test run; the command is in docs/benchmarks.md.
 */
class ClusterApiBenchmark {

    static final int CLIENTS = Integer.getInteger("benchmark.api.clients", 16);
    static final int REQUESTS = Integer.getInteger("benchmark.api.requests", 8000);
    static final String PATH = "/api/v1/orders?limit=50";

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private Process haproxy;

    @AfterEach
    void stopEverything() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void ordersFirstPageWithOneNodeAndWithTwoBehindHaproxy() throws Exception {
        try (SharedTestDatabase.Lease database = SharedTestDatabase.hold()) {
            ConfigurableApplicationContext a = startNode("api-node-a");
            ConfigurableApplicationContext b = startNode("api-node-b");
            int oneNode = freePort();
            int twoNodes = freePort();
            haproxy = startHaproxy(oneNode, twoNodes, port(a), port(b));
            awaitAnswer(oneNode);
            awaitAnswer(twoNodes);

            Actors actors = Actors.of(a.getBean(CurrentUsers.class), a.getBean(TenantService.class));
            String bearer = "Bearer " + new ApiCalls(twoNodes).tokenOfNewClient(actors, a.getBean(ApiClientService.class),
                    "acme-metals", EnumSet.of(ApiScope.ORDERS_READ));

            HttpLoad.run("warm-up node a", url(port(a)), bearer, CLIENTS, 1000);
            HttpLoad.run("warm-up node b", url(port(b)), bearer, CLIENTS, 1000);
            List<String> split = new ArrayList<>();
            List<HttpLoad.Run> runs = new ArrayList<>();
            for (Map.Entry<String, Integer> layout : List.of(Map.entry("one node behind HAProxy", oneNode),
                    Map.entry("two nodes behind HAProxy", twoNodes))) {
                long servedByA = served(a);
                long servedByB = served(b);
                runs.add(HttpLoad.run(layout.getKey(), url(layout.getValue()), bearer, CLIENTS, REQUESTS));
                split.add(layout.getKey() + ": node a served " + (served(a) - servedByA) + ", node b " + (served(b) - servedByB));
            }
            HttpLoad.report("GET " + PATH + ", " + CLIENTS + " concurrent clients, bearer token; " + String.join("; ", split),
                    runs, "cluster-api.md");
        }
    }

    private ConfigurableApplicationContext startNode(String id) {
        Map<String, Object> properties = Map.of(
                "server.port", "0",
                "portal.tenants.directory", "../tenants",
                "portal.b2b.sftp.root", "target/b2b",
                "portal.cluster.node-id", id,
                // One issuer for the cluster, so a token from either node is good on both.
                "portal.api.token-issuer", "http://portal.cluster.test");
        ApplicationContextInitializer<ConfigurableApplicationContext> node = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("apiNode-" + id, properties));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new SharedTestDatabase.Initializer(), node).run();
        nodes.add(context);
        return context;
    }

    private static Process startHaproxy(int oneNodePort, int twoNodesPort, int nodeA, int nodeB) throws IOException {
        Path config = Files.createTempFile("portal-haproxy", ".cfg");
        Files.writeString(config, """
                global
                    maxconn 2000
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 1m
                    timeout server 1m
                frontend one_node
                    bind 127.0.0.1:%d
                    default_backend one_node
                frontend two_nodes
                    bind 127.0.0.1:%d
                    default_backend two_nodes
                backend one_node
                    server a 127.0.0.1:%d
                backend two_nodes
                    balance leastconn
                    server a 127.0.0.1:%d
                    server b 127.0.0.1:%d
                """.formatted(oneNodePort, twoNodesPort, nodeA, nodeA, nodeB));
        return new ProcessBuilder("haproxy", "-db", "-f", config.toString()).inheritIO().start();
    }

    private static void awaitAnswer(int port) {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            await().atMost(Duration.ofMinutes(1)).ignoreExceptions()
                    .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }
    }

    /** The order-list requests the node has answered so far, from its own HTTP server metrics. */
    private static long served(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).find("http.server.requests").tag("uri", "/api/v1/orders").timers()
                .stream().mapToLong(Timer::count).sum();
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static URI url(int port) {
        return URI.create("http://127.0.0.1:" + port + PATH);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
