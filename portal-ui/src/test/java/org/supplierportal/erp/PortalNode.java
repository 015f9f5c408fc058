package org.supplierportal.erp;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.supplierportal.PortalApplication;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * One portal node of a cluster in the test JVM: a whole application of its own (own node id, own scheduler, own
 * connection pool) on the run's shared PostgreSQL, talking to Tryton through its own {@link TrytonRelay}, with the
 * imports on a one-second schedule. Closing it stops the node as a shutdown of its JVM would.
 */
record PortalNode(String id, TrytonRelay relay, ConfigurableApplicationContext context) implements AutoCloseable {

    static PortalNode start(String id, TrytonRelay relay, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "portal.tenants.directory", "../tenants",
                "portal.cluster.node-id", id,
                "portal.erp.tryton.url", relay.url(),
                "portal.erp.schedules-enabled", "true",
                "portal.erp.order-import-interval", "PT1S",
                // Only the order import and the outbound sweep take part; the other jobs stay out of the way.
                "portal.erp.receipt-import-interval", "PT1H",
                "portal.erp.invoice-import-interval", "PT1H"));
        properties.putAll(settings);
        // Over the test Tryton's settings (which point at Tryton itself and leave the schedules off).
        ApplicationContextInitializer<ConfigurableApplicationContext> node = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("portalNode-" + id, properties));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new SharedTestDatabase.Initializer(), new TrytonTestServer.Initializer(), node)
                .run();
        return new PortalNode(id, relay, context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Actors actors() {
        return Actors.of(bean(CurrentUsers.class), bean(TenantService.class));
    }

    boolean running() {
        return context.isActive();
    }

    @Override
    public void close() {
        context.close();
    }
}
