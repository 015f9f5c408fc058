package org.supplierportal.erp.tryton;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tryton 6.0's answers to the adapter's own questions, recorded from a real server (src/test/resources/tryton), and
 * the JSON the adapter sends, as Tryton receives it.
 */
final class RecordedTryton {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordedTryton() {
    }

    static JsonNode answer(String name) {
        try (InputStream in = RecordedTryton.class.getResourceAsStream("/tryton/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no recorded answer " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** A recorded record with one field changed, as Tryton would answer after that change. */
    static ObjectNode with(JsonNode record, String field, String json) {
        ObjectNode changed = ((ObjectNode) record).deepCopy();
        changed.set(field, JSON.readTree(json));
        return changed;
    }

    /** Arguments as they travel to Tryton (through their JSON text, so numbers compare by value). */
    static JsonNode sent(Object arguments) {
        return JSON.readTree(JSON.writeValueAsString(arguments));
    }

    /** JSON written with single quotes, for readable expectations. */
    static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }
}
