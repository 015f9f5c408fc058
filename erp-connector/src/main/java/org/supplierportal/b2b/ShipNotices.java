package org.supplierportal.b2b;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.supplierportal.order.OrderId;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.InvalidAsnException;
import org.supplierportal.shipment.ShippableLineView;

/**
 * A ship notice of any standard applied exactly as an ASN the supplier enters on the screen: the POs it names looked
 * up among the partner's own (the caller runs as the partner's EDI principal, so another supplier's PO is simply not
 * there), mapped by the standard's pure mapping, and created through the same {@link AsnService}, so the same rules
 * (open quantity and over-delivery tolerance, confirmed lines, one ship-to, serial numbers, packages) apply, the ERP
 * gets it like any ASN, and a refusal records nothing and says where in the document the problem is.
 */
@Component
public class ShipNotices {

    private final AsnQueries asnQueries;
    private final AsnService asns;

    ShipNotices(AsnQueries asnQueries, AsnService asns) {
        this.asnQueries = asnQueries;
        this.asns = asns;
    }

    /**
     * What became of a ship notice, for the message log and the partner's answer.
     *
     * @param orderId     the first PO's, when it is the partner's: the message log links to it
     * @param orderNumber the first PO named
     */
    public record Outcome(boolean applied, String summary, OrderId orderId, String orderNumber) {
    }

    /**
     * @param orderNumbers the POs the document names
     * @param mapping      the standard's mapping, given the partner's lines of those POs by PO number
     */
    public Outcome apply(Set<String> orderNumbers, Function<Map<String, List<ShippableLineView>>, MappedAsn> mapping) {
        Map<String, List<ShippableLineView>> lines = asnQueries.linesOfOrders(orderNumbers).stream()
                .collect(Collectors.groupingBy(view -> view.line().orderNumber()));
        String firstNumber = orderNumbers.stream().findFirst().orElse(null);
        OrderId firstOrder = lines.containsKey(firstNumber) ? lines.get(firstNumber).get(0).line().orderId() : null;
        MappedAsn mapped = mapping.apply(lines);
        if (!mapped.mapped()) {
            return new Outcome(false, String.join("; ", mapped.problems()) + "; nothing recorded", firstOrder, firstNumber);
        }
        try {
            AsnView asn = asns.create(mapped.draft());
            return new Outcome(true, "ASN " + asn.number() + " for PO " + String.join(", ", asn.orderNumbers()) + ", "
                    + count(asn.lines().size(), "line") + (asn.packages().isEmpty() ? "" : " in " + count(asn.packages().size(), "package"))
                    + mapped.notes().stream().map(note -> "; " + note).collect(Collectors.joining()), firstOrder, firstNumber);
        } catch (InvalidAsnException e) {
            return new Outcome(false, e.problems().stream().map(mapped::locate).collect(Collectors.joining("; "))
                    + "; nothing recorded", firstOrder, firstNumber);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
