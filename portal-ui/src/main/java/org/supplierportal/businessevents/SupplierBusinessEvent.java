package org.supplierportal.businessevents;

import org.supplierportal.tenancy.TenantId;

/**
 * A business event with the supplier it belongs to, for the portal's own delivery of it (webhooks).
 *
 * @param supplier the tenant whose event it is; never sent out (the envelope carries the supplier's key)
 */
public record SupplierBusinessEvent(BusinessEventType type, TenantId supplier, BusinessEvent envelope) {
}
