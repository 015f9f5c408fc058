package org.supplierportal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries shipped in a jar, with the portal's database and its two roles:
 * the owner (runs the Flyway migrations, owns the tables) and the application role (reads and writes rows, owns
 * nothing, so row-level security applies to it).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String OWNER_ROLE = "portal_owner";
    public static final String APP_ROLE = "portal_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server on the data directory, creating it (initdb) on first use and keeping it afterwards.
     *
     * @param port 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Spring closes the server after the connection pool; zonky's own hook would race it.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createDatabaseAndRoles();
            log.info("Embedded PostgreSQL listening on localhost:{}, data in {}", server.port(), dataDirectory.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
                    + ". If another portal is running on the same data directory, stop it or set portal.database.embedded.data-directory.", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE + "?reWriteBatchedInserts=true";
    }

    private void createDatabaseAndRoles() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            createRoleIfMissing(statement, OWNER_ROLE, "LOGIN NOSUPERUSER");
            // The application role must not own tables nor bypass row-level security.
            createRoleIfMissing(statement, APP_ROLE, "LOGIN NOSUPERUSER NOBYPASSRLS");
            if (!exists(statement, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                statement.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the portal database in the embedded PostgreSQL", e);
        }
    }

    private static void createRoleIfMissing(Statement statement, String role, String options) throws SQLException {
        if (!exists(statement, "select 1 from pg_roles where rolname = '" + role + "'")) {
            statement.execute("create role " + role + " " + options + " password '" + role + "'");
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
