package org.supplierportal.tenant;

/**
 * A supplier's cXML 1.2 identity. The shared secret is write-only, like the SFTP password: {@code sharedSecret}
 * carries a new one in (null keeps the stored one), what comes back out only says whether one is set.
 *
 * @param from     the credential the supplier's documents carry in From
 * @param to       the credential the portal's documents carry in To (the supplier as their recipient)
 * @param sender   the credential that authenticates the supplier's system, with the shared secret
 * @param orderUrl where the portal posts the supplier's OrderRequests; none: they wait in the message log for pickup
 */
public record CxmlSettings(CxmlCredential from, CxmlCredential to, CxmlCredential sender, String sharedSecret,
                           boolean sharedSecretSet, String orderUrl) {

    public static final CxmlSettings NONE = new CxmlSettings(null, null, null, null, false, null);

    public CxmlSettings {
        from = from == null ? new CxmlCredential(null, null) : from;
        to = to == null ? new CxmlCredential(null, null) : to;
        sender = sender == null ? new CxmlCredential(null, null) : sender;
        sharedSecret = sharedSecret == null || sharedSecret.isEmpty() ? null : sharedSecret;
        orderUrl = orderUrl == null || orderUrl.isBlank() ? null : orderUrl.strip();
    }

    /** The same settings as stored and shown: no secret in, only whether one is set. */
    CxmlSettings withoutSecret(boolean secretSet) {
        return new CxmlSettings(from, to, sender, null, secretSet, orderUrl);
    }
}
