package org.supplierportal.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What an AS2 transport needs before it can run, as problems by field in the user's words. Pure. */
final class As2Rules {

    /** RFC 4130: an AS2 name is 1 to 128 printable ASCII characters (quoted when it has spaces; we keep it simple). */
    static final Pattern AS2_ID = Pattern.compile("[!-~]{1,128}");

    private As2Rules() {
    }

    static List<ChannelRules.Problem> check(As2Settings as2) {
        List<ChannelRules.Problem> problems = new ArrayList<>();
        if (as2.partnerId() == null || !AS2_ID.matcher(as2.partnerId()).matches()) {
            problems.add(new ChannelRules.Problem("as2PartnerId", "give the partner's AS2 ID: 1 to 128 letters, digits or signs, no spaces"));
        }
        if (as2.url() == null || !CxmlRules.httpAddress(as2.url())) {
            problems.add(new ChannelRules.Problem("as2Url", "give the partner's AS2 address, e.g. https://supplier.example/as2"));
        }
        if (as2.certificate() == null) {
            problems.add(new ChannelRules.Problem("as2Certificate", "AS2 needs the partner's certificate (PEM): its signatures are checked with it"));
        } else if (as2.partnerCertificate() == null) {
            problems.add(new ChannelRules.Problem("as2Certificate", "is not an X.509 certificate in PEM (-----BEGIN CERTIFICATE----- ...)"));
        }
        if (as2.asyncMdn()) {
            problems.add(new ChannelRules.Problem("as2AsyncMdn", "asynchronous MDNs are not available yet; use synchronous MDNs"));
        }
        return problems;
    }
}
