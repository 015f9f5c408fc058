package org.supplierportal.apiclient;

import java.time.Instant;
import java.util.Set;

import org.supplierportal.tenancy.TenantId;

/**
 * A new API client as an administrator describes it.
 *
 * @param supplier  the supplier it acts for, or null for the buyer side
 * @param expiresAt when its secret stops working
 */
public record ApiClientDraft(String name, TenantId supplier, Set<ApiScope> scopes, Instant expiresAt) {

    public ApiClientDraft {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        name = name == null ? null : name.strip();
    }

    public ApiClientDraft withName(String newName) {
        return new ApiClientDraft(newName, supplier, scopes, expiresAt);
    }

    public boolean buyerSide() {
        return supplier == null;
    }
}
