package org.supplierportal.invoice;

import org.supplierportal.audit.AuditAction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.EffectiveLimits;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ToleranceService;

/**
 * Takes invoice states from the ERP, idempotently: the same state twice changes nothing. Before approval the
 * invoice is matched against its order ({@link InvoiceMatch}); a variance blocks it with the reason, and a newly
 * blocked invoice goes to the buyer inbox. Invoices of companies no tenant claims are none of the portal's business.
 */
@Service
public class InvoiceInbound {

    private static final Logger log = LoggerFactory.getLogger(InvoiceInbound.class);

    private final InvoiceRepository invoices;
    private final TenantService tenants;
    private final OrderQueries orders;
    private final ToleranceService tolerances;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoiceInbound(InvoiceRepository invoices, TenantService tenants, OrderQueries orders, ToleranceService tolerances,
                   AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.invoices = invoices;
        this.tenants = tenants;
        this.orders = orders;
        this.tolerances = tolerances;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public InvoiceResult receive(InvoiceDocument document) {
        Optional<TenantSummary> supplier = tenants.findByPartyCode(document.supplierPartyCode());
        if (supplier.isEmpty()) {
            log.debug("Invoice {} of party {} ignored: no supplier of the portal", document.erpInvoiceId(), document.supplierPartyCode());
            return new InvoiceResult(InvoiceResult.Kind.UNKNOWN_SUPPLIER, null, null,
                    "No supplier has the party code " + document.supplierPartyCode());
        }
        Optional<OrderForAnswer> order = document.erpOrderId() == null ? Optional.empty()
                : orders.findByErpId(document.sourceSystem(), document.erpOrderId())
                .filter(found -> found.tenantId().equals(supplier.get().id()));
        InvoiceStatus decided = document.status();
        String reason = document.status() == InvoiceStatus.BLOCKED ? document.blockReason() : null;
        if (document.status().beforeApproval() && order.isPresent()) {
            List<Explanation> variances = InvoiceMatch.variances(document.lines(), orderedLines(order.get(), supplier.get()),
                    document.currency());
            if (!variances.isEmpty()) {
                decided = InvoiceStatus.BLOCKED;
                reason = InvoiceInboxTexts.reason(reason, variances);
            } else if (decided == InvoiceStatus.BLOCKED && reason == null) {
                decided = InvoiceStatus.IN_MATCHING;
            }
        }
        Instant now = clock.instant();
        Optional<Invoice> existing = invoices.findBySourceSystemAndErpInvoiceId(document.sourceSystem(), document.erpInvoiceId());
        Invoice invoice = existing.orElseGet(() -> Invoice.first(supplier.get().id().value(), document, now));
        InvoiceStatus before = existing.map(Invoice::status).orElse(null);
        boolean changed = invoice.take(document, order.map(found -> found.id().value()).orElse(null),
                order.map(OrderForAnswer::number).orElse(null), decided, reason, now);
        invoices.save(invoice);
        if (!changed) {
            return new InvoiceResult(InvoiceResult.Kind.UNCHANGED, invoice.id(), decided, null);
        }
        InvoiceView view = invoice.view(supplier.get().name());
        auditLog.record(supplier.get().id(), AuditAction.INVOICE_STATUS, "Invoice", view.displayNumber(), "Invoice "
                + view.displayNumber() + " " + decided.label().toLowerCase() + (reason == null ? "" : ": "
                + InvoiceInboxTexts.english(reason)), null, null);
        if (decided != before) {
            events.publishEvent(new InvoiceEvents.InvoiceStatusChanged(supplier.get().id(), invoice.id(), view.displayNumber(),
                    view.orderId(), view.orderNumber(), before, decided, reason));
        }
        if (decided == InvoiceStatus.BLOCKED) {
            events.publishEvent(new InvoiceEvents.InvoiceBlocked(supplier.get().id(), invoice.id(), view.displayNumber(),
                    view.orderId(), view.orderNumber(), view.totalAmount(), view.currency(), reason,
                    InvoiceInboxTexts.invoiced(view.totalAmount(), view.currency()),
                    InvoiceInboxTexts.blocked(reason)));
        } else if (before == InvoiceStatus.BLOCKED) {
            events.publishEvent(new InvoiceEvents.InvoiceUnblocked(supplier.get().id(), invoice.id(), view.displayNumber(), decided,
                    InvoiceInboxTexts.unblocked(decided)));
        }
        return new InvoiceResult(existing.isEmpty() ? InvoiceResult.Kind.CREATED : InvoiceResult.Kind.CHANGED, invoice.id(),
                decided, null);
    }

    /** The order's lines by their ERP identity, with the agreed price, what arrived and the price tolerance. */
    private Map<String, InvoiceMatch.OrderedLine> orderedLines(OrderForAnswer order, TenantSummary supplier) {
        Map<String, EffectiveLimits> limits = tolerances.limitsFor(supplier.id(),
                order.lines().stream().map(OrderLineView::partNumber).distinct().toList());
        Map<String, InvoiceMatch.OrderedLine> lines = new HashMap<>();
        for (OrderLineView line : order.lines()) {
            if (line.erpLineId() == null) {
                continue;
            }
            BigDecimal agreed = line.commitment() != null && line.commitment().unitPrice() != null
                    ? line.commitment().unitPrice() : line.unitPrice();
            EffectiveLimits limit = limits.get(line.partNumber());
            lines.put(line.erpLineId(), new InvoiceMatch.OrderedLine(line.lineNumber(), line.partNumber(), agreed,
                    line.priceUnit(), line.receivedQuantity(), line.unit(),
                    limit == null ? BigDecimal.ZERO : limit.limits().priceOverPercent()));
        }
        return lines;
    }
}
