/**
 * The Tryton 6.0 adapter, over JSON-RPC. {@link org.supplierportal.erp.tryton.TrytonAdapter} implements the port by
 * delegating to one class per capability (purchases and their changes, receipts, invoices, commitments, shipments for
 * ASNs), each making its calls through {@code TrytonClient}; what Tryton's records mean in the portal's terms (field
 * lists, domains, states, the arguments sent) lives in pure mapping classes ({@code Tryton*Mapping},
 * {@code TrytonOrderFeeds}, {@code TrytonRecords}, {@code TrytonValues}), unit-tested with JSON recorded from Tryton.
 * Another ERP gets a package of its own beside this one, shaped the same way.
 */
package org.supplierportal.erp.tryton;
