package org.supplierportal.erp;

/**
 * One record read from the ERP: its position in the feed, its raw form (for a dead letter) and, when it could be
 * mapped, the portal's document. A record that cannot be mapped carries the reason instead.
 */
public record PulledRecord<T>(Watermark position, String key, String subject, String rawPayload, T document,
                              String mappingProblem) {

    public static <T> PulledRecord<T> mapped(Watermark position, String key, String subject, String raw, T document) {
        return new PulledRecord<>(position, key, subject, raw, document, null);
    }

    public static <T> PulledRecord<T> unmappable(Watermark position, String key, String subject, String raw, String problem) {
        return new PulledRecord<>(position, key, subject, raw, null, problem);
    }

    public boolean isMapped() {
        return mappingProblem == null;
    }
}
