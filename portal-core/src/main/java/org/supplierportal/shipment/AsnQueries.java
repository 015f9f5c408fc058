package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.OrderLineQueries;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * ASNs and what can be shipped, as a supplier (its own) or a buyer (all) may read them: the lines still to ship with
 * what live ASNs already ship of each, the lines of a CSV file or a draft, one ASN, the newest, an order's.
 */
@Service
public class AsnQueries {

    private final AsnRepository asns;
    private final OrderLineQueries orderLines;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AsnQueries(AsnRepository asns, OrderLineQueries orderLines, TenantService tenants, CurrentUsers currentUsers,
               Clock clock) {
        this.asns = asns;
        this.orderLines = orderLines;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The supplier's lines that can still ship, with what its live ASNs already ship of each. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public List<ShippableLineView> shippableLines(String text, int limit) {
        List<ShippableLine> lines = orderLines.shippableLines(text, limit);
        Map<OrderLineKey, BigDecimal> shipped = shipped(lines.stream().map(line -> line.orderId().value()).toList(), null);
        return lines.stream().map(line -> ShippableLineView.of(line,
                shipped.getOrDefault(new OrderLineKey(line.orderId(), line.lineNumber()), BigDecimal.ZERO))).toList();
    }

    /**
     * Every line of the supplier's orders with these PO numbers, with what its live ASNs already ship of each: what
     * an EDI ship notice naming POs and their lines is matched against. Another supplier's PO is simply not there.
     */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public List<ShippableLineView> linesOfOrders(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<ShippableLine> lines = orderLines.linesOfOrders(numbers);
        Map<OrderLineKey, BigDecimal> shipped = shipped(lines.stream().map(line -> line.orderId().value()).distinct().toList(), null);
        return lines.stream().map(line -> ShippableLineView.of(line,
                shipped.getOrDefault(new OrderLineKey(line.orderId(), line.lineNumber()), BigDecimal.ZERO))).toList();
    }

    /** ASN lines from a CSV file (see {@link AsnCsv}): all rows good, or every bad row reported and no lines. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public AsnCsv.Result readCsv(String csv) {
        Set<String> numbers = csv.lines().skip(1).map(row -> row.split(",", 2)[0].strip().replace("\"", ""))
                .filter(number -> !number.isEmpty()).collect(Collectors.toSet());
        Map<String, ShippableLine> byKey = orderLines.linesOfOrders(numbers).stream()
                .collect(Collectors.toMap(line -> line.orderNumber() + "#" + line.lineNumber(), line -> line, (a, b) -> a));
        return AsnCsv.read(csv, (number, line) -> Optional.ofNullable(byKey.get(number + "#" + line)));
    }

    /** The lines of an ASN's draft as the supplier's order lines, to show them in the form. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public List<ShippableLineView> describe(List<AsnDraft.Line> lines, UUID except) {
        Set<OrderLineKey> keys = lines.stream().map(line -> new OrderLineKey(new OrderId(line.orderId()), line.lineNumber()))
                .collect(Collectors.toSet());
        Map<OrderLineKey, ShippableLine> found = orderLines.linesForShipping(keys);
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
    public Optional<AsnView> findByNumber(String number) {
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
    public List<AsnView> newestAfter(LocalDate shipDate, String number, int limit) {
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

    /** Per order line, what the live ASNs (all but {@code except}) ship of these orders. */
    Map<OrderLineKey, BigDecimal> shipped(Collection<UUID> orderIds, UUID except) {
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

    private String supplierName(TenantId tenant) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant()) {
            return user.tenantName();
        }
        return tenants.find(tenant).map(TenantSummary::name).orElse("Unknown supplier");
    }
}
