package org.supplierportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Invitations ({@code portal.invitations.*}).
 *
 * @param validFor  how long a link works
 * @param publicUrl the portal's address as invitees reach it (https://portal.example.com); required outside the demo
 *                  ({@link PublicUrlRule})
 * @param mailFrom  the sender of invitation e-mails
 */
@ConfigurationProperties("portal.invitations")
public record InvitationProperties(Duration validFor, String publicUrl, String mailFrom) {

    public InvitationProperties {
        validFor = validFor == null ? Duration.ofDays(7) : validFor;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip();
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "Supplier Portal <no-reply@supplier-portal.local>" : mailFrom;
    }
}
