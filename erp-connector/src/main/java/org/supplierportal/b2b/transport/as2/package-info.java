/**
 * AS2 (RFC 4130) with com.helger.as2:as2-lib: the endpoint partners post signed (and encrypted) documents to, which
 * knows the partner by its AS2-From and the certificate in its channel settings and answers with a signed MDN, in the
 * HTTP answer or, when the partner asks so, posted to its URL afterwards from the outbox ({@code As2AsyncMdns}); and
 * the sender that posts the portal's documents to a partner and checks the MDN that comes back, in the answer or later
 * at the portal's MDN endpoint ({@code As2MdnReceiver}).
 */
package org.supplierportal.b2b.transport.as2;
