/**
 * How B2B documents travel: the SFTP server (Apache MINA SSHD) with one folder pair per supplier, started only when
 * configured. AS2 and HTTPS come here next, handing documents to the same {@link org.supplierportal.b2b.InboundDocuments}.
 */
package org.supplierportal.b2b.transport;
