package org.supplierportal.quality;

import java.time.Instant;
import java.util.UUID;

/** A file attached to an incident (stepKind null) or one of its steps, without its content. */
public record AttachmentView(UUID id, StepKind stepKind, String fileName, String contentType, long sizeBytes,
                             String uploadedBy, Instant uploadedAt) {
}
