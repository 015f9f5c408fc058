package org.supplierportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.supplierportal.database.EmbeddedPostgresServer;

/**
 * One real, embedded PostgreSQL for the whole test run (one JVM), on a fresh temporary data directory, started on
 * first use. Every Spring test context of the run connects to it like to an external server: the application role
 * for the pool, the owner role for Flyway, exactly as in production.
 */
public final class SharedTestDatabase {

    private static EmbeddedPostgresServer server;
    private static Path dataDirectory;
    private static int leases;

    private SharedTestDatabase() {
    }

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            dataDirectory = createTempDirectory();
            server = EmbeddedPostgresServer.start(dataDirectory, 0);
            // For a run that never closes a context; otherwise the last context to close stops the server.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
                while (isRunning() && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                stop();
            }, "stop-test-postgres"));
        }
        return server;
    }

    private static synchronized boolean isRunning() {
        return server != null;
    }

    private static synchronized void lease() {
        leases++;
    }

    /**
     * Called as the last act of each closing Spring context (after its connection pool is closed): the server stops
     * when no context uses it any more. Stopping it earlier, from a separate JVM hook, races the contexts' own
     * shutdown, which still talks to the database.
     */
    private static synchronized void release() {
        leases--;
        if (leases <= 0) {
            stop();
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            server.close();
            deleteRecursively(dataDirectory);
            server = null;
        }
    }

    /**
     * Keeps the server and its data while the caller holds the lease: for a test that closes an application and starts
     * the next, which must find what the earlier one left (the last context to close otherwise stops the server and
     * deletes its data directory).
     */
    public static Lease hold() {
        server();
        lease();
        return SharedTestDatabase::release;
    }

    /** A hold on the shared server; closing it lets the server stop once no context uses it. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A new, empty database of the portal's owner on the shared server, for applications that must share a database
     * with each other and with no other test's application (a cluster of nodes). Returns its JDBC URL.
     */
    public static String createDatabase(String name) {
        EmbeddedPostgresServer db = server();
        String url = "jdbc:postgresql://localhost:" + db.port() + "/";
        // The embedded server's superuser, as the server itself uses it to create the portal's database.
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url + "postgres", "postgres", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + EmbeddedPostgresServer.OWNER_ROLE);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return url + name + "?reWriteBatchedInserts=true";
    }

    /** Points a Spring context at the shared server. */
    public static Map<String, Object> connectionProperties() {
        EmbeddedPostgresServer db = server();
        return Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", EmbeddedPostgresServer.APP_ROLE,
                "spring.datasource.password", EmbeddedPostgresServer.APP_ROLE,
                "spring.flyway.url", db.jdbcUrl(),
                "spring.flyway.user", EmbeddedPostgresServer.OWNER_ROLE,
                "spring.flyway.password", EmbeddedPostgresServer.OWNER_ROLE);
    }

    /** Use with {@code @ContextConfiguration(initializers = SharedTestDatabase.Initializer.class)}. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("sharedTestDatabase", connectionProperties()));
            lease();
            // Registered before any other bean, so destroyed after all of them (reverse order of registration).
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("sharedTestDatabaseLease", SharedTestDatabase::release);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("portal-test-postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless; the test run's result does not depend on it.
        }
    }
}
