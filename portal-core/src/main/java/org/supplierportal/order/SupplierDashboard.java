package org.supplierportal.order;

/** What needs a supplier's action, counted. */
public record SupplierDashboard(long newOrders, long changedOrders, long overdue, long buyerAnswered, long inReview) {

    public long needingAction() {
        return newOrders + changedOrders + buyerAnswered;
    }
}
