package org.supplierportal.tenancy;

import java.util.Objects;
import java.util.UUID;

/** Identity of a supplier tenant (one supplier company). */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id must not be null");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
