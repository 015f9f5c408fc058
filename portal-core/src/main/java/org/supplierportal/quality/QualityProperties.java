package org.supplierportal.quality;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param deadlines          overrides of {@link QualityDeadlines#DEFAULTS}, e.g.
 *                           {@code portal.quality.deadlines.critical.containment=PT12H}
 * @param maxAttachmentSize  the largest file a person may attach
 */
@ConfigurationProperties("portal.quality")
public record QualityProperties(Map<Severity, Map<StepKind, Duration>> deadlines, DataSize maxAttachmentSize) {

    public QualityProperties {
        deadlines = deadlines == null ? Map.of() : deadlines;
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
    }
}
