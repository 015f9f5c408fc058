package org.supplierportal.webhook;

import java.util.Set;
import java.util.UUID;

import org.supplierportal.businessevents.BusinessEventType;

/** What a person asks for: which API client is told, at which URL, of which events. Checked by {@link WebhookRule}. */
public record WebhookDraft(UUID apiClientId, String url, Set<BusinessEventType> eventTypes) {

    public WebhookDraft {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }
}
