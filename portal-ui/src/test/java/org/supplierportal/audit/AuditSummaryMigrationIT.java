package org.supplierportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.supplierportal.testsupport.MigrationDatabase;
import org.supplierportal.tolerance.AuditSummaries;

/**
 * V47 gives the order History entries written before V46 their sentences, read back from their English where the
 * portal wrote them in a known shape, so that they read in each person's language like the entries written since,
 * and in English exactly as they were written; the others keep none and show as written. Runs the real migrations
 * on a PostgreSQL of its own, up to V46, writes entries as they were, then migrates to V47.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSummaryMigrationIT {

    private MigrationDatabase database;

    @BeforeAll
    void startDatabase() throws IOException {
        database = MigrationDatabase.start("audit-summary-migration");
    }

    @AfterAll
    void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void historyEntriesOfKnownShapesGetSentencesThatReadAsTheyWereWritten() throws SQLException {
        database.migrateTo("46");
        Map<String, String[]> written = new LinkedHashMap<>();
        written.put("received", new String[] {"ORDER_RECEIVED", "PO 4500012 received from TRYTON"});
        written.put("revised", new String[] {"ORDER_REVISED", "PO 4500012 changed in the ERP: revision 3, 1 change"});
        written.put("acknowledged", new String[] {"ACKNOWLEDGMENT_SUBMITTED", "Revision 2 acknowledged: 1 confirmed, 1 to the buyer"});
        written.put("goods", new String[] {"GOODS_RECEIVED", "PO 4500012 line 10: 80.5 received (shipment IN/0042)"});
        written.put("goodsNoReference", new String[] {"GOODS_RECEIVED", "PO 4500012 line 10: 80 received"});
        written.put("approved", new String[] {"EXCEPTION_APPROVED", "Buyer approved the exception on PO 4500012 line 20: Schade: it's late"});
        written.put("closed", new String[] {"EXCEPTION_CLOSED", "Buyer closed the exception on PO 4500012"});
        written.put("confirmed", new String[] {"LINE_COMMITTED",
                "PO 4500012 line 10 confirmed: 105 on 2026-12-30 at 1.85 (confirmed by the supplier, within tolerance)"});
        Map<String, UUID> rows = new HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            UUID tenant = MigrationDatabase.acme(connection);
            for (Map.Entry<String, String[]> entry : written.entrySet()) {
                rows.put(entry.getKey(), insert(connection, tenant, entry.getValue()[0], entry.getValue()[1]));
            }
            connection.commit();
        }

        database.migrateTo("47");

        Map<UUID, String[]> migrated = entries();
        for (Map.Entry<String, UUID> row : rows.entrySet()) {
            String[] after = migrated.get(row.getValue());
            assertThat(after[0]).as("the trail's English, %s", row.getKey()).isEqualTo(written.get(row.getKey())[1]);
            if (!row.getKey().equals("confirmed")) {
                assertThat(read(after[1], Locale.ENGLISH)).as(row.getKey()).isEqualTo(expectedEnglish(row.getKey(), after[0]));
            }
        }
        assertThat(migrated.get(rows.get("confirmed"))[1]).as("a shape the migration does not know").isNull();
        assertThat(read(migrated.get(rows.get("received"))[1], Locale.GERMAN)).isEqualTo("Bestellung 4500012 von TRYTON empfangen");
        assertThat(read(migrated.get(rows.get("goods"))[1], Locale.FRENCH))
                .isEqualTo("Commande 4500012 ligne 10 : 80.5 reçu(s) (livraison IN/0042)");
        assertThat(read(migrated.get(rows.get("approved"))[1], Locale.GERMAN)).isEqualTo("Der Einkäufer hat den Klärungsfall"
                + " zu Bestellung 4500012 Pos. 20 genehmigt. Anmerkung des Einkäufers: „Schade: it's late“");
        assertThat(read(migrated.get(rows.get("revised"))[1], Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("订单 4500012 已在 ERP 中更改：修订版 3，1 处更改");
    }

    /** The English the new sentences write, where it says the same as the old words in today's wording. */
    private static String expectedEnglish(String key, String written) {
        return switch (key) {
            case "approved" -> "The buyer approved the exception on PO 4500012 line 20. The buyer's note: “Schade: it's late”";
            case "closed" -> "The buyer closed the exception on PO 4500012.";
            default -> written;
        };
    }

    private static String read(String sentences, Locale language) {
        return AuditSummaries.sentences(sentences).orElseThrow(() -> new AssertionError("no sentences: " + sentences))
                .stream().map(sentence -> sentence.in(language)).collect(Collectors.joining(" "));
    }

    /** Writes an order's audit entry as the portal wrote it before V46. */
    private static UUID insert(Connection connection, UUID tenant, String action, String summary) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (id, tenant_id, occurred_at,"
                + " actor_id, actor_name, action, subject_type, subject_id, summary) values (?, ?, now(), ?, 'Anna Berg', ?,"
                + " 'PurchaseOrder', ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.setObject(3, UUID.randomUUID());
            insert.setString(4, action);
            insert.setString(5, UUID.randomUUID().toString());
            insert.setString(6, summary);
            insert.executeUpdate();
        }
        return id;
    }

    /** Each entry's English summary and its sentences. */
    private Map<UUID, String[]> entries() throws SQLException {
        return database.rowsById("select id, summary, summary_sentences from audit_entry",
                row -> new String[] {row.getString("summary"), row.getString("summary_sentences")});
    }
}
