package org.supplierportal.order;

/**
 * An order's identity in its ERP and the fingerprint of its current revision ({@link OrderDocument#fingerprint()}),
 * as the portal stores it: for comparing the portal's orders with the ERP's without reading their lines.
 */
public record OrderFingerprint(OrderId id, String erpId, String number, String fingerprint) {
}
