package org.supplierportal.b2b.cxml;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.w3c.dom.Element;

/** The synchronous cXML Response document for a status. Pure. */
final class CxmlResponses {

    private CxmlResponses() {
    }

    static String write(CxmlStatus status, String payloadIdDomain, OffsetDateTime now) {
        CxmlWriter cxml = CxmlWriter.start(UUID.randomUUID() + "@" + payloadIdDomain, now);
        Element response = cxml.add(cxml.root(), "Response");
        Element element = cxml.add(response, "Status", status.detail() == null ? "" : status.detail());
        element.setAttribute("code", Integer.toString(status.code()));
        element.setAttribute("text", status.text());
        element.setAttribute("xml:lang", "en");
        return cxml.finish();
    }
}
