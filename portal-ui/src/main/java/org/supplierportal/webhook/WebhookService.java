package org.supplierportal.webhook;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Subscriptions and the delivery log, for people: admins see and change every one, a supplier's administrators
 * those of their own company's API clients. Every change is audited.
 */
@Service
public class WebhookService {

    /** People on the screen (admins); API clients through the API, for their own webhooks. */
    private static final String MAY_READ = "hasAnyRole('ADMIN', 'SUPPLIER_ADMIN') or hasAuthority('SCOPE_webhooks:read')"
            + " or hasAuthority('SCOPE_webhooks:write')";
    private static final String MAY_CHANGE = "hasAnyRole('ADMIN', 'SUPPLIER_ADMIN') or hasAuthority('SCOPE_webhooks:write')";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final WebhookSender sender;
    private final WebhookTargets targets;
    private final Clock clock;
    private final WebhookInterest interest;
    private final SecureRandom random = new SecureRandom();

    WebhookService(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog auditLog, WebhookSender sender,
                   WebhookTargets targets, Clock clock, WebhookInterest interest) {
        this.interest = interest;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.sender = sender;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * Subscribes an API client's system to events; returns the signing secret, shown this once.
     *
     * @throws InvalidWebhookException every problem of the draft; nothing saved
     */
    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public CreatedWebhook create(WebhookDraft asked) {
        CurrentUser me = currentUsers.require();
        WebhookCaller caller = WebhookCaller.of(me);
        WebhookDraft draft = caller.client() != null && asked.apiClientId() == null
                ? new WebhookDraft(caller.client(), asked.url(), asked.eventTypes()) : asked;
        List<WebhookProblem> problems = new ArrayList<>(WebhookRule.problems(draft));
        if (problems.stream().noneMatch(problem -> problem.field().equals("url"))) {
            targets.problemOnSave(draft.url()).ifPresent(refused -> problems.add(WebhookProblem.of("url", refused)));
        }
        Instant now = clock.instant();
        Optional<ClientRow> client = draft.apiClientId() == null ? Optional.empty() : client(draft.apiClientId(), caller);
        if (draft.apiClientId() != null && !caller.maySubscribe(draft.apiClientId())) {
            problems.add(WebhookProblem.of("client", "webhookRule.clientNotOwn"));
        } else if (draft.apiClientId() != null && client.isEmpty()) {
            problems.add(WebhookProblem.of("client", "webhookRule.clientUnknown"));
        } else if (client.isPresent() && (client.get().revokedAt() != null || !client.get().expiresAt().isAfter(now))) {
            problems.add(WebhookProblem.of("client", "webhookRule.clientUnusable"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidWebhookException(problems);
        }
        UUID id = UUID.randomUUID();
        String secret = newSecret();
        interest.subscriptionsChanging();
        jdbc.sql("""
                        insert into webhook_subscription (id, tenant_id, api_client_id, url, event_types, secret, status,
                                                          created_at, created_by)
                        values (:id, :tenant, :client, :url, :types, :secret, 'ACTIVE', :now, :by)""")
                .param("id", id).param("tenant", client.get().tenantId(), java.sql.Types.OTHER)
                .param("client", draft.apiClientId()).param("url", draft.url().strip())
                .param("types", WebhookRows.wireNames(draft.eventTypes())).param("secret", secret)
                .param("now", Timestamp.from(now)).param("by", me.displayName()).update();
        WebhookView view = find(id, caller);
        auditLog.record(WebhookRows.tenantOf(client.get().tenantId()), AuditAction.WEBHOOK_CREATED, "Webhook", id.toString(),
                "Webhook of API client '" + view.apiClientName() + "' to " + view.url() + " for "
                        + WebhookRows.wireNames(view.eventTypes()), null, view);
        return new CreatedWebhook(view, secret);
    }

    @PreAuthorize(MAY_READ)
    @Transactional(readOnly = true)
    public List<WebhookView> list() {
        return caller().bind(jdbc.sql(WebhookRows.SUBSCRIPTIONS + " order by s.created_at desc")).query(WebhookRows::view).list();
    }

    /** @throws WebhookNotFoundException it does not exist, or not for the caller */
    @PreAuthorize(MAY_READ)
    @Transactional(readOnly = true)
    public WebhookView get(UUID id) {
        return find(id, caller());
    }

    /** Stops new deliveries to the subscription (and holds its pending ones) until it is resumed. */
    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public WebhookView pause(UUID id) {
        return changeStatus(id, WebhookView.Status.PAUSED, AuditAction.WEBHOOK_PAUSED, "paused");
    }

    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public WebhookView resume(UUID id) {
        return changeStatus(id, WebhookView.Status.ACTIVE, AuditAction.WEBHOOK_RESUMED, "resumed");
    }

    /** Deletes the subscription with its delivery log. */
    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public void delete(UUID id) {
        WebhookView before = find(id, caller());
        jdbc.sql("delete from webhook_subscription where id = :id").param("id", id).update();
        auditLog.record(before.tenantId(), AuditAction.WEBHOOK_DELETED, "Webhook", id.toString(),
                "Webhook of API client '" + before.apiClientName() + "' to " + before.url() + " deleted", before, null);
    }

    /** The delivery log, newest first, a page at a time. */
    @PreAuthorize(MAY_READ)
    @Transactional(readOnly = true)
    public List<WebhookDeliveryView> deliveries(int offset, int limit) {
        return caller().bind(jdbc.sql(WebhookRows.DELIVERIES + " order by d.created_at desc, d.id offset :offset limit :limit"))
                .param("offset", offset).param("limit", limit).query(WebhookRows::delivery).list();
    }

    /**
     * One subscription's deliveries, newest first, a page after the delivery {@code (createdAt, id)} (null: from the
     * newest).
     *
     * @throws WebhookNotFoundException the subscription does not exist, or not for the caller
     */
    @PreAuthorize(MAY_READ)
    @Transactional(readOnly = true)
    public List<WebhookDeliveryView> deliveriesOf(UUID webhookId, Instant afterCreatedAt, UUID afterId, int limit) {
        WebhookCaller caller = caller();
        find(webhookId, caller);
        return caller.bind(jdbc.sql(WebhookRows.DELIVERIES + """
                         and d.subscription_id = :webhook and (cast(:after as timestamptz) is null
                              or (d.created_at, d.id) < (cast(:after as timestamptz), :afterId))
                        order by d.created_at desc, d.id desc limit :limit"""))
                .param("webhook", webhookId).param("after", afterCreatedAt == null ? null : Timestamp.from(afterCreatedAt), Types.TIMESTAMP)
                .param("afterId", afterId == null ? new UUID(0, 0) : afterId).param("limit", limit)
                .query(WebhookRows::delivery).list();
    }

    /** @throws WebhookNotFoundException no such delivery of that subscription, or not for the caller */
    @PreAuthorize(MAY_READ)
    @Transactional(readOnly = true)
    public WebhookDeliveryView delivery(UUID webhookId, UUID deliveryId) {
        return caller().bind(jdbc.sql(WebhookRows.DELIVERIES + " and d.id = :id and s.id = :webhook"))
                .param("id", deliveryId).param("webhook", webhookId).query(WebhookRows::delivery).optional()
                .orElseThrow(() -> new WebhookNotFoundException("delivery", deliveryId));
    }

    /**
     * Sends a dead or delivered delivery again, now and with a full series of attempts: the same body under the same
     * webhook-id, with a new timestamp and signature.
     */
    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public void sendAgain(UUID deliveryId) {
        sendAgain(null, deliveryId);
    }

    /** {@link #sendAgain(UUID)}, for a delivery of that subscription only. */
    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public void sendAgain(UUID webhookId, UUID deliveryId) {
        Optional<UUID> tenant = caller().bind(jdbc.sql("""
                update webhook_delivery d set status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = null,
                       last_status = null, claimed_by = null, claimed_until = null
                from webhook_subscription s
                where d.id = :id and s.id = d.subscription_id and d.status in ('DEAD', 'DELIVERED')
                  and (cast(:webhook as uuid) is null or s.id = :webhook) and """
                + WebhookCaller.SEES_SUBSCRIPTION + " returning d.tenant_id")).param("webhook", webhookId, Types.OTHER).param("id", deliveryId).param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> Optional.ofNullable(row.getObject("tenant_id", UUID.class))).optional()
                .orElseThrow(() -> new WebhookNotFoundException("delivery that can be sent again", deliveryId));
        auditLog.record(WebhookRows.tenantOf(tenant.orElse(null)), AuditAction.WEBHOOK_DELIVERY_SENT_AGAIN, "WebhookDelivery",
                deliveryId.toString(), "Webhook delivery sent again", null, null);
        sender.deliverDueInBackground();
    }

    private WebhookView changeStatus(UUID id, WebhookView.Status status, AuditAction action, String done) {
        WebhookCaller caller = caller();
        interest.subscriptionsChanging();
        WebhookView before = find(id, caller);
        jdbc.sql("update webhook_subscription set status = :status where id = :id").param("status", status.name())
                .param("id", id).update();
        WebhookView after = find(id, caller);
        auditLog.record(before.tenantId(), action, "Webhook", id.toString(),
                "Webhook of API client '" + before.apiClientName() + "' to " + before.url() + " " + done, before, after);
        return after;
    }

    private WebhookCaller caller() {
        return WebhookCaller.of(currentUsers.require());
    }

    private WebhookView find(UUID id, WebhookCaller caller) {
        return caller.bind(jdbc.sql(WebhookRows.SUBSCRIPTIONS + " and s.id = :id")).param("id", id).query(WebhookRows::view)
                .optional().orElseThrow(() -> new WebhookNotFoundException("webhook", id));
    }

    private record ClientRow(UUID tenantId, Instant revokedAt, Instant expiresAt) {
    }

    private Optional<ClientRow> client(UUID id, WebhookCaller caller) {
        return caller.bind(jdbc.sql("select tenant_id, revoked_at, expires_at from api_client where id = :id"
                + " and (:all or tenant_id = :tenant)")).param("id", id).query((row, n) -> new ClientRow(
                row.getObject("tenant_id", UUID.class), WebhookRows.instant(row.getTimestamp("revoked_at")),
                WebhookRows.instant(row.getTimestamp("expires_at")))).optional();
    }

    /** Standard Webhooks: {@code whsec_} and the base64 of 32 random bytes. */
    private String newSecret() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return WebhookSignature.PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
