package org.supplierportal.shipment;

import org.supplierportal.audit.AuditAction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.EffectiveLimits;
import org.supplierportal.tolerance.ToleranceService;

/**
 * Advance shipping notices: a supplier ships open lines of its orders, changes or cancels an ASN until the ERP has
 * received against it; buyers read them all. Every version goes to the ERP (an event the connector takes up).
 */
@Service
public class AsnService {

    private final AsnRepository asns;
    private final OrderQueries orders;
    private final TenantService tenants;
    private final ToleranceService tolerances;
    private final SsccAllocator ssccs;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    AsnService(AsnRepository asns, OrderQueries orders, TenantService tenants, ToleranceService tolerances,
               SsccAllocator ssccs, CurrentUsers currentUsers, AuditLog auditLog, ApplicationEventPublisher events,
               EntityManager entityManager, Clock clock) {
        this.asns = asns;
        this.orders = orders;
        this.tenants = tenants;
        this.tolerances = tolerances;
        this.ssccs = ssccs;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The supplier's lines that can still ship, with what its live ASNs already ship of each. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public List<ShippableLineView> shippableLines(String text, int limit) {
        List<ShippableLine> lines = orders.shippableLines(text, limit);
        Map<OrderLineKey, BigDecimal> shipped = shipped(lines.stream().map(line -> line.orderId().value()).toList(), null);
        return lines.stream().map(line -> ShippableLineView.of(line,
                shipped.getOrDefault(new OrderLineKey(line.orderId(), line.lineNumber()), BigDecimal.ZERO))).toList();
    }

