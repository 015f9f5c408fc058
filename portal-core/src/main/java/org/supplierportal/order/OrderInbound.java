package org.supplierportal.order;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * same document twice changes nothing; an older revision arriving after a newer one is ignored and logged. A known
 * order that comes without lines was cancelled in the ERP: all its lines are cancelled.
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
    private final NewOrderRows newOrderRows;

    OrderInbound(PurchaseOrderRepository orders, PurchaseOrderRevisionRepository revisions, TenantService tenants,
                 AuditLog auditLog, ApplicationEventPublisher events, Clock clock, NewOrderRows newOrderRows) {
        this.newOrderRows = newOrderRows;
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
        Optional<TenantSummary> tenant = tenants.findByPartyCode(document.supplierPartyCode());
        Optional<PurchaseOrder> existing = tenant.flatMap(found -> orders.findBySourceSystemAndErpIdAndTenantId(
                document.sourceSystem(), document.erpId(), found.id().value()));
        List<String> problems = OrderDocumentValidator.problems(document, existing.isPresent());
        if (!problems.isEmpty()) {
            throw new InvalidOrderDocumentException(document.number(), problems);
        }
        return receiveOne(document, tenant, existing, receivedAt, false);
    }

    /**
     * Takes many documents in one transaction, for the ERP connector's chunks: tenants and existing orders are looked
     * up once for all. A document that cannot be taken comes back as {@link InboundResult.Kind#INVALID} with its
     * problems, and the others are taken all the same.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<InboundResult> receiveAll(List<OrderDocument> documents) {
        return receiveAll(documents, false);
    }

    /**
     * As {@link #receiveAll}, for documents read from the source just now, as it stands (the ERP connector's
     * reconciliation): each is taken even when its revision marker is older than the portal's, for then the source
     * went back (restored from a backup, say), and what it has now is what the supplier must deliver.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<InboundResult> receiveCurrentState(List<OrderDocument> documents) {
        return receiveAll(documents, true);
    }

    private List<InboundResult> receiveAll(List<OrderDocument> documents, boolean currentState) {
        Instant now = clock.instant();
        Map<String, Optional<TenantSummary>> tenantsByParty = new HashMap<>();
        Map<String, List<String>> erpIdsBySource = new HashMap<>();
        documents.forEach(document -> erpIdsBySource.computeIfAbsent(document.sourceSystem(), source -> new ArrayList<>())
                .add(document.erpId()));
        Map<String, PurchaseOrder> existing = new HashMap<>();
        erpIdsBySource.forEach((source, erpIds) -> orders.findBySourceSystemAndErpIdIn(source, erpIds)
                .forEach(order -> existing.put(key(order.summary().sourceSystem(), order.summary().erpId(), order.tenantId()), order)));
        List<InboundResult> results = new ArrayList<>();
        List<NewOrderRows.NewOrder> created = new ArrayList<>();
        List<AuditLog.Entry> audits = new ArrayList<>();
        for (OrderDocument document : documents) {
            Optional<TenantSummary> tenant = tenantsByParty.computeIfAbsent(document.supplierPartyCode(), tenants::findByPartyCode);
            boolean known = tenant.isPresent() && existing.containsKey(key(document.sourceSystem(), document.erpId(), tenant.get().id()));
            List<String> problems = OrderDocumentValidator.problems(document, known);
            if (!problems.isEmpty()) {
                results.add(new InboundResult(InboundResult.Kind.INVALID, null, 0,
                        new InvalidOrderDocumentException(document.number(), problems).getMessage()));
                continue;
            }
            if (tenant.isPresent() && !known) {
                // New: built as an entity (every rule applies), written below in one JDBC batch with the others.
                PurchaseOrder order = newOrder(document, tenant.get(), now, created, audits);
                existing.put(key(document.sourceSystem(), document.erpId(), tenant.get().id()), order);
                results.add(new InboundResult(InboundResult.Kind.CREATED, order.id(), 1, "new order"));
                continue;
            }
            Optional<PurchaseOrder> order = tenant.map(found -> existing.get(key(document.sourceSystem(), document.erpId(), found.id())));
            PurchaseOrder candidate = order.orElse(null);
            if (candidate != null && created.stream().anyMatch(entry -> entry.order() == candidate)) {
                // A second revision of an order created in this very chunk: write the new ones first, then revise it
                // as a managed entity.
                writeNew(created, audits);
                PurchaseOrder stored = orders.findById(candidate.id().value()).orElseThrow();
                existing.put(key(document.sourceSystem(), document.erpId(), stored.tenantId()), stored);
                order = Optional.of(stored);
            }
            results.add(receiveOne(document, tenant, order, now, currentState));
        }
        writeNew(created, audits);
        return results;
    }

    private PurchaseOrder newOrder(OrderDocument document, TenantSummary tenant, Instant now,
                                   List<NewOrderRows.NewOrder> created, List<AuditLog.Entry> audits) {
        OrderDocument content = document.content();
        String json = OrderDocuments.toJson(content);
        String hash = OrderDocuments.fingerprint(json);
        Instant dueAt = AcknowledgmentDeadline.dueAt(now, tenant.acknowledgmentDeadlineWorkingDays(), clock.getZone());
        PurchaseOrder order = PurchaseOrder.receive(tenant.id(), content.withErpRevision(document.erpRevision()), hash, dueAt, now);
        created.add(new NewOrderRows.NewOrder(order, document.lines().size()));
        audits.add(new AuditLog.Entry(tenant.id(), AuditAction.ORDER_RECEIVED, "PurchaseOrder", order.id().toString(),
                OrderHistory.received(order.number(), document.sourceSystem()), order.summary()));
        return order;
    }

    private void writeNew(List<NewOrderRows.NewOrder> created, List<AuditLog.Entry> audits) {
        if (created.isEmpty()) {
            return;
        }
        newOrderRows.insert(created);
        auditLog.recordAll(audits);
        created.forEach(entry -> events.publishEvent(new OrderEvents.PurchaseOrderReceived(entry.order().id(),
                entry.order().tenantId(), entry.order().number(), 1)));
        created.clear();
        audits.clear();
    }

    private static String key(String source, String erpId, org.supplierportal.tenancy.TenantId tenant) {
        return source + "|" + erpId + "|" + tenant;
    }

    private InboundResult receiveOne(OrderDocument document, Optional<TenantSummary> tenant,
                                     Optional<PurchaseOrder> existing, Instant receivedAt, boolean currentState) {
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
        if (existing.isEmpty()) {
            return create(canonical, tenant.get(), json, hash, dueAt, now);
        }
        PurchaseOrder order = existing.get();
        if (document.erpRevision() < order.erpRevision() && !currentState) {
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
        revisions.save(new PurchaseOrderRevision(order, document.lines().size(), now));
        auditLog.record(tenant.id(), AuditAction.ORDER_RECEIVED, "PurchaseOrder", order.id().toString(),
                OrderHistory.received(order.number(), document.sourceSystem()), null, order.summary());
        events.publishEvent(new OrderEvents.PurchaseOrderReceived(order.id(), tenant.id(), order.number(), 1));
        return new InboundResult(InboundResult.Kind.CREATED, order.id(), 1, "new order");
    }

    private InboundResult revise(PurchaseOrder order, OrderDocument canonical, String json, String hash, Instant dueAt,
                                 Instant now) {
        // The revision being replaced is the order as it stands; from now on its document is kept.
        OrderDocument previous = order.currentDocument();
        revisions.findByOrderIdAndRevision(order.id().value(), order.revision())
                .orElseThrow(() -> new IllegalStateException("PO " + order.number() + " has no revision " + order.revision()))
                .keep(OrderDocuments.toJson(previous));
        List<RevisionChange> changes = RevisionDiff.between(previous, canonical);
        OrderSummary before = order.summary();
        order.revise(canonical, hash, changes, dueAt, now);
        revisions.save(new PurchaseOrderRevision(order, changes.size(), now));
        List<Integer> toAnswer = List.copyOf(RevisionDiff.linesToAnswerAgain(changes));
        auditLog.record(order.tenantId(), AuditAction.ORDER_REVISED, "PurchaseOrder", order.id().toString(),
                OrderHistory.revised(order.number(), order.revision(), changes.size()), before, order.summary());
        events.publishEvent(new OrderEvents.PurchaseOrderRevised(order.id(), order.tenantId(), order.number(),
                order.revision(), toAnswer));
        return new InboundResult(InboundResult.Kind.REVISED, order.id(), order.revision(),
                "revision " + order.revision() + " with " + changes.size() + " changes");
    }
}
