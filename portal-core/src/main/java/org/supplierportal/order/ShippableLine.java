package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order line as an ASN sees it: what it is, where it goes, how much was agreed and how much has arrived.
 *
 * @param committedQuantity the agreed quantity, or null while the line is not committed
 * @param dueDate           the last committed delivery date, or the requested date
 */
public record ShippableLine(OrderId orderId, org.supplierportal.tenancy.TenantId tenantId, String orderNumber, String shipTo, String sourceSystem, String erpOrderId,
                            int lineNumber, String erpLineId, String partNumber, String supplierPartNumber,
                            String description, BigDecimal orderedQuantity, BigDecimal committedQuantity, String unit,
                            LineStatus status, LocalDate dueDate, BigDecimal receivedQuantity) {

    /** How much the supplier is to deliver in all: the agreed quantity, or the ordered one before an agreement. */
    public BigDecimal targetQuantity() {
        return committedQuantity != null ? committedQuantity : orderedQuantity;
    }

    public boolean committed() {
        return status == LineStatus.COMMITTED;
    }

    /** Whether anything can still be shipped: not rejected or cancelled. */
    public boolean open() {
        return status != LineStatus.REJECTED && status != LineStatus.CANCELLED;
    }
}
