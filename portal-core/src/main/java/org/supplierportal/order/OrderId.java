package org.supplierportal.order;

import java.util.Objects;
import java.util.UUID;

/** Identity of a purchase order in the portal. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    public static OrderId of(String value) {
        return new OrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
