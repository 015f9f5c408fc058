package org.supplierportal.businessevents;

import java.time.Instant;
import java.util.UUID;

/**
 * What a system outside the portal receives for one business change: the same shape for every event, so a consumer
 * can route by {@code type} and {@code version} before it reads {@code data}. Described in {@code /asyncapi.yaml}.
 *
 * @param type        what happened, e.g. {@code order.received}
 * @param version     the version of {@code data}'s shape for this type; raised only by an incompatible change
 * @param id          unique per message
 * @param occurredAt  when the portal published the change to the broker (after the change was committed)
 * @param supplierKey the supplier the change belongs to (also the message key)
 * @param data        the change, in the supplier's terms, holding only that supplier's data
 */
public record BusinessEvent(String type, int version, UUID id, Instant occurredAt, String supplierKey, Object data) {
}
