package org.supplierportal.b2b.cxml;

import org.supplierportal.tenant.CxmlCredential;
import org.w3c.dom.Element;

/**
 * A cXML request as read: the envelope's payloadID and credentials, and the one request element it carries.
 *
 * @param sharedSecret the Sender credential's SharedSecret, or null
 * @param requestType  the request element's name, e.g. ConfirmationRequest
 * @param request      that element, for the mapping of its type
 */
record CxmlDocument(String payloadId, String timestamp, CxmlCredential from, CxmlCredential to, CxmlCredential sender,
                    String sharedSecret, String requestType, boolean test, Element request) {
}
