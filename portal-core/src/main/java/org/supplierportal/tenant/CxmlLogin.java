package org.supplierportal.tenant;

import org.supplierportal.tenancy.TenantId;

/**
 * The supplier a cXML document's Sender credential names, and whether the document's shared secret is that
 * supplier's: the endpoint takes the tenant from here, never from the document's content.
 *
 * @param secretMatches false for a wrong or missing shared secret: the document is then refused, nothing applied
 */
public record CxmlLogin(TenantId tenantId, String tenantKey, String tenantName, ChannelSettings settings,
                        boolean secretMatches) {
}
