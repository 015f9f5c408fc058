package org.supplierportal.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.audit.AuditSummary;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.AuditSummaries;
import org.supplierportal.tolerance.Explanation;

/**
 * What raising and resolving exceptions share, whatever raised them: the supplier's name, the raise time and the
 * decision deadline of a new one, its audit entry, and the system's resolution of old ones. Runs in the caller's
 * transaction (a listener's).
 */
@Service
@EnableConfigurationProperties(InboxProperties.class)
@Transactional(propagation = Propagation.MANDATORY)
class ExceptionRecorder {

    private final BuyerExceptionRepository exceptions;
    private final TenantService tenants;
    private final OrderQueries orders;
    private final AuditLog auditLog;
    private final InboxProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExceptionRecorder(BuyerExceptionRepository exceptions, TenantService tenants, OrderQueries orders, AuditLog auditLog,
                      InboxProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.exceptions = exceptions;
        this.tenants = tenants;
        this.orders = orders;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a new exception of this supplier starts with, now. */
    Opening opening(TenantId tenant) {
        Instant now = clock.instant();
        String supplierName = tenants.find(tenant).map(TenantSummary::name).orElse("Unknown supplier");
        return new Opening(tenant.value(), supplierName, now, now.plus(properties.decisionTime()));
    }

    /** The order's current revision, which the exception is shown against; null for an exception about no order. */
    Integer revisionOf(OrderId order) {
        return order == null ? null : orders.forAnswer(order).revision();
    }

    /** Saves an exception about an order (line), audited on the order (its History tab) with its reason. */
    void raise(BuyerException exception) {
        Explanation type = Explanation.of("audit.exceptionType." + exception.type().name());
        Explanation reason = exception.reason().explanation();
        raise(exception, "PurchaseOrder", exception.orderId().toString(), AuditSummaries.of(exception.lineNumber() == null
                ? Explanation.of("audit.exceptionRaised", type, exception.orderNumber(), reason)
                : Explanation.of("audit.exceptionRaised.line", type, exception.orderNumber(), exception.lineNumber(), reason)));
    }

    void raise(BuyerException exception, String auditSubjectType, String auditSubjectId, String auditSummary) {
        raise(exception, auditSubjectType, auditSubjectId, AuditSummary.english(auditSummary));
    }

    private void raise(BuyerException exception, String auditSubjectType, String auditSubjectId, AuditSummary auditSummary) {
        BuyerException saved = exceptions.save(exception);
        auditLog.record(new TenantId(saved.tenantId()), AuditAction.EXCEPTION_RAISED, auditSubjectType, auditSubjectId,
                auditSummary, null, saved.view());
        ExceptionView view = saved.view();
        events.publishEvent(new InboxEvents.ExceptionRaised(view.id(), view.tenantId(), view.type(), view.supplierName(),
                view.orderId(), view.orderNumber(), view.lineNumber(), view.reason(), view.subject()));
    }

    /** Resolves those still open, by the system, saying how. */
    void resolve(Stream<BuyerException> candidates, ExceptionReason resolution) {
        Instant now = clock.instant();
        candidates.filter(BuyerException::isOpen).forEach(exception -> exception.resolve(resolution, now));
    }
}
