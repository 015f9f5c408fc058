package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.supplierportal.testsupport.MigrationDatabase;

/**
 * V38 turns the subjects stored as English words into a kind with values: the two wordings the portal wrote become
 * a quality step and an invoice; anything else keeps its text. Runs the real migrations on a PostgreSQL of its own,
 * up to V37, writes rows as they were, then migrates to V38.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExceptionSubjectMigrationIT {

    private MigrationDatabase database;

    @BeforeAll
    void startDatabase() throws IOException {
        database = MigrationDatabase.start("subject-migration");
    }

    @AfterAll
    void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void theSubjectsThePortalWroteBecomeKindsWithValuesAndOthersKeepTheirText() throws SQLException {
        database.migrateTo("37");
        UUID tenant = UUID.randomUUID();
        UUID quality = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID onOrderLine = UUID.randomUUID();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('app.all_tenants', 'on', true)");
                statement.execute("insert into tenant (id, key, name, source, created_at, updated_at) values ('" + tenant
                        + "', 'acme', 'Acme Metals', 'UI', now(), now())");
                insert(statement, quality, tenant, "QUALITY_STEP_OVERDUE", "'Quality incident QI-000012: corrective action'");
                insert(statement, invoice, tenant, "INVOICE_BLOCKED", "'Invoice INV-2026: 77'");
                insert(statement, other, tenant, "QUALITY_STEP_OVERDUE", "'Quality incident QI-1: inspection'");
                insert(statement, onOrderLine, tenant, "SHIPMENT_OVERDUE", "null");
            }
            connection.commit();
        }

        database.migrateTo("38");

        Map<UUID, List<String>> subjects = subjects();
        assertThat(subjects.get(quality)).containsExactly("QUALITY_STEP", "QI-000012", "CORRECTIVE_ACTION");
        assertThat(subjects.get(invoice)).containsExactly("INVOICE", "INV-2026: 77");
        assertThat(subjects.get(other)).containsExactly("TEXT", "Quality incident QI-1: inspection");
        assertThat(subjects.get(onOrderLine)).isEmpty();
        // Each reads as a subject the portal knows.
        assertThat(new ExceptionSubject(SubjectKind.QUALITY_STEP, subjects.get(quality).subList(1, 3)).english())
                .isEqualTo("Quality incident QI-000012: corrective action");
    }

    private static void insert(Statement statement, UUID id, UUID tenant, String type, String subject) throws SQLException {
        statement.execute("insert into buyer_exception (id, tenant_id, type, status, supplier_name, rule, raised_at, due_at,"
                + " subject) values ('" + id + "', '" + tenant + "', '" + type + "', 'OPEN', 'Acme Metals', 'why', now(), now(), "
                + subject + ")");
    }

    /** Each exception's subject kind followed by its values; empty for none. */
    private Map<UUID, List<String>> subjects() throws SQLException {
        Map<UUID, List<String>> subjects = new java.util.HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('app.all_tenants', 'on', true)");
                try (var rows = statement.executeQuery("select id, subject_kind, subject_values from buyer_exception")) {
                    while (rows.next()) {
                        List<String> subject = new java.util.ArrayList<>();
                        if (rows.getString("subject_kind") != null) {
                            subject.add(rows.getString("subject_kind"));
                            subject.addAll(Arrays.asList((String[]) rows.getArray("subject_values").getArray()));
                        }
                        subjects.put(rows.getObject("id", UUID.class), subject);
                    }
                }
            }
            connection.commit();
        }
        return subjects;
    }
}
