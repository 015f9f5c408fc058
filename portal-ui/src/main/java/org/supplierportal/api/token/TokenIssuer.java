package org.supplierportal.api.token;

import org.supplierportal.identity.PortalPublicUrl;

/**
 * The {@code iss} of the portal's API tokens: fixed, so every node issues and accepts the same. Configured
 * ({@code PORTAL_API_TOKEN_ISSUER}), or else the portal's public address ({@code PORTAL_INVITATIONS_PUBLIC_URL}, in
 * the demo http://localhost:PORT), read at the first token, once the port is known.
 */
final class TokenIssuer {

    private final String configured;
    private final PortalPublicUrl publicUrl;
    private volatile String issuer;

    TokenIssuer(String configured, PortalPublicUrl publicUrl) {
        this.configured = configured == null || configured.isBlank() ? null : configured.strip();
        this.publicUrl = publicUrl;
    }

    String get() {
        String known = issuer;
        if (known == null) {
            known = configured != null ? configured : publicUrl.get();
            issuer = known;
        }
        return known;
    }
}
