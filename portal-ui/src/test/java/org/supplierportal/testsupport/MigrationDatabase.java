package org.supplierportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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

    /**
     * Writes the supplier Acme Metals, as every version of the schema has it, in the connection's transaction, and
     * lets that transaction see every supplier's rows (app.all_tenants). Returns its id.
     */
    public static UUID acme(Connection connection) throws SQLException {
        UUID tenant = UUID.randomUUID();
        try (Statement statement = connection.createStatement()) {
            statement.execute("select set_config('app.all_tenants', 'on', true)");
            statement.execute("insert into tenant (id, key, name, source, created_at, updated_at) values ('" + tenant
                    + "', 'acme', 'Acme Metals', 'UI', now(), now())");
        }
        return tenant;
    }

    /** One row's value, read from its result set. */
    @FunctionalInterface
    public interface RowValue<T> {
        T of(ResultSet row) throws SQLException;
    }

    /**
     * Every row a query returns, by its {@code id} column, as the owner seeing every supplier's rows: how a migration
     * test reads what the migration made of the rows it wrote.
     */
    public <T> Map<UUID, T> rowsById(String query, RowValue<T> value) throws SQLException {
        Map<UUID, T> rows = new HashMap<>();
        try (Connection connection = owner()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('app.all_tenants', 'on', true)");
                try (ResultSet row = statement.executeQuery(query)) {
                    while (row.next()) {
                        rows.put(row.getObject("id", UUID.class), value.of(row));
                    }
                }
            }
            connection.commit();
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        server.close();
        FileSystemUtils.deleteRecursively(dataDirectory);
    }
}
