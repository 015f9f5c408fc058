package org.supplierportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

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

    private SharedTestDatabase() {
    }

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            Path dataDirectory = createTempDirectory();
            server = EmbeddedPostgresServer.start(dataDirectory, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteRecursively(dataDirectory);
            }, "stop-test-postgres"));
        }
        return server;
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
