package org.supplierportal.b2b.edifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A DESADV's packing hierarchy as read: the segments before the first CPS (BGM, DTM, RFF, NAD, TDT) and one
 * {@link Level} per CPS, with its packaging (PAC, MEA, QTY, PCI, GIN up to the first LIN) and its LIN groups, linked to
 * its parent by CPS 7166. Pure.
 */
record DesadvLevels(List<EdifactSegment> header, List<Level> levels, Map<String, Level> byId) {

    /**
     * One CPS level.
     *
     * @param packaging the segments between CPS and its first LIN: PAC, MEA, QTY, PCI, GIN
     * @param lines     each LIN group, LIN first
     */
    record Level(EdifactSegment cps, List<EdifactSegment> packaging, List<List<EdifactSegment>> lines) {

        String id() {
            return cps.element(1).strip();
        }

        String parentId() {
            return cps.element(2).strip();
        }

        Stream<EdifactSegment> packaging(String tag) {
            return packaging.stream().filter(segment -> segment.tag().equals(tag));
        }

        /** The SSCCs of GIN+BJ in the packaging, each without the application identifier 00 some write in front. */
        List<String> ssccs() {
            return packaging("GIN").filter(gin -> gin.element(1).equals("BJ"))
                    .flatMap(gin -> DesadvLevels.identities(gin).stream()).map(DesadvLevels::sscc).toList();
        }

        /** "CPS 2 (segment 9)": how a person finds the level in the document. */
        String where() {
            return "CPS " + id() + " (segment " + cps.position() + ")";
        }
    }

    static DesadvLevels of(EdifactMessage message) {
        List<EdifactSegment> header = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        Level current = null;
        List<EdifactSegment> line = null;
        for (EdifactSegment segment : message.segments()) {
            switch (segment.tag()) {
                case "UNH" -> {
                }
                case "CPS" -> {
                    current = new Level(segment, new ArrayList<>(), new ArrayList<>());
                    levels.add(current);
                    line = null;
                }
                case "LIN" -> {
                    line = new ArrayList<>();
                    line.add(segment);
                    if (current != null) {
                        current.lines().add(line);
                    }
                }
                case "CNT", "UNT" -> {
                    current = null;
                    line = null;
                }
                default -> {
                    if (line != null) {
                        line.add(segment);
                    } else if (current != null) {
                        current.packaging().add(segment);
                    } else {
                        header.add(segment);
                    }
                }
            }
        }
        Map<String, Level> byId = new LinkedHashMap<>();
        levels.forEach(level -> byId.putIfAbsent(level.id(), level));
        return new DesadvLevels(List.copyOf(header), List.copyOf(levels), byId);
    }

    /** This level's parent, its parent's parent, ... (CPS 7166), nearest first. */
    List<Level> ancestors(Level level) {
        List<Level> above = new ArrayList<>();
        Level at = byId.get(level.parentId());
        while (at != null && above.size() < levels.size() && !above.contains(at)) {
            above.add(at);
            at = byId.get(at.parentId());
        }
        return above;
    }

    /** A DTM in the header with this qualifier (2005), its value. */
    Optional<EdifactSegment> headerDate(String qualifier) {
        return header.stream().filter(segment -> segment.tag().equals("DTM") && segment.component(1, 1).equals(qualifier))
                .findFirst();
    }

    /** The values of the header's RFFs with this qualifier (1153), in order. */
    List<String> headerReferences(String qualifier) {
        return references(header, qualifier);
    }

    static List<String> references(List<EdifactSegment> segments, String qualifier) {
        return segments.stream().filter(segment -> segment.tag().equals("RFF") && segment.component(1, 1).equals(qualifier))
                .map(rff -> rff.component(1, 2).strip()).filter(value -> !value.isEmpty()).toList();
    }

    /** The identity numbers of a GIN (each C208's first 7402); a range's end (second 7402) is in {@link #ranges}. */
    static List<String> identities(EdifactSegment gin) {
        List<String> identities = new ArrayList<>();
        for (int element = 2; element <= gin.elements().size(); element++) {
            String identity = gin.component(element, 1).strip();
            if (!identity.isEmpty()) {
                identities.add(identity);
            }
        }
        return identities;
    }

    /** Whether a GIN gives a range (C208 from:to) rather than single numbers. */
    static boolean ranges(EdifactSegment gin) {
        for (int element = 2; element <= gin.elements().size(); element++) {
            if (!gin.component(element, 2).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** An SSCC as written after GIN+BJ: 18 digits, sometimes with its application identifier 00 in front (20). */
    static String sscc(String mark) {
        String digits = mark.strip();
        return digits.length() == 20 && digits.startsWith("00") ? digits.substring(2) : digits;
    }
}
