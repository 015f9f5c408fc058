package org.supplierportal.api.v1;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.webhook.WebhookDeliveryView;
import org.supplierportal.webhook.WebhookDraft;
import org.supplierportal.webhook.WebhookView;

/** The webhook operations' bodies. */
final class WebhooksModel {

    private WebhooksModel() {
    }

    @Schema(description = "A new subscription: where to post, which events")
    record WebhookRequest(@Schema(example = "https://erp.example.com/portal-events") String url,
                          @Schema(example = "[\"order.received\", \"order.revised\"]") List<String> eventTypes,
                          @Schema(description = "Leave out: an API client subscribes itself. An administrator calling"
                                  + " with a login names the client") UUID apiClientId) {

        WebhookDraft draft() {
            Set<BusinessEventType> types = EnumSet.noneOf(BusinessEventType.class);
            for (String name : eventTypes == null ? List.<String>of() : eventTypes) {
                types.add(Arrays.stream(BusinessEventType.values()).filter(type -> type.wireName().equals(name)).findFirst()
                        .orElseThrow(() -> new ApiParameters.InvalidParameterException("eventTypes", "There is no event type '"
                                + (name == null || name.length() > 60 ? "…" : name) + "': use those of the catalogue ("
                                + Arrays.stream(BusinessEventType.values()).map(BusinessEventType::wireName)
                                .collect(Collectors.joining(", ")) + ").")));
            }
            return new WebhookDraft(apiClientId, url, types);
        }
    }

    record Webhook(UUID id, UUID apiClientId, String apiClient, String supplier, String url, List<String> eventTypes,
                   String status, Instant createdAt, String createdBy) {

        static Webhook of(WebhookView webhook) {
            return new Webhook(webhook.id(), webhook.apiClientId(), webhook.apiClientName(), webhook.supplierName(),
                    webhook.url(), webhook.eventTypes().stream().sorted().map(BusinessEventType::wireName).toList(),
                    webhook.status().name(), webhook.createdAt(), webhook.createdBy());
        }
    }

    @Schema(description = "A new webhook and its signing secret, which no later answer shows")
    record NewWebhook(Webhook webhook, @Schema(description = "whsec_ and the key in base64; null on a replayed answer") String secret) {
    }

    record Delivery(UUID id, UUID webhookId, String eventType, String supplierKey, Instant createdAt, String state,
                    int attempts, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt) {

        static Delivery of(WebhookDeliveryView delivery) {
            return new Delivery(delivery.id(), delivery.subscriptionId(), delivery.eventType(), delivery.supplierKey(),
                    delivery.createdAt(), delivery.state().name(), delivery.attempts(), delivery.lastAttemptAt(),
                    delivery.lastStatus(), delivery.lastProblem() == null ? null : delivery.lastProblem().english(),
                    delivery.state() == WebhookDeliveryView.State.PENDING ? delivery.nextAttemptAt() : null);
        }
    }
}
