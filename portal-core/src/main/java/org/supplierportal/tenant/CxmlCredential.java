package org.supplierportal.tenant;

import java.util.Locale;

/**
 * One cXML Credential: a domain (NetworkId, DUNS, a buyer's own) and the identity in it. Two credentials are the same
 * when both match ignoring case, as cXML networks compare them.
 */
public record CxmlCredential(String domain, String identity) {

    public CxmlCredential {
        domain = domain == null || domain.isBlank() ? null : domain.strip();
        identity = identity == null || identity.isBlank() ? null : identity.strip();
    }

    public boolean complete() {
        return domain != null && identity != null;
    }

    public boolean sameAs(CxmlCredential other) {
        return other != null && complete() && other.complete()
                && domain.toLowerCase(Locale.ROOT).equals(other.domain.toLowerCase(Locale.ROOT))
                && identity.toLowerCase(Locale.ROOT).equals(other.identity.toLowerCase(Locale.ROOT));
    }

    /** As the message log and the screens show it: {@code NetworkId:AN01000000123}. */
    @Override
    public String toString() {
        return domain + ":" + identity;
    }
}
