package org.supplierportal.onboarding;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The content of one {@code tenants/*.yaml} file, as written; {@link TenantFileValidator} checks it before anything
 * is applied. Field names here are the field names in the file. The API reads and onboards suppliers in the same
 * shape, as JSON ({@link SupplierFiles}).
 */
public record TenantFile(String key, String name, List<String> erpPartyCodes, Contact contact, Address address,
                         Shipping shipping, Tolerances tolerances, Integer acknowledgmentDeadlineWorkingDays,
                         List<User> users, B2b b2b) {

    public record Address(String street, String postalCode, String city, String country) {
    }

    public record Shipping(Address shipFrom, String gs1CompanyPrefix, Boolean shipBeforeAcknowledgment, String defaultCarrier) {
    }

    public record Contact(String name, String email, String phone) {
    }

    public record Tolerances(BigDecimal quantityUnderPercent, BigDecimal quantityOverPercent, Integer dateEarlyDays,
                             Integer dateLateDays, BigDecimal priceUnderPercent, BigDecimal priceOverPercent) {
    }

    /** @param password taken when onboarding, never shown back */
    public record User(String username, String name, String email, String role,
                       @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password) {
    }

    /**
     * The supplier's B2B channel (issue 14): e.g. X12 004010 over SFTP; left out, the supplier is on the portal only.
     *
     * @param unbQualifier the partner's UNB sender code qualifier (0007), channel EDIFACT; stored where X12 keeps ISA05
     * @param unbId        the partner's UNB sender identification (0004), channel EDIFACT; stored where X12 keeps ISA06
     */
    record B2b(String channel, String version, String isaQualifier, String isaId, String gsCode, String transport,
               List<String> documents, String sftpPublicKey, String sftpPassword, Cxml cxml, String unbQualifier,
               String unbId, As2 as2) {
    }

    /**
     * The partner's AS2 side (transport AS2).
     *
     * @param certificate the partner's X.509 certificate in PEM
     * @param signedMdn   ask for signed MDNs; left out: yes
     * @param asyncMdn    ask the partner to post its MDNs later, to the portal's /b2b/as2/mdn; left out: no
     */
    record As2(String partnerId, String url, String certificate, Boolean signedMdn, Boolean asyncMdn) {
    }

    /**
     * The partner's cXML 1.2 credentials (channel CXML).
     *
     * @param sharedSecret stored only as a hash, never shown back
     * @param orderUrl     where its OrderRequests are posted; left out, they wait in the message log
     */
    record Cxml(Credential from, Credential to, Credential sender,
                @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String sharedSecret, String orderUrl) {
    }

    record Credential(String domain, String identity) {
    }
}
