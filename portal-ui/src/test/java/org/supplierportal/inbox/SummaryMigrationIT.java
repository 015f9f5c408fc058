package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.supplierportal.testsupport.MigrationDatabase;
import org.supplierportal.tolerance.ExplanationText;

/**
 * V45 reads what was ordered and answered, kept in the inbox as English text, back into keys of the rules bundle with
 * their values, so that it reads in each buyer's language like what is raised since, and in English as before; a text
 * in no known shape (several deliveries, a quality incident's title) stays as stored. Runs the real migrations on a
 * PostgreSQL of its own, up to V43, writes rows as they were, then migrates to V45.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryMigrationIT {

    private MigrationDatabase database;

    @BeforeAll
    void startDatabase() throws IOException {
        database = MigrationDatabase.start("summary-migration");
    }

    @AfterAll
    void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void summariesKeptAsTextBecomeKeysAndReadInEnglishAsBefore() throws SQLException {
        database.migrateTo("43");
        Map<String, String[]> kept = new HashMap<>();
        kept.put("answer", new String[] {"OUTSIDE_TOLERANCE", "40 pcs on 2026-12-15 at 9.5 EUR per 100 pcs",
                "40 pcs on 2026-12-24 at 9.8 EUR per 100 pcs"});
        kept.put("rejected", new String[] {"SUPPLIER_REJECTED_LINE", "12.5 kg on 2026-12-15 at 3 USD", "Rejected: Tool broken; it's 50%"});
        kept.put("accepted", new String[] {"COUNTER_REJECTED", "1 pcs on 2026-12-15 at 1 EUR", "Accepted as ordered"});
        kept.put("counter", new String[] {"COUNTER_REJECTED", "1 pcs on 2026-12-15 at 1 EUR", "Counter-proposal rejected: Not even half"});
        kept.put("split", new String[] {"OUTSIDE_TOLERANCE", "40 pcs on 2026-12-15 at 9 EUR",
                "20 pcs on 2026-12-15 + 20 pcs on 2026-12-22 at 9 EUR"});
        kept.put("shipped", new String[] {"RECEIPT_DIFFERS_FROM_ASN", "Shipped on ASN ASN-7: 90 u", null});
        kept.put("expected", new String[] {"ASN_NOT_RECEIVED", "ASN ASN 7/1, expected 2026-12-01", null});
        kept.put("committed", new String[] {"SHIPMENT_OVERDUE", "Committed 40 by 2026-12-01", null});
        kept.put("invoiced", new String[] {"INVOICE_BLOCKED", "Invoiced 210.5 EUR", null});
        kept.put("quality", new String[] {"QUALITY_STEP_OVERDUE", "Committed 40 by 2026-12-01", null});
        Map<String, UUID> rows = new HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            UUID tenant = MigrationDatabase.acme(connection);
            for (Map.Entry<String, String[]> row : kept.entrySet()) {
                rows.put(row.getKey(), insert(connection, tenant, row.getValue()));
            }
            connection.commit();
        }

        database.migrateTo("45");

        Map<UUID, String[]> migrated = summaries();
        for (Map.Entry<String, UUID> row : rows.entrySet()) {
            String[] before = kept.get(row.getKey());
            String[] after = migrated.get(row.getValue());
            assertThat(english(after[0])).as(row.getKey()).isEqualTo(before[1]);
            assertThat(english(after[1])).as(row.getKey()).isEqualTo(before[2]);
        }
        assertThat(migrated.get(rows.get("split"))[1]).isEqualTo(kept.get("split")[2]);
        assertThat(migrated.get(rows.get("quality"))[0]).isEqualTo(kept.get("quality")[1]);
        assertThat(ExplanationText.read(migrated.get(rows.get("answer"))[0]).in(Locale.GERMAN))
                .isEqualTo("40 pcs zum 2026-12-15 à 9.5 EUR pro 100 pcs");
        assertThat(ExplanationText.read(migrated.get(rows.get("answer"))[1]).in(Locale.GERMAN))
                .isEqualTo("40 pcs zum 2026-12-24 à 9.8 EUR pro 100 pcs");
        assertThat(ExplanationText.read(migrated.get(rows.get("rejected"))[1]).in(Locale.FRENCH))
                .isEqualTo("Refusé : Tool broken; it's 50%");
        assertThat(ExplanationText.read(migrated.get(rows.get("committed"))[0]).in(Locale.GERMAN))
                .isEqualTo("40 bis 2026-12-01 zugesagt");
        assertThat(ExplanationText.read(migrated.get(rows.get("expected"))[0]).in(Locale.of("es")))
                .isEqualTo("Aviso de envío ASN 7/1, previsto el 2026-12-01");
        assertThat(ExplanationText.read(migrated.get(rows.get("invoiced"))[0]).in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("开票金额：210.5 EUR");
    }

    private static String english(String kept) {
        return kept == null ? null : ExplanationText.readOrAsStored(kept).english();
    }

    /** Writes an exception whose summaries were kept as English text. */
    private static UUID insert(Connection connection, UUID tenant, String[] typeOrderedProposed) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into buyer_exception (id, tenant_id, type, status,"
                + " supplier_name, ordered_summary, proposed_summary, reason_kind, reason_values, raised_at, due_at)"
                + " values (?, ?, ?, 'OPEN', 'Acme Metals', ?, ?, 'TEXT', array['Why'], now(), now())")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.setString(3, typeOrderedProposed[0]);
            insert.setString(4, typeOrderedProposed[1]);
            insert.setString(5, typeOrderedProposed[2]);
            insert.executeUpdate();
        }
        return id;
    }

    /** Each exception's ordered and proposed summary. */
    private Map<UUID, String[]> summaries() throws SQLException {
        return database.rowsById("select id, ordered_summary, proposed_summary from buyer_exception",
                row -> new String[] {row.getString("ordered_summary"), row.getString("proposed_summary")});
    }
}
