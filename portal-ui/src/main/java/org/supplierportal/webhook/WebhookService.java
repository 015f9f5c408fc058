package org.supplierportal.webhook;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/**
 * Subscriptions and the delivery log, for people: admins see and change every one, a supplier's administrators
 * those of their own company's API clients. Every change is audited.
 */
@Service
public class WebhookService {

    private static final UUID NO_TENANT = new UUID(0, 0);
    private static final String SUBSCRIPTIONS = """
            select s.id, s.api_client_id, c.name as client_name, t.name as supplier_name, s.url, s.event_types, s.status,
                   s.created_at, s.created_by, s.tenant_id
            from webhook_subscription s join api_client c on c.id = s.api_client_id left join tenant t on t.id = s.tenant_id
            where (:all or s.tenant_id = :tenant)""";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final WebhookSender sender;
    private final Clock clock;
    private final WebhookInterest interest;
    private final SecureRandom random = new SecureRandom();

    WebhookService(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog auditLog, WebhookSender sender, Clock clock,
                   WebhookInterest interest) {
        this.interest = interest;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Subscribes an API client's system to events; returns the signing secret, shown this once.
     *
     * @throws InvalidWebhookException every problem of the draft; nothing saved
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public CreatedWebhook create(WebhookDraft draft) {
        List<WebhookProblem> problems = new ArrayList<>(WebhookRule.problems(draft));
        Instant now = clock.instant();
        CurrentUser me = currentUsers.require();
        Optional<ClientRow> client = draft.apiClientId() == null ? Optional.empty() : client(draft.apiClientId(), me);
        if (draft.apiClientId() != null && client.isEmpty()) {
            problems.add(new WebhookProblem("client", "This API client does not exist or is not your company's."));
        } else if (client.isPresent() && (client.get().revokedAt() != null || !client.get().expiresAt().isAfter(now))) {
            problems.add(new WebhookProblem("client", "This API client is revoked or expired: choose a usable one."));
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
                .param("types", wireNames(draft.eventTypes())).param("secret", secret)
                .param("now", Timestamp.from(now)).param("by", me.displayName()).update();
        WebhookView view = find(id, me);
        auditLog.record(tenantOf(client.get().tenantId()), AuditAction.WEBHOOK_CREATED, "Webhook", id.toString(),
                "Webhook of API client '" + view.apiClientName() + "' to " + view.url() + " for "
                        + wireNames(view.eventTypes()), null, view);
        return new CreatedWebhook(view, secret);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookView> list() {
        CurrentUser me = currentUsers.require();
        return visible(jdbc.sql(SUBSCRIPTIONS + " order by s.created_at desc"), me).query(WebhookService::view).list();
    }

    /** Stops new deliveries to the subscription (and holds its pending ones) until it is resumed. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public WebhookView pause(UUID id) {
        return changeStatus(id, WebhookView.Status.PAUSED, AuditAction.WEBHOOK_PAUSED, "paused");
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public WebhookView resume(UUID id) {
        return changeStatus(id, WebhookView.Status.ACTIVE, AuditAction.WEBHOOK_RESUMED, "resumed");
    }

    /** Deletes the subscription with its delivery log. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public void delete(UUID id) {
        CurrentUser me = currentUsers.require();
        WebhookView before = find(id, me);
        jdbc.sql("delete from webhook_subscription where id = :id").param("id", id).update();
        auditLog.record(before.tenantId(), AuditAction.WEBHOOK_DELETED, "Webhook", id.toString(),
                "Webhook of API client '" + before.apiClientName() + "' to " + before.url() + " deleted", before, null);
    }

    /** The delivery log, newest first, a page at a time. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookDeliveryView> deliveries(int offset, int limit) {
        CurrentUser me = currentUsers.require();
        return visible(jdbc.sql("""
                select d.id, d.subscription_id, s.url, c.name as client_name, d.event_type, d.supplier_key, d.created_at,
                       d.status, d.attempts, d.last_attempt_at, d.last_status, d.last_error, d.next_attempt_at
                from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                     join api_client c on c.id = s.api_client_id
                where (:all or d.tenant_id = :tenant)
                order by d.created_at desc, d.id offset :offset limit :limit"""), me)
                .param("offset", offset).param("limit", limit).query(WebhookService::delivery).list();
    }

    /**
     * Sends a dead or delivered delivery again, now and with a full series of attempts: the same body under the same
     * webhook-id, with a new timestamp and signature.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public void sendAgain(UUID deliveryId) {
        CurrentUser me = currentUsers.require();
        Optional<UUID> tenant = visible(jdbc.sql("""
                update webhook_delivery d set status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = null,
                       last_status = null, claimed_by = null, claimed_until = null
                where d.id = :id and d.status in ('DEAD', 'DELIVERED') and (:all or d.tenant_id = :tenant)
                returning d.tenant_id"""), me).param("id", deliveryId).param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> Optional.ofNullable(row.getObject("tenant_id", UUID.class))).optional()
                .orElseThrow(() -> new WebhookNotFoundException("delivery that can be sent again", deliveryId));
        auditLog.record(tenantOf(tenant.orElse(null)), AuditAction.WEBHOOK_DELIVERY_SENT_AGAIN, "WebhookDelivery",
                deliveryId.toString(), "Webhook delivery sent again", null, null);
        sender.deliverDueInBackground();
    }

    private WebhookView changeStatus(UUID id, WebhookView.Status status, AuditAction action, String done) {
        CurrentUser me = currentUsers.require();
        interest.subscriptionsChanging();
        WebhookView before = find(id, me);
        jdbc.sql("update webhook_subscription set status = :status where id = :id").param("status", status.name())
                .param("id", id).update();
        WebhookView after = find(id, me);
        auditLog.record(before.tenantId(), action, "Webhook", id.toString(),
                "Webhook of API client '" + before.apiClientName() + "' to " + before.url() + " " + done, before, after);
        return after;
    }

    private WebhookView find(UUID id, CurrentUser me) {
        return visible(jdbc.sql(SUBSCRIPTIONS + " and s.id = :id"), me).param("id", id).query(WebhookService::view)
                .optional().orElseThrow(() -> new WebhookNotFoundException("webhook", id));
    }

    private record ClientRow(UUID tenantId, Instant revokedAt, Instant expiresAt) {
    }

    private Optional<ClientRow> client(UUID id, CurrentUser me) {
        return visible(jdbc.sql("select tenant_id, revoked_at, expires_at from api_client where id = :id"
                + " and (:all or tenant_id = :tenant)"), me).param("id", id).query((row, n) -> new ClientRow(
                row.getObject("tenant_id", UUID.class), instant(row.getTimestamp("revoked_at")),
                instant(row.getTimestamp("expires_at")))).optional();
    }

    /** Admins see every row; anybody else their own company's (and row-level security agrees). */
    private static JdbcClient.StatementSpec visible(JdbcClient.StatementSpec statement, CurrentUser me) {
        return statement.param("all", me.isCrossTenant())
                .param("tenant", me.tenantId() == null ? NO_TENANT : me.tenantId().value());
    }

    /** Standard Webhooks: {@code whsec_} and the base64 of 32 random bytes. */
    private String newSecret() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return WebhookSignature.PREFIX + Base64.getEncoder().encodeToString(key);
    }

    static String wireNames(Set<BusinessEventType> types) {
        return types.stream().sorted().map(BusinessEventType::wireName).collect(Collectors.joining(" "));
    }

    static Set<BusinessEventType> parseTypes(String wireNames) {
        Set<BusinessEventType> types = EnumSet.noneOf(BusinessEventType.class);
        Arrays.stream(wireNames.split(" ")).forEach(name -> Arrays.stream(BusinessEventType.values())
                .filter(type -> type.wireName().equals(name)).forEach(types::add));
        return types;
    }

    private static WebhookView view(ResultSet row, int number) throws SQLException {
        return new WebhookView(row.getObject("id", UUID.class), row.getObject("api_client_id", UUID.class),
                row.getString("client_name"), tenantOf(row.getObject("tenant_id", UUID.class)), row.getString("supplier_name"), row.getString("url"),
                parseTypes(row.getString("event_types")), WebhookView.Status.valueOf(row.getString("status")),
                instant(row.getTimestamp("created_at")), row.getString("created_by"));
    }

    private static WebhookDeliveryView delivery(ResultSet row, int number) throws SQLException {
        return new WebhookDeliveryView(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
                row.getString("url"), row.getString("client_name"), row.getString("event_type"),
                row.getString("supplier_key"), instant(row.getTimestamp("created_at")),
                WebhookDeliveryView.State.valueOf(row.getString("status")), row.getInt("attempts"),
                instant(row.getTimestamp("last_attempt_at")), (Integer) row.getObject("last_status"),
                row.getString("last_error"), instant(row.getTimestamp("next_attempt_at")));
    }

    private static TenantId tenantOf(UUID id) {
        return id == null ? null : new TenantId(id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
