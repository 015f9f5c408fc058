package org.supplierportal.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, the API's, Vaadin's pages and its static files alike (Spring Security's
 * header writer does not see the requests Vaadin keeps out of the security chain). Set before the response is
 * written; a static file's own caching header replaces the no-store default.
 * <ul>
 *   <li>Content-Security-Policy: only the portal's own scripts, styles, images and connections; nothing may frame
 *       the portal or post its forms elsewhere. Vaadin Flow 25.2 needs inline and eval'd scripts (its client engine
 *       starts from an inline script and runs the server's JavaScript expressions), so script-src allows those;
 *       everything else is as strict as the portal can be.</li>
 *   <li>X-Content-Type-Options: nosniff; Referrer-Policy: same-origin.</li>
 *   <li>Cache-Control: no-store, so no shared or browser cache keeps a page of someone's orders.</li>
 *   <li>Strict-Transport-Security when the request came over HTTPS (directly or from a trusted TLS proxy).</li>
 * </ul>
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
