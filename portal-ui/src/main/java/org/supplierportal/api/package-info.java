/**
 * The versioned REST API for suppliers' own systems ({@code /api/v1}): the caller's orders with their revisions,
 * acknowledgments with their evaluation, and the resulting commitments. The same services and rules as the screens;
 * the same tenant isolation; errors as RFC 9457 problem details with field-level messages. Its own data types, so
 * the contract stays stable while the inside changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API")
package org.supplierportal.api;
