package org.supplierportal.shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supplierportal.tenancy.TenantId;

/**
 * An ASN as screens, documents, the API and the ERP see it.
 *
 * @param asnVersion 1 for the first; each change sent to the ERP adds one
 * @param version    for edits: an edit based on an older version is refused rather than overwriting a newer one
 */
public record AsnView(UUID id, TenantId tenantId, String supplierName, String number, int asnVersion,
                      AsnStatus status, LocalDate shipDate, LocalDate expectedArrival, String carrier,
                      String trackingNumber, String billOfLading, String shipTo, List<AsnLineView> lines,
                      List<AsnPackage> packages, String createdBy, Instant createdAt, Instant updatedAt,
                      Instant receivedAt, long version) {

    public List<String> orderNumbers() {
        return lines.stream().map(AsnLineView::orderNumber).distinct().toList();
    }
}
