/**
 * cXML 1.2: suppliers' systems post documents to the portal's HTTPS endpoint and get the synchronous Response. The
 * reader parses with the JDK's XML support (no DTD fetched, no external entity resolved, no internal subset taken);
 * pure mappings turn a ConfirmationRequest into the acknowledgment a supplier gives on the screen, a
 * ShipNoticeRequest into the ASN a supplier enters there, and an order revision into an OrderRequest; the inbound
 * service authenticates the partner by its Sender credential and shared secret, applies the document as the
 * partner's EDI principal and logs every document in and out.
 */
package org.supplierportal.b2b.cxml;
