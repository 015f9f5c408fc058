package org.supplierportal.b2b.x12;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An 856's hierarchy as read: the segments before the first HL (BSN, DTM) and one {@link Level} per HL, each with
 * the segments up to the next HL, linked to its parent by HL02. Pure.
 */
record Asn856Levels(List<X12Segment> header, List<Level> levels, Map<String, Level> byId) {

    static final String SHIPMENT = "S";
    static final String ORDER = "O";
    static final String TARE = "T";
    static final String PACK = "P";
    static final String ITEM = "I";

    /**
     * One HL level: S shipment, O order, T tare (pallet), P pack (carton), I item.
     *
     * @param segments the level's own segments, HL first
     */
    record Level(String id, String parentId, String code, List<X12Segment> segments) {

        X12Segment hl() {
            return segments.get(0);
        }

        Stream<X12Segment> all(String tag) {
            return segments.stream().filter(segment -> segment.tag().equals(tag));
        }

        Optional<X12Segment> first(String tag) {
            return all(tag).findFirst();
        }

        /** The first REF with this qualifier (REF01), its REF02. */
        Optional<String> reference(String qualifier) {
            return references(qualifier).stream().findFirst();
        }

        List<String> references(String qualifier) {
            return all("REF").filter(ref -> ref.element(1).equals(qualifier)).map(ref -> ref.element(2).strip())
                    .filter(value -> !value.isEmpty()).toList();
        }

        /** "HL 3 (segment 22)": how a person finds the level in the document. */
        String where() {
            return "HL " + id + " (segment " + hl().position() + ")";
        }
    }

    static Asn856Levels of(X12Transaction transaction) {
        List<X12Segment> header = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        List<X12Segment> current = null;
        for (X12Segment segment : transaction.segments()) {
            switch (segment.tag()) {
                case "ST" -> {
                }
                case "HL" -> {
                    current = new ArrayList<>();
                    current.add(segment);
                    levels.add(new Level(segment.element(1).strip(), segment.element(2).strip(), segment.element(3).strip(), current));
                }
                case "CTT", "SE" -> current = null;
                default -> (current == null ? header : current).add(segment);
            }
        }
        Map<String, Level> byId = new LinkedHashMap<>();
        levels.forEach(level -> byId.putIfAbsent(level.id(), level));
        return new Asn856Levels(List.copyOf(header), List.copyOf(levels), byId);
    }

    /** The nearest level above this one with one of the codes, if any. */
    Optional<Level> ancestor(Level level, String... codes) {
        Level at = byId.get(level.parentId());
        int guard = 0;
        while (at != null && guard++ < levels.size()) {
            for (String code : codes) {
                if (at.code().equals(code)) {
                    return Optional.of(at);
                }
            }
            at = byId.get(at.parentId());
        }
        return Optional.empty();
    }

    List<Level> withCode(String code) {
        return levels.stream().filter(level -> level.code().equals(code)).toList();
    }

    /** A DTM of this qualifier in the header or at the shipment level. */
    Optional<String> shipmentDate(String qualifier) {
        Stream<X12Segment> dtms = Stream.concat(header.stream().filter(segment -> segment.tag().equals("DTM")),
                withCode(SHIPMENT).stream().flatMap(level -> level.all("DTM")));
        return dtms.filter(dtm -> dtm.element(1).equals(qualifier)).map(dtm -> dtm.element(2).strip()).findFirst();
    }
}
