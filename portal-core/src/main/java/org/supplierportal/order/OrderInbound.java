package org.supplierportal.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * The one way orders enter the portal: creates or revises an order from a canonical document, idempotently. The
 * same document twice changes nothing; an older revision arriving after a newer one is ignored and logged.
 */
@Service
public class OrderInbound {

    private static final Logger log = LoggerFactory.getLogger(OrderInbound.class);

    private final PurchaseOrderRepository orders;
    private final PurchaseOrderRevisionRepository revisions;
    private final TenantService tenants;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderInbound(PurchaseOrderRepository orders, PurchaseOrderRevisionRepository revisions, TenantService tenants,
                 AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.revisions = revisions;
        this.tenants = tenants;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes one order document.
     *
     * @throws InvalidOrderDocumentException when the document cannot be taken as it is (nothing is stored)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public InboundResult receive(OrderDocument document) {
        return receiveAsOf(document, clock.instant());
    }

    /**
     * Takes a document that arrived earlier than now, so its acknowledgment deadline counts from then: for loading
     * history (an initial load from the ERP, the demo). Otherwise the same as {@link #receive}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public InboundResult receiveAsOf(OrderDocument document, Instant receivedAt) {
        List<String> problems = OrderDocumentValidator.problems(document);
        if (!problems.isEmpty()) {
            throw new InvalidOrderDocumentException(document.number(), problems);
        }
        Optional<TenantSummary> tenant = tenants.findByPartyCode(document.supplierPartyCode());
        if (tenant.isEmpty()) {
            return new InboundResult(InboundResult.Kind.PARKED, null, 0, "PO " + document.number()
                    + " is for the ERP party " + document.supplierPartyCode() + ", which no supplier tenant claims");
        }
        OrderDocument content = document.content();
        OrderDocument canonical = content.withErpRevision(document.erpRevision());
        String json = OrderDocuments.toJson(content);
        String hash = OrderDocuments.fingerprint(json);
        Instant now = receivedAt;
        Instant dueAt = AcknowledgmentDeadline.dueAt(now, tenant.get().acknowledgmentDeadlineWorkingDays(), clock.getZone());

        Optional<PurchaseOrder> existing = orders.findBySourceSystemAndErpIdAndTenantId(document.sourceSystem(),
                document.erpId(), tenant.get().id().value());
        if (existing.isEmpty()) {
            return create(canonical, tenant.get(), json, hash, dueAt, now);
        }
        PurchaseOrder order = existing.get();
        if (document.erpRevision() < order.erpRevision()) {
            log.info("Ignored PO {} revision marker {}: the portal already has the newer marker {}",
                    document.number(), document.erpRevision(), order.erpRevision());
            return new InboundResult(InboundResult.Kind.IGNORED_OLDER, order.id(), order.revision(),
                    "older than the revision the portal already has");
        }
        if (hash.equals(order.contentHash())) {
            if (document.erpRevision() > order.erpRevision()) {
                order.noteErpRevision(document.erpRevision(), now);
            }
            return new InboundResult(InboundResult.Kind.UNCHANGED, order.id(), order.revision(), "no change");
        }
        if (document.erpRevision() == order.erpRevision()) {
            log.warn("PO {} arrived with the same revision marker {} but other content; taken as a new revision",
                    document.number(), document.erpRevision());
        }
        return revise(order, canonical, json, hash, dueAt, now);
    }

    private InboundResult create(OrderDocument document, TenantSummary tenant, String json, String hash, Instant dueAt,
                                 Instant now) {
        PurchaseOrder order = orders.save(PurchaseOrder.receive(tenant.id(), document, hash, dueAt, now));
        revisions.save(new PurchaseOrderRevision(order, json, document.lines().size(), now));
        auditLog.record(tenant.id(), "ORDER_RECEIVED", "PurchaseOrder", order.id().toString(),
                "PO " + order.number() + " received from " + document.sourceSystem(), null, order.summary());
        events.publishEvent(new OrderEvents.PurchaseOrderReceived(order.id(), tenant.id(), order.number(), 1));
        return new InboundResult(InboundResult.Kind.CREATED, order.id(), 1, "new order");
    }

    private InboundResult revise(PurchaseOrder order, OrderDocument canonical, String json, String hash, Instant dueAt,
                                 Instant now) {
        OrderDocument previous = revisions.findByOrderIdAndRevision(order.id().value(), order.revision())
                .map(revision -> OrderDocuments.fromJson(revision.document()))
                .orElseThrow(() -> new IllegalStateException("PO " + order.number() + " has no stored revision " + order.revision()));
        List<RevisionChange> changes = RevisionDiff.between(previous, canonical);
        OrderSummary before = order.summary();
        order.revise(canonical, hash, changes, dueAt, now);
        revisions.save(new PurchaseOrderRevision(order, json, changes.size(), now));
        List<Integer> toAnswer = List.copyOf(RevisionDiff.linesToAnswerAgain(changes));
        auditLog.record(order.tenantId(), "ORDER_REVISED", "PurchaseOrder", order.id().toString(),
                "PO " + order.number() + " changed in the ERP: revision " + order.revision() + ", " + changes.size()
                        + (changes.size() == 1 ? " change" : " changes"), before, order.summary());
        events.publishEvent(new OrderEvents.PurchaseOrderRevised(order.id(), order.tenantId(), order.number(),
                order.revision(), toAnswer));
        return new InboundResult(InboundResult.Kind.REVISED, order.id(), order.revision(),
                "revision " + order.revision() + " with " + changes.size() + " changes");
    }
}
