package org.supplierportal.order;

import java.time.Instant;

/** An order's header as the detail page shows it. */
public record OrderHeader(OrderSummary summary, String buyerEmail, String paymentTerms, String incoterms,
                          String shipTo, long erpRevision, Instant lastAnsweredAt) {
}
