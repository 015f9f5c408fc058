package org.supplierportal.b2b;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnProblem;
import org.supplierportal.shipment.AsnRules;
import org.supplierportal.shipment.ShippableLineView;

/** The portal's ASN rules (the same as for a web ASN) run on a mapped ship notice, as the intake will. */
public final class MappedAsnRules {

    private MappedAsnRules() {
    }

    /** What the rules find in the mapped draft, the order lines given, shipped on its ship date, no tolerance. */
    public static List<AsnProblem> find(MappedAsn mapped, Map<String, List<ShippableLineView>> orderLines) {
        Map<OrderLineKey, ShippableLine> lines = new HashMap<>();
        orderLines.values().forEach(views -> views.forEach(view -> lines.put(
                new OrderLineKey(view.line().orderId(), view.line().lineNumber()), view.line())));
        return AsnRules.check(mapped.draft(), new AsnRules.Facts(lines, Map.of(), part -> BigDecimal.ZERO, false,
                mapped.draft().shipDate()));
    }
}
