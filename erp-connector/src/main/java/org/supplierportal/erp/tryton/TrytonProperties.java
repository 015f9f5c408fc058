package org.supplierportal.erp.tryton;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Tryton ({@code portal.erp.tryton.*}). The adapter is active when a URL is set.
 *
 * @param url      e.g. http://erp.example:8000 (trytond's JSON-RPC endpoint, without the database)
 * @param database the Tryton database name
 * @param company  the company id to act for; empty: the user's current company
 * @param timeout  per call
 */
@ConfigurationProperties("portal.erp.tryton")
public record TrytonProperties(String url, String database, String username, String password, Long company,
                               Duration timeout) {

    public TrytonProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    public boolean configured() {
        return url != null && !url.isBlank();
    }

    /** Never the password: these settings appear in logs and on the monitor. */
    @Override
    public String toString() {
        return "Tryton " + url + " database " + database + " as " + username;
    }
}
