package org.supplierportal.identity;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where links in e-mails (invitations, password links, incidents) point: the configured public address, never a
 * request's Host header (which whoever sends the request chooses). Outside the demo the address is required, so a
 * portal without it does not start instead of mailing links to the wrong place. Pure.
 */
public final class PublicUrlRule {

    static final String SETTING = "PORTAL_INVITATIONS_PUBLIC_URL";

    private PublicUrlRule() {
    }

    /**
     * @return the configured address without trailing slashes, or null in the demo when none is configured (then the
     *         portal's own local address serves)
     * @throws IllegalStateException saying what to set, when the address is missing outside the demo or is not one
     */
    public static String check(String configured, boolean demoEnabled) {
        if (configured == null || configured.isBlank()) {
            if (demoEnabled) {
                return null;
            }
            throw new IllegalStateException(SETTING + " is not set. Links in e-mails (invitations, password links,"
                    + " quality incidents) need the portal's address as people reach it, e.g. https://portal.example.com;"
                    + " the portal never takes it from a request. Set it, or PORTAL_DEMO_ENABLED=true for a demo on this"
                    + " machine.");
        }
        String address = configured.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(address);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null) {
                return address;
            }
        } catch (URISyntaxException notAnAddress) {
            // said below
        }
        throw new IllegalStateException(SETTING + " must be the portal's address, like https://portal.example.com,"
                + " not '" + address + "'.");
    }
}
