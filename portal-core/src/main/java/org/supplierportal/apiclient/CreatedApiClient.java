package org.supplierportal.apiclient;

/** A client just created, with its secret: the only time the portal has the secret in clear. */
public record CreatedApiClient(ApiClientView client, String secret) {

    @Override
    public String toString() {
        return "CreatedApiClient[" + client.id() + "]"; // never the secret in a log line
    }
}
