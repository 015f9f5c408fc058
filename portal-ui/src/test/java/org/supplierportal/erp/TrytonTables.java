package org.supplierportal.erp;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Tryton's SQLite tables, changed behind Tryton's back: what a careless script, a database restore or a bug in an
 * ERP module does. Such changes touch no write date, so no change feed can see them; only the reconciliation can.
 */
final class TrytonTables {

    private final String url;

    TrytonTables(Path databaseFile) {
        this.url = "jdbc:sqlite:" + databaseFile;
    }

    /** A draft move's planned date (the line's delivery date on a confirmed purchase), write date untouched. */
    void setPlannedDate(long move, LocalDate date) {
        update("update stock_move set planned_date = ? where id = ?", date.toString(), move);
    }

    /** A line's quantity, write date untouched. */
    void setQuantity(long line, double quantity) {
        update("update purchase_line set quantity = ? where id = ?", quantity, line);
    }

    /**
     * Makes a purchase look as if it had been placed a day ago: its, its lines' and its moves' creation and write
     * dates go back a day, so a later change of it lies far behind the newest changes the feeds have read.
     */
    void placedADayAgo(long purchase) {
        String dayBack = "datetime(%1$s, '-1 day') || substr(%1$s, 20)";
        String dates = "create_date = " + dayBack.formatted("create_date") + ", write_date = case when write_date is null"
                + " then null else " + dayBack.formatted("write_date") + " end";
        update("update purchase_purchase set " + dates + " where id = ?", purchase);
        update("update purchase_line set " + dates + " where purchase = ?", purchase);
        update("update stock_move set " + dates + " where origin in (select 'purchase.line,' || id from purchase_line"
                + " where purchase = ?)", purchase);
    }

    /**
     * Copies of a confirmed purchase with its lines and their moves, straight into the tables (for benchmarks: tens
     * of thousands of records in seconds, where Tryton's API takes a second per purchase). The copies are dated a
     * second apart before the original, the last copy a second before it, as if placed one after the other: the
     * feeds' overlap then re-reads a few of them, not all. Returns the copies' ids.
     */
    List<Long> copyPurchase(long purchase, int copies) {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            String purchaseColumns = columnsBut(connection, "purchase_purchase", "id", "number");
            String lineColumns = columnsBut(connection, "purchase_line", "id", "purchase");
            String moveColumns = columnsBut(connection, "stock_move", "id", "origin");
            String purchaseValues = earlier(purchaseColumns);
            String lineValues = earlier(lineColumns);
            String moveValues = earlier(moveColumns);
            List<Long> lines = new java.util.ArrayList<>();
            try (Statement query = connection.createStatement();
                 var rows = query.executeQuery("select id from purchase_line where purchase = " + purchase + " order by id")) {
                while (rows.next()) {
                    lines.add(rows.getLong(1));
                }
            }
            List<Long> ids = new java.util.ArrayList<>();
            try (PreparedStatement copyPurchase = connection.prepareStatement("insert into purchase_purchase (number, "
                    + purchaseColumns + ") select ?, " + purchaseValues + " from purchase_purchase where id = ?");
                 PreparedStatement copyLine = connection.prepareStatement("insert into purchase_line (purchase, " + lineColumns
                         + ") select ?, " + lineValues + " from purchase_line where id = ?");
                 PreparedStatement copyMoves = connection.prepareStatement("insert into stock_move (origin, " + moveColumns
                         + ") select ?, " + moveValues + " from stock_move where origin = ?");
                 Statement lastId = connection.createStatement()) {
                for (int i = 0; i < copies; i++) {
                    String earlier = "-" + (copies - i) + " seconds";
                    copyPurchase.setString(1, "COPY-" + purchase + "-" + i);
                    copyPurchase.setString(2, earlier);
                    copyPurchase.setString(3, earlier);
                    copyPurchase.setLong(4, purchase);
                    copyPurchase.executeUpdate();
                    long copy = lastRowId(lastId);
                    ids.add(copy);
                    for (long line : lines) {
                        copyLine.setLong(1, copy);
                        copyLine.setString(2, earlier);
                        copyLine.setString(3, earlier);
                        copyLine.setLong(4, line);
                        copyLine.executeUpdate();
                        copyMoves.setString(1, "purchase.line," + lastRowId(lastId));
                        copyMoves.setString(2, earlier);
                        copyMoves.setString(3, earlier);
                        copyMoves.setString(4, "purchase.line," + line);
                        copyMoves.executeUpdate();
                    }
                }
            }
            connection.commit();
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy Tryton purchase " + purchase, e);
        }
    }

    private static String columnsBut(Connection connection, String table, String... left) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (Statement query = connection.createStatement(); var rows = query.executeQuery("pragma table_info(" + table + ")")) {
            while (rows.next()) {
                String column = rows.getString("name");
                if (!List.of(left).contains(column)) {
                    columns.add('"' + column + '"');
                }
            }
        }
        return String.join(", ", columns);
    }

    /** The select list of the columns with the creation and write dates moved by a parameter ("-3 seconds"). */
    private static String earlier(String columns) {
        String moved = "datetime(%1$s, ?) || substr(%1$s, 20)";
        return columns.replace("\"create_date\"", moved.formatted("\"create_date\""))
                .replace("\"write_date\"", "case when \"write_date\" is null then null else "
                        + moved.formatted("\"write_date\"") + " end");
    }

    private static long lastRowId(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("select last_insert_rowid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The supplier shipments with this reference (an ASN's number), by id. */
    List<Long> shipmentsWithReference(String reference) {
        return ids("select id from stock_shipment_in where reference = ? order by id", reference);
    }

    /** A purchase's lines, by id. */
    List<Long> linesOf(long purchase) {
        return ids("select id from purchase_line where purchase = ? order by id", purchase);
    }

    /** How many stock moves a purchase line has (its receipts, open or done). */
    int movesOfLine(long line) {
        return ids("select id from stock_move where origin = ?", "purchase.line," + line).size();
    }

    private List<Long> ids(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Long> ids = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read Tryton's tables: " + sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement wait = connection.createStatement()) {
                wait.execute("pragma busy_timeout = 10000"); // trytond may be writing at the same moment
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                if (statement.executeUpdate() == 0) {
                    throw new IllegalStateException("Nothing changed in Tryton's tables by " + sql + " " + List.of(parameters));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change Tryton's tables: " + sql, e);
        }
    }
}
