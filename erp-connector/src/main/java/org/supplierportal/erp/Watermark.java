package org.supplierportal.erp;

import java.time.Instant;
import java.util.Objects;

/**
 * How far an inbound feed has been read: the change time of the last record taken, and its id to break ties between
 * records changed in the same instant. Stored as text.
 */
public record Watermark(Instant changedAt, long id) implements Comparable<Watermark> {

    public static final Watermark BEGINNING = new Watermark(Instant.EPOCH, 0);

    public Watermark {
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public static Watermark parse(String text) {
        if (text == null || text.isBlank()) {
            return BEGINNING;
        }
        int separator = text.lastIndexOf('#');
        return new Watermark(Instant.parse(text.substring(0, separator)), Long.parseLong(text.substring(separator + 1)));
    }

    public String format() {
        return changedAt + "#" + id;
    }

    @Override
    public int compareTo(Watermark other) {
        int byTime = changedAt.compareTo(other.changedAt);
        return byTime != 0 ? byTime : Long.compare(id, other.id);
    }

    public Watermark max(Watermark other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
