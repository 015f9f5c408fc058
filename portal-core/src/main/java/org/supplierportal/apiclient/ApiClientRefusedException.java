package org.supplierportal.apiclient;

/** A call by a client that may no longer call: unknown, revoked, expired, or its supplier deactivated. */
public class ApiClientRefusedException extends RuntimeException {

    public enum Reason {
        UNKNOWN("The token's API client does not exist."),
        REVOKED("The API client was revoked. Ask your administrator for a new one."),
        EXPIRED("The API client expired. Ask your administrator for a new one."),
        SUPPLIER_DEACTIVATED("Your company's access to the Supplier Portal is deactivated."),
        MOVED_SUPPLIER("The Keycloak service account now acts for another supplier than when it first called the portal."
                + " Its API client and webhooks stay the first one's: use a new Keycloak client for the new supplier.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public ApiClientRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
