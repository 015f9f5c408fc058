package org.supplierportal.erp;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.supplierportal.tenancy.TenantId;

/** What other modules send to the ERP on purpose (commitments go by themselves, from their events). */
@Service
public class ErpOutbound {

    private final OutboundDispatcher dispatcher;

    ErpOutbound(OutboundDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Queues an ASN for the ERP and sends it at once; the ASN number is its idempotency key. */
    @PreAuthorize("hasRole('ADMIN')")
    public void sendAsn(AsnMessage asn, TenantId tenant) {
        dispatcher.enqueueAsn(asn, tenant.value());
    }
}
