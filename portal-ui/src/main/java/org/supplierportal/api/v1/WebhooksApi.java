package org.supplierportal.api.v1;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplierportal.api.v1.WebhooksModel.Delivery;
import org.supplierportal.api.v1.WebhooksModel.NewWebhook;
import org.supplierportal.api.v1.WebhooksModel.Webhook;
import org.supplierportal.api.v1.WebhooksModel.WebhookRequest;
import org.supplierportal.apiclient.IdempotencyKeys;
import org.supplierportal.webhook.CreatedWebhook;
import org.supplierportal.webhook.WebhookDeliveryView;
import org.supplierportal.webhook.WebhookService;
import org.supplierportal.webhook.WebhookView;

/**
 * An API client's own webhooks: the system that is told of events subscribes, reads its deliveries and has one sent
 * again, without a person at the Webhooks screen. A client sees and changes its own subscriptions only; a person
 * calling with a login (an administrator) those the screen shows them.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Your system told of events by a signed POST (Standard Webhooks), instead of polling")
class WebhooksApi {

    private final WebhookService webhooks;
    private final IdempotencyKeys idempotency;

    WebhooksApi(WebhookService webhooks, IdempotencyKeys idempotency) {
        this.webhooks = webhooks;
        this.idempotency = idempotency;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('SCOPE_webhooks:read', 'SCOPE_webhooks:write')")
    @Operation(operationId = "listWebhooks", summary = "Your webhooks, newest first",
            description = "Page with limit (at most 200) and after: follow the Link header rel=\"next\" until there is none.")
    ResponseEntity<List<Webhook>> list(@RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                       @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        int pageSize = ApiPaging.limit(limit);
        ApiCursor cursor = ApiCursor.decode(after, "webhooks");
        Comparator<WebhookView> newestFirst = Comparator.comparing(WebhookView::createdAt).reversed()
                .thenComparing(WebhookView::id, Comparator.reverseOrder());
        // A client has a handful of webhooks, a portal hundreds: they are read whole and cut here.
        List<WebhookView> fetched = webhooks.list().stream().sorted(newestFirst)
                .filter(webhook -> cursor == null || isAfter(webhook, cursor)).limit(pageSize + 1L).toList();
        ApiPaging.Page<WebhookView> page = ApiPaging.Page.of(fetched, pageSize,
                webhook -> new ApiCursor("webhooks", webhook.createdAt().toString(), webhook.id().toString()), request);
        return ResponseEntity.ok().headers(page.headers()).body(page.items().stream().map(Webhook::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_webhooks:write')")
    @Operation(operationId = "createWebhook", summary = "Subscribe your system to events",
            description = "eventTypes from the event catalogue (/asyncapi.yaml: order.received, ...). The url must be"
                    + " https and public: an address of the portal's own machine or network (loopback, 10/8, 172.16/12,"
                    + " 192.168/16, 169.254/16, fc00::/7) is refused, and checked again before each delivery. The answer"
                    + " holds the signing secret (whsec_...): only this once, keep it. 422 lists every problem by field;"
                    + " nothing is saved then. With an Idempotency-Key a repeat answers with the webhook the first request"
                    + " made (Idempotent-Replayed: true), without the secret.")
    ResponseEntity<NewWebhook> create(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                      @RequestBody WebhookRequest body) {
        String[] secret = new String[1];
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, "webhook.create", ApiPreconditions.fingerprintOf(body), () -> {
            CreatedWebhook created = webhooks.create(body.draft());
            secret[0] = created.secret();
            return IdempotencyKeys.Answer.of(201, created.webhook().id());
        });
        Webhook webhook = Webhook.of(webhooks.get(UUID.fromString(answer.reference())));
        return AsnsApi.replayed(ResponseEntity.created(URI.create("/api/v1/webhooks/" + webhook.id())), answer)
                .eTag(ApiPreconditions.etag(webhook)).body(new NewWebhook(webhook, secret[0]));
    }

    @GetMapping("/{webhookId}")
    @PreAuthorize("hasAnyAuthority('SCOPE_webhooks:read', 'SCOPE_webhooks:write')")
    @Operation(operationId = "getWebhook", summary = "One of your webhooks (never its secret)")
    ResponseEntity<Webhook> get(@PathVariable UUID webhookId) {
        Webhook webhook = Webhook.of(webhooks.get(webhookId));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(webhook)).body(webhook);
    }

    @DeleteMapping("/{webhookId}")
    @PreAuthorize("hasAuthority('SCOPE_webhooks:write')")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe: delete a webhook with its deliveries",
            description = "Nothing more is sent to it, not even deliveries waiting for a retry. Answers with the webhook"
                    + " as it was. If-Match, when sent, must be the webhook's ETag (412 otherwise).")
    ResponseEntity<Webhook> delete(@PathVariable UUID webhookId,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Webhook deleted = Webhook.of(webhooks.get(webhookId));
        ApiPreconditions.checkMatch(ifMatch, deleted);
        webhooks.delete(webhookId);
        return ResponseEntity.ok(deleted);
    }

    @GetMapping("/{webhookId}/deliveries")
    @PreAuthorize("hasAnyAuthority('SCOPE_webhooks:read', 'SCOPE_webhooks:write')")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's deliveries, newest first",
            description = "state: PENDING (on its way, or waiting for a retry at nextAttemptAt), DELIVERED or DEAD (every"
                    + " attempt failed: send it again). Page with limit (at most 200) and after: follow the Link header"
                    + " rel=\"next\".")
    ResponseEntity<List<Delivery>> deliveries(@PathVariable UUID webhookId,
                                              @RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                              @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        int pageSize = ApiPaging.limit(limit);
        ApiCursor cursor = ApiCursor.decode(after, "webhook-deliveries");
        List<WebhookDeliveryView> fetched = cursor == null ? webhooks.deliveriesOf(webhookId, null, null, pageSize + 1)
                : webhooks.deliveriesOf(webhookId, ApiParameters.instant(cursor.value()), ApiParameters.uuid(cursor.id()), pageSize + 1);
        ApiPaging.Page<WebhookDeliveryView> page = ApiPaging.Page.of(fetched, pageSize,
                delivery -> new ApiCursor("webhook-deliveries", delivery.createdAt().toString(), delivery.id().toString()), request);
        return ResponseEntity.ok().headers(page.headers()).body(page.items().stream().map(Delivery::of).toList());
    }

    @PostMapping("/{webhookId}/deliveries/{deliveryId}/send-again")
    @PreAuthorize("hasAuthority('SCOPE_webhooks:write')")
    @Operation(operationId = "sendWebhookDeliveryAgain", summary = "Send a dead or delivered delivery again",
            description = "At once, with a new series of attempts: the same body under the same webhook-id, a new"
                    + " timestamp and signature. 202 with the delivery as it is now (follow it in the deliveries). 404"
                    + " for a delivery that is still pending or not this webhook's. With an Idempotency-Key a repeat"
                    + " sends nothing more.")
    ResponseEntity<Delivery> sendAgain(@PathVariable UUID webhookId, @PathVariable UUID deliveryId,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, "webhook.sendAgain", deliveryId.toString(), () -> {
            webhooks.sendAgain(webhookId, deliveryId);
            return IdempotencyKeys.Answer.of(202, deliveryId);
        });
        return AsnsApi.replayed(ResponseEntity.accepted(), answer).body(Delivery.of(webhooks.delivery(webhookId, deliveryId)));
    }

    private static boolean isAfter(WebhookView webhook, ApiCursor cursor) {
        int byTime = webhook.createdAt().compareTo(ApiParameters.instant(cursor.value()));
        return byTime < 0 || byTime == 0 && webhook.id().compareTo(ApiParameters.uuid(cursor.id())) < 0;
    }
}
