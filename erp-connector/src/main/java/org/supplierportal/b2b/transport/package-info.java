/**
 * How B2B documents travel: the SFTP server (Apache MINA SSHD) with one folder pair per supplier, started only when
 * configured, and AS2 ({@code as2}); both hand what partners send to the same
 * {@link org.supplierportal.b2b.InboundDocuments}, and {@code PartnerOutboundDrop} sends the portal's documents by the
 * supplier's transport.
 */
package org.supplierportal.b2b.transport;
