/**
 * B2B channels: suppliers' own systems exchanging standard documents with the portal instead of people using the
 * screens. One package per standard ({@code x12}, later {@code edifact} and {@code cxml}) holds the pure mappings to
 * and from the canonical model and the service that applies a document through the same core services the screens
 * call; {@code transport} holds the ways documents arrive and leave (SFTP now, AS2 and HTTPS later); {@code log} the
 * message log every document in and out is kept in, with its state, control numbers and raw text; {@code outbound}
 * the one sender of orders and order changes for every EDI standard, each standard adding a writer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "B2B channels")
package org.supplierportal.b2b;
