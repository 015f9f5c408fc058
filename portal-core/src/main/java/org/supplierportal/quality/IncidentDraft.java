package org.supplierportal.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.supplierportal.tenancy.TenantId;

/**
 * What a buyer enters to open an incident. The order line, ASN, lot and quantity are optional (a defect found in
 * production may only know the part); due dates left out follow from the severity.
 */
public record IncidentDraft(TenantId supplier, Severity severity, String title, String defect, String partNumber,
                            String orderNumber, Integer orderLineNumber, String asnNumber, String lot,
                            BigDecimal quantityAffected, String unit, Map<StepKind, Instant> dueDates) {

    public IncidentDraft {
        dueDates = dueDates == null ? Map.of() : Map.copyOf(dueDates);
    }
}
