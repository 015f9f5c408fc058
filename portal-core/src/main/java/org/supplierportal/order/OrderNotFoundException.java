package org.supplierportal.order;

/** The order does not exist, or belongs to another supplier: either way the current user cannot have it. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(OrderId id) {
        super("Purchase order " + id + " was not found.");
    }
}
