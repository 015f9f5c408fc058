package org.supplierportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;
import org.supplierportal.database.EmbeddedPostgresServer;

/**
 * A PostgreSQL of a migration test's own, migrated step by step with the real migrations: up to the version before the
 * one tested, rows written as they were then, then the migration under test. Connections are the owner's, which the
 * row-level security policy binds too: a test sets {@code app.all_tenants} in its transaction to see every supplier's rows.
 */
public final class MigrationDatabase implements AutoCloseable {

    private static final String OWNER = EmbeddedPostgresServer.OWNER_ROLE;

    private final Path dataDirectory;
    private final EmbeddedPostgresServer server;

    private MigrationDatabase(Path dataDirectory, EmbeddedPostgresServer server) {
        this.dataDirectory = dataDirectory;
        this.server = server;
    }

    public static MigrationDatabase start(String name) throws IOException {
        Path dataDirectory = Files.createTempDirectory(name);
        return new MigrationDatabase(dataDirectory, EmbeddedPostgresServer.start(dataDirectory, 0));
    }

    public void migrateTo(String version) {
        Flyway.configure().dataSource(server.jdbcUrl(), OWNER, OWNER).locations("classpath:db/migration")
                .placeholders(Map.of("app_role", EmbeddedPostgresServer.APP_ROLE)).target(version).load().migrate();
    }

    public Connection owner() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), OWNER, OWNER);
    }

    @Override
    public void close() throws IOException {
        server.close();
        FileSystemUtils.deleteRecursively(dataDirectory);
    }
}
