package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.util.List;

import org.supplierportal.order.OrderId;

/** An ASN line as screens, documents, the API and the ERP see it. */
public record AsnLineView(int lineNo, OrderId orderId, String orderNumber, int orderLineNumber, String sourceSystem,
                          String erpOrderId, String erpLineId, String partNumber, String description,
                          BigDecimal quantity, String unit, String lot, List<String> serials,
                          BigDecimal receivedQuantity) {
}
