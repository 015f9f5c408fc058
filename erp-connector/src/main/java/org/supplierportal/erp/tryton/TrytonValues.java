package org.supplierportal.erp.tryton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Tryton's JSON-RPC encodings of dates, times and decimals, both ways. Pure. */
final class TrytonValues {

    private TrytonValues() {
    }

    static Map<String, Object> date(LocalDate date) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("__class__", "date");
        value.put("year", date.getYear());
        value.put("month", date.getMonthValue());
        value.put("day", date.getDayOfMonth());
        return value;
    }

    /** Tryton stores times as UTC without a zone. */
    static Map<String, Object> dateTime(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("__class__", "datetime");
        value.put("year", time.getYear());
        value.put("month", time.getMonthValue());
        value.put("day", time.getDayOfMonth());
        value.put("hour", time.getHour());
        value.put("minute", time.getMinute());
        value.put("second", time.getSecond());
        value.put("microsecond", time.getNano() / 1000);
        return value;
    }

    static Map<String, Object> decimal(BigDecimal value) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        encoded.put("__class__", "Decimal");
        encoded.put("decimal", value.toPlainString());
        return encoded;
    }

    static LocalDate toDate(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return LocalDate.of(node.get("year").asInt(), node.get("month").asInt(), node.get("day").asInt());
    }

    static Instant toInstant(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return LocalDateTime.of(node.get("year").asInt(), node.get("month").asInt(), node.get("day").asInt(),
                node.path("hour").asInt(), node.path("minute").asInt(), node.path("second").asInt(),
                node.path("microsecond").asInt() * 1000).toInstant(ZoneOffset.UTC);
    }

    static BigDecimal toDecimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject() && node.has("decimal")) {
            return new BigDecimal(node.get("decimal").asString());
        }
        // Floats (quantities) travel as plain JSON numbers; their text keeps what Tryton sent.
        return new BigDecimal(node.asString());
    }
}
