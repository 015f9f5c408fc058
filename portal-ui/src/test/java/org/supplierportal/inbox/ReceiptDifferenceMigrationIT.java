package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.supplierportal.testsupport.MigrationDatabase;

/**
 * V43 reads the receipt differences V42 kept as English text back into their kind, quantities and limit, so that they
 * are worded in each reader's language like those raised since; a text in neither wording stays text. Runs the real
 * migrations on a PostgreSQL of its own, up to V42, writes rows as they were, then migrates to V43.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptDifferenceMigrationIT {

    private MigrationDatabase database;

    @BeforeAll
    void startDatabase() throws IOException {
        database = MigrationDatabase.start("receipt-difference-migration");
    }

    @AfterAll
    void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void receiptDifferencesKeptAsTextBecomeTheirKindAndReadInEnglishAsBefore() throws SQLException {
        database.migrateTo("42");
        String shortWithUnit = "Received 84 pcs of the 90 pcs the ASN shipped: 6 pcs short (6.7 %; the limit is 0 % under)";
        String overWithoutUnit = "Received 106.5, more than the 100 the ASN shipped: 6.5 over (6.5 %; the limit is 5 % over)";
        String other = "Received less than shipped; ask the carrier.";
        Map<String, UUID> rows = new HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            UUID tenant = MigrationDatabase.acme(connection);
            rows.put("short", insert(connection, tenant, "RECEIPT_DIFFERS_FROM_ASN", shortWithUnit));
            rows.put("over", insert(connection, tenant, "RECEIPT_DIFFERS_FROM_ASN", overWithoutUnit));
            rows.put("other", insert(connection, tenant, "RECEIPT_DIFFERS_FROM_ASN", other));
            rows.put("otherType", insert(connection, tenant, "OUTSIDE_TOLERANCE", shortWithUnit));
            connection.commit();
        }

        database.migrateTo("43");

        Map<UUID, List<String>> migrated = reasons();
        assertThat(migrated.get(rows.get("short"))).containsExactly("RECEIPT_DIFFERS_FROM_ASN", "84", "90", "pcs", "0");
        assertThat(migrated.get(rows.get("over"))).containsExactly("RECEIPT_DIFFERS_FROM_ASN", "106.5", "100", "", "5");
        assertThat(migrated.get(rows.get("other"))).containsExactly("TEXT", other);
        assertThat(migrated.get(rows.get("otherType"))).containsExactly("TEXT", shortWithUnit);
        assertThat(english(migrated.get(rows.get("short")))).isEqualTo(shortWithUnit + ".");
        assertThat(english(migrated.get(rows.get("over")))).isEqualTo(overWithoutUnit + ".");
    }

    private static String english(List<String> reason) {
        return new ExceptionReason(ReasonKind.valueOf(reason.getFirst()), reason.subList(1, reason.size())).english();
    }

    /** Writes an exception whose reason V42 kept as text. */
    private static UUID insert(Connection connection, UUID tenant, String type, String text) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into buyer_exception (id, tenant_id, type, status,"
                + " supplier_name, reason_kind, reason_values, raised_at, due_at) values (?, ?, ?, 'OPEN', 'Acme Metals', 'TEXT',"
                + " ?, now(), now())")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.setString(3, type);
            insert.setArray(4, connection.createArrayOf("text", new String[] {text}));
            insert.executeUpdate();
        }
        return id;
    }

    /** Each exception's reason: its kind, then its values. */
    private Map<UUID, List<String>> reasons() throws SQLException {
        Map<UUID, List<String>> reasons = new HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('app.all_tenants', 'on', true)");
                try (var rows = statement.executeQuery("select id, reason_kind, reason_values from buyer_exception")) {
                    while (rows.next()) {
                        List<String> reason = new ArrayList<>();
                        reason.add(rows.getString("reason_kind"));
                        reason.addAll(Arrays.asList((String[]) rows.getArray("reason_values").getArray()));
                        reasons.put(rows.getObject("id", UUID.class), reason);
                    }
                }
            }
            connection.commit();
        }
        return reasons;
    }
}
