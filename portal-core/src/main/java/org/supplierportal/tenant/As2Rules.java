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
            problems.add(ChannelRules.Problem.of("as2PartnerId", "channelRule.as2PartnerId"));
        }
        if (as2.url() == null || !CxmlRules.httpAddress(as2.url())) {
            problems.add(ChannelRules.Problem.of("as2Url", "channelRule.as2Url"));
        }
        if (as2.certificate() == null) {
            problems.add(ChannelRules.Problem.of("as2Certificate", "channelRule.as2Certificate"));
        } else if (as2.partnerCertificate() == null) {
            problems.add(ChannelRules.Problem.of("as2Certificate", "channelRule.as2CertificatePem"));
        }
        return problems;
    }
}
