package org.supplierportal.shipment;

import org.supplierportal.audit.AuditAction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.OrderLineQueries;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.EffectiveLimits;
import org.supplierportal.tolerance.ToleranceService;

/**
 * Advance shipping notices: a supplier ships open lines of its orders, changes or cancels an ASN until the ERP has
 * received against it. Every version goes to the ERP (an event the connector takes up). Reading them, and what can
 * be shipped, is {@link AsnQueries}.
 */
@Service
public class AsnService {

    private final AsnRepository asns;
    private final AsnQueries queries;
    private final OrderLineQueries orderLines;
    private final TenantService tenants;
    private final ToleranceService tolerances;
    private final SsccAllocator ssccs;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    AsnService(AsnRepository asns, AsnQueries queries, OrderLineQueries orderLines, TenantService tenants,
               ToleranceService tolerances, SsccAllocator ssccs, CurrentUsers currentUsers, AuditLog auditLog,
               ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.asns = asns;
        this.queries = queries;
        this.orderLines = orderLines;
        this.tenants = tenants;
        this.tolerances = tolerances;
        this.ssccs = ssccs;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
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

    private Map<OrderLineKey, ShippableLine> checked(AsnDraft draft, TenantSummary supplier, UUID except) {
        Set<OrderLineKey> keys = draft.lines().stream().filter(line -> line.orderId() != null)
                .map(line -> new OrderLineKey(new OrderId(line.orderId()), line.lineNumber())).collect(Collectors.toSet());
        Map<OrderLineKey, ShippableLine> found = orderLines.linesForShipping(keys);
        Map<String, EffectiveLimits> limits = tolerances.limitsFor(supplier.id(),
                found.values().stream().map(ShippableLine::partNumber).distinct().toList());
        AsnRules.Facts facts = new AsnRules.Facts(found,
                queries.shipped(keys.stream().map(key -> key.orderId().value()).distinct().toList(), except),
                part -> limits.containsKey(part) ? limits.get(part).limits().quantityOverPercent() : BigDecimal.ZERO,
                supplier.shipping().shipBeforeAcknowledgment(), LocalDate.now(clock));
        List<AsnProblem> problems = new ArrayList<>(AsnRules.check(draft, facts));
        if (draft.packages().stream().anyMatch(pack -> pack.sscc() == null) && supplier.shipping().gs1CompanyPrefix() == null) {
            problems.add(AsnProblem.of("packages", "asn.problem.noGs1Prefix"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAsnException(problems);
        }
        return found;
    }

    /**
     * Packages labelled by the supplier's own system keep that SSCC; others keep the SSCC they had under the same
     * number, and new ones get the supplier's next SSCCs.
     */
    private List<AsnPackage> numberPackages(AsnDraft draft, TenantSummary supplier, List<AsnPackage> before) {
        Map<Integer, String> kept = before.stream().collect(Collectors.toMap(AsnPackage::number, AsnPackage::sscc));
        int needed = (int) java.util.stream.IntStream.rangeClosed(1, draft.packages().size())
                .filter(number -> draft.packages().get(number - 1).sscc() == null && !kept.containsKey(number)).count();
        List<String> fresh = needed == 0 ? List.of()
                : ssccs.next(supplier.id(), supplier.shipping().gs1CompanyPrefix(), needed);
        List<AsnPackage> packages = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < draft.packages().size(); i++) {
            AsnDraft.Package pack = draft.packages().get(i);
            String sscc = pack.sscc() != null ? pack.sscc() : kept.containsKey(i + 1) ? kept.get(i + 1) : fresh.get(next++);
            packages.add(new AsnPackage(i + 1, sscc, pack.type(), pack.grossWeightKg(), pack.contents()));
        }
        return packages;
    }

    private Asn load(UUID id) {
        return asns.findById(id).orElseThrow(() -> new AsnNotFoundException(id));
    }

    private AsnView saved(Asn asn, String supplierName) {
        asns.flush();
        return asn.view(supplierName);
    }

    private static String describe(Asn asn) {
        return asn.lines().size() + (asn.lines().size() == 1 ? " line" : " lines") + " of PO "
                + asn.lines().stream().map(line -> line.view().orderNumber()).distinct().collect(Collectors.joining(", "));
    }
}
