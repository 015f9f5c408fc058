package org.supplierportal.shipment;

/**
 * @param dueThisWeek confirmed lines due within seven days with something left to ship
 * @param onTheWay    ASNs sent and not yet received
 */
public record ShippingDashboard(long dueThisWeek, long onTheWay) {
}
