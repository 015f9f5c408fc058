package org.supplierportal.apiclient;

import java.util.Set;

/**
 * What the token endpoint needs of a usable client: its secret's hash, its scopes and its supplier's key.
 *
 * @param tenantKey null for the buyer side
 */
public record ApiClientCredentials(String clientId, String secretHash, String tenantKey, Set<ApiScope> scopes) {

    public ApiClientCredentials {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "ApiClientCredentials[" + clientId + "]"; // never the hash in a log line
    }
}
