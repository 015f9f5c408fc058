package org.supplierportal.b2b.log;

import java.time.Instant;
import java.util.UUID;

/** One line of the message log, as the admin screen lists it (the raw text is read one document at a time). */
public record B2bMessageView(UUID id, String supplierName, String direction, String standard, String documentType,
                             B2bMessageState state, String partnerId, String interchangeControl, String groupControl,
                             UUID orderId, String orderNumber, String fileName, String detail, UUID relatedId,
                             Instant createdAt) {
}
