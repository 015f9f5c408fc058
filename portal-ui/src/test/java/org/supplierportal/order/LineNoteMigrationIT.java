package org.supplierportal.order;

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

/**
 * V44 reads the English notes order lines kept so far back into keys of the rules bundle, so that they are worded in
 * each reader's language like those written since; the buyer's and supplier's own words stay as written, and a text
 * in no wording the portal used stays whole. Runs the real migrations on a PostgreSQL of its own, up to V43, writes
 * lines as they were, then migrates to V44.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineNoteMigrationIT {

    private static final String[] NOTES = {
        "The ERP took over the agreed values in revision 3.",
        "Changed in revision 2: please answer again.",
        "Removed from the order in revision 4.",
        "Confirmed by the supplier, within tolerance.",
        "Supplier's proposal approved by the buyer.",
        "Buyer's counter-proposal accepted by the supplier.",
        "The buyer agreed to your rejection. The line will not be delivered.",
        "The buyer agreed to your rejection (ok (really)). The line will not be delivered.",
        "The buyer rejected your answer: Too late. Please answer this line again.",
        "You rejected the buyer's counter-proposal: Too dear. Waiting for the buyer.",
        "Waiting for the buyer: You reject the line; a buyer decides what happens to it.",
        "The buyer proposes 50 pcs on 2026-03-02 (Half?). Accept or reject the counter-proposal.",
        "Something else the portal never wrote.",
    };

    private MigrationDatabase database;

    @BeforeAll
    void startDatabase() throws IOException {
        database = MigrationDatabase.start("line-note-migration");
    }

    @AfterAll
    void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void notesKeptInEnglishBecomeKeysAndReadInEnglishAsBefore() throws SQLException {
        database.migrateTo("43");
        Map<Integer, UUID> lines = new HashMap<>();
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            UUID tenant = MigrationDatabase.acme(connection);
            UUID order = order(connection, tenant);
            for (int index = 0; index < NOTES.length; index++) {
                lines.put(index, line(connection, tenant, order, index + 1, NOTES[index]));
            }
            lines.put(-1, line(connection, tenant, order, 99, null));
            connection.commit();
        }

        database.migrateTo("44");

        Map<UUID, String> stored = notes();
        for (int index = 0; index < NOTES.length - 1; index++) {
            LineNote note = LineNote.read(stored.get(lines.get(index)));
            assertThat(note.english()).as("line %d", index).isEqualTo(switch (index) {
                case 7 -> "The buyer agreed to your rejection. The line will not be delivered. The buyer's note: “ok (really)”";
                case 11 -> "The buyer proposes other values. 50 pcs on 2026-03-02 (Half?). Accept or reject the counter-proposal.";
                default -> NOTES[index];
            });
            assertThat(note.sentences()).as("line %d", index).first()
                    .satisfies(first -> assertThat(first.key()).isNotEqualTo("order.note.text"));
        }
        assertThat(LineNote.read(stored.get(lines.get(1))).sentences().getFirst().in(Locale.GERMAN))
                .isEqualTo("In Revision 2 geändert: Bitte beantworten Sie die Position erneut.");
        assertThat(LineNote.read(stored.get(lines.get(8))).sentences().getFirst().in(Locale.FRENCH))
                .isEqualTo("L’acheteur a refusé votre réponse : Too late. Veuillez répondre de nouveau à cette ligne.");
        LineNote other = LineNote.read(stored.get(lines.get(NOTES.length - 1)));
        assertThat(other.sentences()).singleElement().satisfies(sentence -> assertThat(sentence.key()).isEqualTo("order.note.text"));
        assertThat(other.english()).isEqualTo(NOTES[NOTES.length - 1]);
        assertThat(stored.get(lines.get(-1))).isNull();
    }

    private static UUID order(Connection connection, UUID tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into purchase_order (id, tenant_id, source_system,"
                + " erp_id, supplier_party_code, number, erp_revision, revision, currency, order_date, status, line_count,"
                + " total_amount, revision_received_at, content_hash, created_at, updated_at) values (?, ?, 'TEST', 'erp-1',"
                + " 'ACME', '4500001', 1, 1, 'EUR', current_date, 'OPEN', 1, 0, now(), 'x', now(), now())")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.executeUpdate();
        }
        return id;
    }

    private static UUID line(Connection connection, UUID tenant, UUID order, int number, String note) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into purchase_order_line (id, tenant_id, order_id,"
                + " line_number, part_number, quantity, unit, unit_price, price_unit, requested_date, status,"
                + " changed_in_revision, status_note) values (?, ?, ?, ?, 'BR-1', 100, 'pcs', 1, 1, current_date,"
                + " 'AWAITING_ANSWER', 1, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.setObject(3, order);
            insert.setInt(4, number);
            insert.setString(5, note);
            insert.executeUpdate();
        }
        return id;
    }

    private Map<UUID, String> notes() throws SQLException {
        return database.rowsById("select id, status_note from purchase_order_line", row -> row.getString("status_note"));
    }
}
