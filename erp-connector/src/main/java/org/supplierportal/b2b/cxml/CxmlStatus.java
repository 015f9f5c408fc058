package org.supplierportal.b2b.cxml;

/**
 * The status of the synchronous cXML Response, with cXML's codes and texts (cXML 1.2 reference guide, "Status").
 * {@code detail} is the element's content: what exactly was wrong, in the partner's terms.
 */
public record CxmlStatus(int code, String text, String detail) {

    /** The request was executed: the acknowledgment is recorded. */
    static CxmlStatus ok(String detail) {
        return new CxmlStatus(200, "OK", detail);
    }

    /** Unacceptable although it parsed: an unknown order line, a wrong type, quantities that do not add up. */
    static CxmlStatus badRequest(String detail) {
        return new CxmlStatus(400, "Bad Request", detail);
    }

    /** The Sender credential or its shared secret was not recognised. */
    static CxmlStatus unauthorized(String detail) {
        return new CxmlStatus(401, "Unauthorized", detail);
    }

    /** Authenticated, but not allowed: another partner's identity in From, a document the channel does not exchange. */
    static CxmlStatus forbidden(String detail) {
        return new CxmlStatus(403, "Forbidden", detail);
    }

    /** Not readable: not well-formed, not cXML, no payloadID, a DTD internal subset. */
    static CxmlStatus notAcceptable(String detail) {
        return new CxmlStatus(406, "Not Acceptable", detail);
    }

    /** The order's state prevents it: answered already, or a newer revision the supplier has not seen. */
    static CxmlStatus conflict(String detail) {
        return new CxmlStatus(409, "Conflict", detail);
    }

    /** A request type the portal does not implement (cXML's own code). */
    static CxmlStatus notImplemented(String detail) {
        return new CxmlStatus(450, "Not Implemented", detail);
    }

    public boolean success() {
        return code / 100 == 2;
    }
}
