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
            problems.add(new ChannelRules.Problem("version", "'" + settings.version() + "' is not a cXML version the portal takes; use 1.2"));
        }
        CxmlSettings cxml = settings.cxml();
        credential(cxml.from(), "cxmlFrom", "From", problems);
        credential(cxml.to(), "cxmlTo", "To", problems);
        credential(cxml.sender(), "cxmlSender", "Sender", problems);
        if (cxml.sharedSecret() == null && !cxml.sharedSecretSet()) {
            problems.add(new ChannelRules.Problem("cxmlSharedSecret", "cXML needs the shared secret the partner's Sender credential carries"));
        } else if (cxml.sharedSecret() != null && cxml.sharedSecret().length() < 12) {
            problems.add(new ChannelRules.Problem("cxmlSharedSecret", "a shared secret needs at least 12 characters"));
        }
        if (cxml.orderUrl() != null && !httpAddress(cxml.orderUrl())) {
            problems.add(new ChannelRules.Problem("cxmlOrderUrl", "is not an http(s) address, e.g. https://supplier.example/cxml"));
        }
        if (settings.transport() != B2bTransport.HTTPS) {
            problems.add(new ChannelRules.Problem("transport", "cXML travels over HTTPS; choose HTTPS"));
        }
        if (settings.documents().isEmpty()) {
            problems.add(new ChannelRules.Problem("documents", "choose at least one document the partner exchanges"));
        } else if (!DOCUMENTS.containsAll(settings.documents())) {
            problems.add(new ChannelRules.Problem("documents", "cXML exchanges purchase orders, order changes, order acknowledgments and ship notices only"));
        }
        return problems;
    }

    private static void credential(CxmlCredential credential, String field, String name, List<ChannelRules.Problem> problems) {
        if (!credential.complete()) {
            problems.add(new ChannelRules.Problem(field, "give the partner's " + name + " credential: a domain (e.g. NetworkId or DUNS) and an identity"));
        } else if (credential.domain().length() > 100 || credential.identity().length() > 200) {
            problems.add(new ChannelRules.Problem(field, "a domain has at most 100 characters, an identity 200"));
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
