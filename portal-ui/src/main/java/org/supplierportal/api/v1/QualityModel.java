package org.supplierportal.api.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supplierportal.input.DecimalLimit;
import org.supplierportal.quality.AttachmentView;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepView;

/** The quality incidents' data types of API version 1. */
final class QualityModel {

    private QualityModel() {
    }

    /** What a buyer sends to open an incident; due dates left out follow from the severity. */
    record IncidentRequest(@Text(max = 64) String supplierKey, Severity severity, @Text(max = 200) String title,
                           @Text(max = 4000) String defect, @Text(max = 100) String partNumber,
                           @Text(max = 50) String orderNumber, Integer orderLineNumber, @Text(max = 30) String asnNumber,
                           @Text(max = 100) String lot, @Fits(DecimalLimit.SHIPPED_QUANTITY) BigDecimal quantityAffected,
                           @Text(max = 20) String unit, Map<String, Instant> dueDates) {
    }

    record Incident(UUID id, String number, String status, String supplier, String severity, String title, String defect,
                    String partNumber, String orderNumber, Integer orderLineNumber, String asnNumber, String lot,
                    BigDecimal quantityAffected, String unit, String openedBy, Instant openedAt, Instant closedAt,
                    List<Step> steps, List<Attachment> attachments) {

        record Step(String step, String status, Instant dueAt, String response, String respondedBy, Instant respondedAt,
                    String reviewComment, String reviewedBy, Instant reviewedAt) {
        }

        record Attachment(UUID id, String step, String fileName, String contentType, long sizeBytes, String uploadedBy,
                          Instant uploadedAt) {
        }

        static Incident of(IncidentView incident) {
            return new Incident(incident.id(), incident.number(), incident.status().name(), incident.supplierName(),
                    incident.severity().name(), incident.title(), incident.defect(), incident.partNumber(),
                    incident.orderNumber(), incident.orderLineNumber(), incident.asnNumber(), incident.lot(),
                    incident.quantityAffected(), incident.unit(), incident.openedBy(), incident.openedAt(),
                    incident.closedAt(), incident.steps().stream().map(Incident::step).toList(),
                    incident.attachments().stream().map(Incident::attachment).toList());
        }

        private static Step step(StepView step) {
            return new Step(step.kind().slug(), step.status().name(), step.dueAt(), step.response(), step.respondedBy(),
                    step.respondedAt(), step.reviewComment(), step.reviewedBy(), step.reviewedAt());
        }

        static Attachment attachment(AttachmentView file) {
            return new Attachment(file.id(), file.stepKind() == null ? null : file.stepKind().slug(), file.fileName(),
                    file.contentType(), file.sizeBytes(), file.uploadedBy(), file.uploadedAt());
        }
    }

    record Answer(@Text(max = 8000) String text) {
    }

    record Review(@Text(max = 2000) String comment) {
    }
}
