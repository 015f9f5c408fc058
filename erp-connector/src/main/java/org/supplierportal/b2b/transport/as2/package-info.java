/**
 * AS2 (RFC 4130) with com.helger.as2:as2-lib: the endpoint partners post signed (and encrypted) documents to, which
 * knows the partner by its AS2-From and the certificate in its channel settings and answers with a signed MDN; and
 * the sender that posts the portal's documents to a partner and checks the MDN that comes back.
 */
package org.supplierportal.b2b.transport.as2;
