package org.supplierportal.erp.tryton;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supplierportal.erp.ErpRejectedException;
import org.supplierportal.erp.Watermark;
import tools.jackson.databind.JsonNode;

/**
 * What every Tryton record shares: its place in a change feed (write date, or creation date for a record never
 * written since), its text fields, its references to other records ("purchase.line,42"), and the domains that ask for
 * records changed after a place. Pure.
 */
final class TrytonRecords {

    /** The source system of everything that comes from Tryton. */
    static final String SYSTEM = "TRYTON";

    /** Oldest change first, then by id: the order of a change feed. */
    static final List<Object> FEED_ORDER = List.of(List.of("write_date", "ASC"), List.of("id", "ASC"));

    private TrytonRecords() {
    }

    /** The position of a record in the change feed. */
    static Watermark position(JsonNode record) {
        Instant changed = TrytonValues.toInstant(record.get("write_date"));
        if (changed == null) {
            changed = TrytonValues.toInstant(record.get("create_date"));
        }
        return new Watermark(changed, record.get("id").asLong());
    }

    /** A text field, or null when it is empty or missing. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String value = node.asString();
        return value.isBlank() ? null : value;
    }

    /** The id a reference field ("model,id") holds, when it refers to a record of that model. */
    static Optional<Long> reference(JsonNode field, String model) {
        String value = text(field);
        return value != null && value.startsWith(model + ",")
                ? Optional.of(Long.parseLong(value.substring(model.length() + 1))) : Optional.empty();
    }

    /** Changed after the position: later write date, or the same one and a higher id. */
    static List<Object> changedAfter(Watermark after) {
        Map<String, Object> time = TrytonValues.dateTime(after.changedAt());
        return List.of("OR", List.of("write_date", ">", time),
                List.of(List.of("write_date", "=", time), List.of("id", ">", after.id())));
    }

    /** As {@link #changedAfter}, for records that may never have been written since they were created. */
    static List<Object> changedOrCreatedAfter(Watermark after) {
        Map<String, Object> time = TrytonValues.dateTime(after.changedAt());
        return List.of("OR", List.of("write_date", ">", time),
                List.of(List.of("write_date", "=", time), List.of("id", ">", after.id())),
                List.of(Arrays.asList("write_date", "=", null), List.of("create_date", ">", time)),
                List.of(Arrays.asList("write_date", "=", null), List.of("create_date", "=", time), List.of("id", ">", after.id())));
    }

    /** A Tryton id from the portal's text, or a refusal naming what it should have been. */
    static long id(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ErpRejectedException("'" + text + "' is not a Tryton " + what + " id");
        }
    }
}
