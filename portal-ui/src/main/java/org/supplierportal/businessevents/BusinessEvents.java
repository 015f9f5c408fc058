package org.supplierportal.businessevents;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The business events for other ways out than Kafka (webhooks): which domain events are business events, and each
 * one's envelope with the supplier it belongs to. Always there, with or without a broker; the same catalogue and
 * envelope as the event stream.
 */
@Component
public class BusinessEvents {

    private final BusinessEventEnvelopes envelopes;

    BusinessEvents(BusinessEventEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    /** For a listener's condition: whether the domain event goes out at all. */
    public boolean isBusinessEvent(Object event) {
        return BusinessEventCatalogue.isExternal(event);
    }

    /** The business event type of a domain event; empty for an event that stays inside. */
    public Optional<BusinessEventType> typeOf(Object event) {
        return BusinessEventCatalogue.describe(event).map(BusinessEventCatalogue.Described::type);
    }

    /** The event's envelope (a new id and time each call) and whose it is; empty for an event that stays inside. */
    public Optional<SupplierBusinessEvent> describe(Object event) {
        return BusinessEventCatalogue.describe(event).map(described -> new SupplierBusinessEvent(described.type(),
                described.tenantId(), envelopes.envelope(described)));
    }
}
