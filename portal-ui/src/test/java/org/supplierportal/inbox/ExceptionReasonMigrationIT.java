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
 * V42 turns the reasons and self-resolutions stored as English words into a kind with values: each wording the portal
 * wrote becomes its kind, and reads in English as it did; anything else (a tolerance rule's sentence, a buyer's own
 * note) keeps its text. Runs the real migrations on a PostgreSQL of its own, up to V41, writes rows as they were, then
 * migrates to V42.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExceptionReasonMigrationIT {

    private final Map<String, String> rules = new HashMap<>();
    private MigrationDatabase database;

    @BeforeAll
    void startDatabase() throws IOException {
        database = MigrationDatabase.start("reason-migration");
    }

    @AfterAll
    void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void theReasonsThePortalWroteBecomeKindsWithValuesAndOthersKeepTheirText() throws SQLException {
        database.migrateTo("41");
        Map<String, UUID> rows = new HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            UUID tenant = MigrationDatabase.acme(connection);
            rows.put("ack", insert(connection, tenant, "ack", "ACKNOWLEDGMENT_OVERDUE", "OPEN", null,
                    "The acknowledgment of revision 2 was due 2026-11-30T12:00:00Z.", null));
            rows.put("step", insert(connection, tenant, "step", "QUALITY_STEP_OVERDUE", "RESOLVED", "System",
                    "The corrective action of QI-000012 was due 1 December 2026, 08:05 UTC and the supplier has not answered it."
                            + " Remind the supplier.", "The supplier answered the corrective action."));
            rows.put("invoice", insert(connection, tenant, "invoice", "INVOICE_BLOCKED", "RESOLVED", "System",
                    "Price 2.10 over the agreed 1.85. Clear the variance with the supplier (credit note, corrected invoice) or release it.",
                    "The invoice is now approved for payment."));
            rows.put("noAsn", insert(connection, tenant, "noAsn", "RECEIPT_WITHOUT_ASN", "OPEN", null,
                    "Received 2.5 without a shipment reference, which no ASN of the supplier names. Ask the supplier to send ASNs.", null));
            rows.put("withReference", insert(connection, tenant, "withReference", "RECEIPT_WITHOUT_ASN", "OPEN", null,
                    "Received 10 pcs under the reference DN-77, which no ASN of the supplier names. Ask the supplier to send ASNs.", null));
            rows.put("asn", insert(connection, tenant, "asn", "ASN_NOT_RECEIVED", "RESOLVED", "System",
                    "The goods of ASN ASN-7 (PO 4500017001, 4500017002) were expected on 2026-12-01 and have not been received"
                            + " 3 days later. Check with the carrier or the supplier.", "Superseded: the order changed in revision 3."));
            rows.put("shipment", insert(connection, tenant, "shipment", "SHIPMENT_OVERDUE", "RESOLVED", "Anna Buyer",
                    "The supplier committed this line for 2026-12-01 and has shipped nothing of it (no ASN, nothing received).",
                    "Superseded: the order changed in revision 3."));
            rows.put("counter", insert(connection, tenant, "counter", "COUNTER_REJECTED", "RESOLVED", "System",
                    "The supplier rejected the buyer's counter-proposal.", "The supplier acknowledged revision 4."));
            rows.put("tolerance", insert(connection, tenant, "tolerance", "OUTSIDE_TOLERANCE", "RESOLVED", "System",
                    "Quantity 120 pcs is 20 % over the 100 ordered; the limit is 5 % over.", "Closed by the night run."));
            connection.commit();
        }

        database.migrateTo("42");

        Map<UUID, List<List<String>>> migrated = reasons();
        assertThat(migrated.get(rows.get("ack")).getFirst()).containsExactly("ACKNOWLEDGMENT_OVERDUE", "2", "2026-11-30T12:00:00Z");
        assertThat(migrated.get(rows.get("step")).getFirst())
                .containsExactly("QUALITY_STEP_OVERDUE", "QI-000012", "CORRECTIVE_ACTION", "2026-12-01T08:05:00Z");
        assertThat(migrated.get(rows.get("step")).get(1)).containsExactly("STEP_ANSWERED", "CORRECTIVE_ACTION");
        assertThat(migrated.get(rows.get("invoice")).getFirst()).containsExactly("INVOICE_BLOCKED", "Price 2.10 over the agreed 1.85.");
        assertThat(migrated.get(rows.get("invoice")).get(1)).containsExactly("INVOICE_MOVED_ON", "APPROVED");
        assertThat(migrated.get(rows.get("noAsn")).getFirst()).containsExactly("RECEIPT_WITHOUT_ASN", "2.5", "", "");
        assertThat(migrated.get(rows.get("withReference")).getFirst()).containsExactly("RECEIPT_WITHOUT_ASN", "10", "pcs", "DN-77");
        assertThat(migrated.get(rows.get("asn")).getFirst())
                .containsExactly("ASN_NOT_RECEIVED", "ASN-7", "4500017001, 4500017002", "2026-12-01", "3");
        assertThat(migrated.get(rows.get("asn")).get(1)).containsExactly("SUPERSEDED", "3");
        assertThat(migrated.get(rows.get("shipment")).getFirst()).containsExactly("SHIPMENT_OVERDUE", "2026-12-01");
        assertThat(migrated.get(rows.get("counter")).getFirst()).containsExactly("COUNTER_REJECTED");
        assertThat(migrated.get(rows.get("counter")).get(1)).containsExactly("ACKNOWLEDGED", "4");
        assertThat(migrated.get(rows.get("tolerance")).getFirst())
                .containsExactly("TEXT", "Quantity 120 pcs is 20 % over the 100 ordered; the limit is 5 % over.");
        assertThat(migrated.get(rows.get("tolerance")).get(1)).containsExactly("TEXT", "Closed by the night run.");
        // A buyer's own note is theirs: not a resolution, kept as written.
        assertThat(migrated.get(rows.get("shipment")).get(1)).isEmpty();
        assertThat(migrated.get(rows.get("shipment")).get(2)).containsExactly("Superseded: the order changed in revision 3.");
        assertThat(migrated.get(rows.get("step")).get(2)).containsExactly((String) null);
        // Each reads in English as the portal wrote it (the quality step's time now as the other times are written).
        for (String name : List.of("ack", "invoice", "noAsn", "withReference", "asn", "shipment", "counter")) {
            List<String> reason = migrated.get(rows.get(name)).getFirst();
            assertThat(new ExceptionReason(ReasonKind.valueOf(reason.getFirst()), reason.subList(1, reason.size())).english())
                    .as(name).isEqualTo(rules.get(name));
        }
    }

    /** Writes an exception as the portal did before V42; {@code name} finds its English reason again. */
    private UUID insert(Connection connection, UUID tenant, String name, String type, String status, String decidedBy,
                        String rule, String note) throws SQLException {
        UUID id = UUID.randomUUID();
        rules.put(name, rule);
        try (PreparedStatement insert = connection.prepareStatement("insert into buyer_exception (id, tenant_id, type, status,"
                + " supplier_name, rule, raised_at, due_at, decided_by, decision_note) values (?, ?, ?, ?, 'Acme Metals', ?,"
                + " now(), now(), ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.setString(3, type);
            insert.setString(4, status);
            insert.setString(5, rule);
            insert.setString(6, decidedBy);
            insert.setString(7, note);
            insert.executeUpdate();
        }
        return id;
    }

    /** Each exception's reason (kind, then values), its resolution (likewise, empty for none) and its decision note. */
    private Map<UUID, List<List<String>>> reasons() throws SQLException {
        Map<UUID, List<List<String>>> reasons = new HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('app.all_tenants', 'on', true)");
                try (var rows = statement.executeQuery("select id, reason_kind, reason_values, resolution_kind,"
                        + " resolution_values, decision_note from buyer_exception")) {
                    while (rows.next()) {
                        reasons.put(rows.getObject("id", UUID.class), List.of(
                                kindAndValues(rows.getString("reason_kind"), rows.getArray("reason_values")),
                                kindAndValues(rows.getString("resolution_kind"), rows.getArray("resolution_values")),
                                Arrays.asList(rows.getString("decision_note"))));
                    }
                }
            }
            connection.commit();
        }
        return reasons;
    }

    private static List<String> kindAndValues(String kind, java.sql.Array values) throws SQLException {
        List<String> kindAndValues = new ArrayList<>();
        if (kind != null) {
            kindAndValues.add(kind);
            kindAndValues.addAll(Arrays.asList((String[]) values.getArray()));
        }
        return kindAndValues;
    }
}
