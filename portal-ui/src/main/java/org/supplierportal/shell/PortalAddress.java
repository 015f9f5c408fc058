package org.supplierportal.shell;

import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/** The portal's address as the current user reaches it, for links sent to others (invitations). */
public final class PortalAddress {

    private PortalAddress() {
    }

    /** e.g. https://portal.example.com or http://localhost:8080; null outside a request. */
    public static String current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return null;
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
