package org.supplierportal.tenant;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a cXML channel needs before it can run, as problems by field in the user's words. Pure. */
final class CxmlRules {

    /**
     * The documents a cXML partner exchanges today: OrderRequest out (new, update), ConfirmationRequest and
     * ShipNoticeRequest in.
     */
    static final Set<B2bDocument> DOCUMENTS = Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_CHANGES,
            B2bDocument.ORDER_ACKNOWLEDGMENTS, B2bDocument.SHIP_NOTICES);

    private CxmlRules() {
    }

    static List<ChannelRules.Problem> check(ChannelSettings settings) {
        List<ChannelRules.Problem> problems = new ArrayList<>();
        if (settings.version() == null || !ChannelSettings.CXML_VERSIONS.contains(settings.version())) {
            problems.add(ChannelRules.Problem.of("version", "channelRule.cxmlVersion", settings.version()));
        }
        CxmlSettings cxml = settings.cxml();
        credential(cxml.from(), "cxmlFrom", "From", problems);
        credential(cxml.to(), "cxmlTo", "To", problems);
        credential(cxml.sender(), "cxmlSender", "Sender", problems);
        if (cxml.sharedSecret() == null && !cxml.sharedSecretSet()) {
            problems.add(ChannelRules.Problem.of("cxmlSharedSecret", "channelRule.cxmlSharedSecret"));
        } else if (cxml.sharedSecret() != null && cxml.sharedSecret().length() < 12) {
            problems.add(ChannelRules.Problem.of("cxmlSharedSecret", "channelRule.cxmlSharedSecretLength"));
        }
        if (cxml.orderUrl() != null && !httpAddress(cxml.orderUrl())) {
            problems.add(ChannelRules.Problem.of("cxmlOrderUrl", "channelRule.cxmlOrderUrl"));
        }
        if (settings.transport() != B2bTransport.HTTPS) {
            problems.add(ChannelRules.Problem.of("transport", "channelRule.cxmlTransport"));
        }
        if (settings.documents().isEmpty()) {
            problems.add(ChannelRules.Problem.of("documents", "channelRule.documents"));
        } else if (!DOCUMENTS.containsAll(settings.documents())) {
            problems.add(ChannelRules.Problem.of("documents", "channelRule.cxmlDocuments"));
        }
        return problems;
    }

    private static void credential(CxmlCredential credential, String field, String name, List<ChannelRules.Problem> problems) {
        if (!credential.complete()) {
            problems.add(ChannelRules.Problem.of(field, "channelRule.cxmlCredential", name));
        } else if (credential.domain().length() > 100 || credential.identity().length() > 200) {
            problems.add(ChannelRules.Problem.of(field, "channelRule.cxmlCredentialLength"));
        }
    }

    static boolean httpAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