    /** ASN lines from a CSV file (see {@link AsnCsv}): all rows good, or every bad row reported and no lines. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public AsnCsv.Result readCsv(String csv) {
        Set<String> numbers = csv.lines().skip(1).map(row -> row.split(",", 2)[0].strip().replace("\"", ""))
                .filter(number -> !number.isEmpty()).collect(Collectors.toSet());
        Map<String, ShippableLine> byKey = orders.linesOfOrders(numbers).stream()
                .collect(Collectors.toMap(line -> line.orderNumber() + "#" + line.lineNumber(), line -> line, (a, b) -> a));
        return AsnCsv.read(csv, (number, line) -> java.util.Optional.ofNullable(byKey.get(number + "#" + line)));
    }

    /** The lines of an ASN's draft as the supplier's order lines, to show them in the form. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public List<ShippableLineView> describe(List<AsnDraft.Line> lines, UUID except) {
        Set<OrderLineKey> keys = lines.stream().map(line -> new OrderLineKey(new OrderId(line.orderId()), line.lineNumber()))
                .collect(Collectors.toSet());
        Map<OrderLineKey, ShippableLine> found = orders.linesForShipping(keys);
        Map<OrderLineKey, BigDecimal> shipped = shipped(keys.stream().map(key -> key.orderId().value()).distinct().toList(), except);
        return lines.stream().map(line -> new OrderLineKey(new OrderId(line.orderId()), line.lineNumber()))
                .filter(found::containsKey)
                .map(key -> ShippableLineView.of(found.get(key), shipped.getOrDefault(key, BigDecimal.ZERO))).toList();
    }

    /** The supplier's shipping to-dos: confirmed lines due within a week and not yet on an ASN, ASNs on the way. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public ShippingDashboard dashboard() {
        LocalDate weekAhead = LocalDate.now(clock).plusDays(7);
        long due = shippableLines(null, 1000).stream()
                .filter(view -> view.line().committed() && view.open().signum() > 0 && !view.line().dueDate().isAfter(weekAhead))
                .count();
        long onTheWay = asns.countByStatus(AsnStatus.SHIPPED);
        return new ShippingDashboard(due, onTheWay);
    }

    /** Ships: checks the draft, numbers the ASN and its packages, and queues it for the ERP. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional
    public AsnView create(AsnDraft draft) {
        TenantSummary supplier = tenants.myTenant();
        Map<OrderLineKey, ShippableLine> orderLines = checked(draft, supplier, null);
        List<AsnPackage> packages = numberPackages(draft, supplier, List.of());
        String number = "ASN" + String.format("%07d",
                ((Number) entityManager.createNativeQuery("select nextval('asn_number_seq')").getSingleResult()).longValue());
        Asn asn = asns.save(Asn.ship(supplier.id().value(), number, draft, orderLines, packages,
                currentUsers.require().displayName(), clock.instant()));
        auditLog.record(supplier.id(), AuditAction.ASN_SENT, "Asn", number, "ASN " + number + " shipped by "
                + currentUsers.require().displayName() + ": " + describe(asn), null, null);
        events.publishEvent(new ShipmentEvents.AsnVersionReady(asn.id(), supplier.id(), number, 1, false));
        return saved(asn, supplier.name());
    }

    /** A new version of an ASN not yet received. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional
    public AsnView change(UUID id, long expectedVersion, AsnDraft draft) {
        TenantSummary supplier = tenants.myTenant();
        Asn asn = load(id);
        AsnView before = asn.view(supplier.name());
        if (before.version() != expectedVersion) {
            throw new AsnChangedMeanwhileException(asn.number());
        }
        if (!asn.status().changeable()) {
            throw new AsnNotChangeableException(asn.number(), asn.status());
        }
        Map<OrderLineKey, ShippableLine> orderLines = checked(draft, supplier, id);
        asn.change(draft, orderLines, numberPackages(draft, supplier, asn.packages()), clock.instant());
        AsnView after = saved(asn, supplier.name());
        auditLog.record(supplier.id(), AuditAction.ASN_CHANGED, "Asn", asn.number(), "ASN " + asn.number() + " changed to version "
                + after.asnVersion() + " by " + currentUsers.require().displayName(), before, after);
        events.publishEvent(new ShipmentEvents.AsnVersionReady(asn.id(), supplier.id(), asn.number(), after.asnVersion(), false));
        return after;
    }

    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional
    public AsnView cancel(UUID id) {
        TenantSummary supplier = tenants.myTenant();
        Asn asn = load(id);
        asn.cancel(clock.instant());
        AsnView after = saved(asn, supplier.name());
        auditLog.record(supplier.id(), AuditAction.ASN_CANCELLED, "Asn", asn.number(), "ASN " + asn.number() + " cancelled by "
                + currentUsers.require().displayName(), null, null);
        events.publishEvent(new ShipmentEvents.AsnVersionReady(asn.id(), supplier.id(), asn.number(), after.asnVersion(), true));
        return after;
    }

    /** An ASN the current user may see (their own supplier's, or any for buyers and admins). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AsnView find(UUID id) {
        Asn asn = load(id);
        return asn.view(supplierName(asn.view(null).tenantId()));
    }

    /** An ASN by its number, if the current user may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<AsnView> findByNumber(String number) {
        return asns.findByNumber(number).map(asn -> asn.view(null));
    }

    /** The newest ASNs the current user may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AsnView> newest(int limit) {
        return withSupplierNames(asns.newestFirst(PageRequest.of(0, limit)));
    }

    /**
     * The next page of {@link #newest}: the ASNs after the one with this ship date and number (keyset paging).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AsnView> newestAfter(java.time.LocalDate shipDate, String number, int limit) {
        return withSupplierNames(asns.newestFirstAfter(shipDate, number, PageRequest.of(0, limit)));
    }

    private List<AsnView> withSupplierNames(List<Asn> found) {
        Map<TenantId, String> names = new HashMap<>();
        return found.stream().map(asn -> {
            TenantId tenant = asn.view(null).tenantId();
            return asn.view(names.computeIfAbsent(tenant, this::supplierName));
        }).toList();
    }

    /** The live ASNs with lines of an order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AsnView> ofOrder(OrderId order) {
        return asns.ofOrder(order.value()).stream().distinct().map(asn -> asn.view(null)).toList();
    }

    private Map<OrderLineKey, ShippableLine> checked(AsnDraft draft, TenantSummary supplier, UUID except) {
        Set<OrderLineKey> keys = draft.lines().stream().filter(line -> line.orderId() != null)
                .map(line -> new OrderLineKey(new OrderId(line.orderId()), line.lineNumber())).collect(Collectors.toSet());
        Map<OrderLineKey, ShippableLine> orderLines = orders.linesForShipping(keys);
        Map<String, EffectiveLimits> limits = tolerances.limitsFor(supplier.id(),
                orderLines.values().stream().map(ShippableLine::partNumber).distinct().toList());
        AsnRules.Facts facts = new AsnRules.Facts(orderLines,
                shipped(keys.stream().map(key -> key.orderId().value()).distinct().toList(), except),
                part -> limits.containsKey(part) ? limits.get(part).limits().quantityOverPercent() : BigDecimal.ZERO,
                supplier.shipping().shipBeforeAcknowledgment(), LocalDate.now(clock));
        List<AsnProblem> problems = new ArrayList<>(AsnRules.check(draft, facts));
        if (!draft.packages().isEmpty() && supplier.shipping().gs1CompanyPrefix() == null) {
            problems.add(new AsnProblem("packages", "Your company has no GS1 company prefix in the portal, so packages"
                    + " cannot get SSCCs. Ask your customer's portal administrator to enter it, or ship without packages."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAsnException(problems);
        }
        return orderLines;
    }

    /** Packages keep the SSCC they had under the same number; new ones get the supplier's next SSCCs. */
    private List<AsnPackage> numberPackages(AsnDraft draft, TenantSummary supplier, List<AsnPackage> before) {
        Map<Integer, String> kept = before.stream().collect(Collectors.toMap(AsnPackage::number, AsnPackage::sscc));
        int needed = (int) java.util.stream.IntStream.rangeClosed(1, draft.packages().size())
                .filter(number -> !kept.containsKey(number)).count();
        List<String> fresh = needed == 0 ? List.of()
                : ssccs.next(supplier.id(), supplier.shipping().gs1CompanyPrefix(), needed);
        List<AsnPackage> packages = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < draft.packages().size(); i++) {
            AsnDraft.Package pack = draft.packages().get(i);
            String sscc = kept.containsKey(i + 1) ? kept.get(i + 1) : fresh.get(next++);
            packages.add(new AsnPackage(i + 1, sscc, pack.type(), pack.grossWeightKg(), pack.contents()));
        }
        return packages;
    }

    private Map<OrderLineKey, BigDecimal> shipped(Collection<UUID> orderIds, UUID except) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = except == null ? asns.shippedPerLineOf(orderIds) : asns.shippedPerLine(orderIds, except);
        Map<OrderLineKey, BigDecimal> shipped = new HashMap<>();
        rows.forEach(row -> shipped.put(new OrderLineKey(new OrderId((UUID) row[0]), (Integer) row[1]), (BigDecimal) row[2]));
        return shipped;
    }

    private Asn load(UUID id) {
        return asns.findById(id).orElseThrow(() -> new AsnNotFoundException(id));
    }

    private AsnView saved(Asn asn, String supplierName) {
        asns.flush();
        return asn.view(supplierName);
    }

    private String supplierName(TenantId tenant) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant()) {
            return user.tenantName();
        }
        return tenants.find(tenant).map(TenantSummary::name).orElse("Unknown supplier");
    }

    private static String describe(Asn asn) {
        return asn.lines().size() + (asn.lines().size() == 1 ? " line" : " lines") + " of PO "
                + asn.lines().stream().map(line -> line.view().orderNumber()).distinct().collect(Collectors.joining(", "));
    }
}
