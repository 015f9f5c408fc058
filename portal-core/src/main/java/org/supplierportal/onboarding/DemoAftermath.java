package org.supplierportal.onboarding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceInbound;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.shipment.ReceiptDocument;
import org.supplierportal.shipment.ReceiptInbound;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantSummary;

/**
 * What follows an acknowledged demo order, so a newcomer sees the rest of the story: the goods arrived, the first
 * line's invoice is paid, the second line's is blocked by a price variance, and a quality incident waits for the
 * supplier's containment. All through the same services the ERP connector and the buyers use.
 */
@Component
class DemoAftermath {

    private final ReceiptInbound receipts;
    private final InvoiceInbound invoices;
    private final QualityService quality;
    private final UserAccountService users;
    private final CurrentUsers currentUsers;

    DemoAftermath(ReceiptInbound receipts, InvoiceInbound invoices, QualityService quality, UserAccountService users,
                  CurrentUsers currentUsers) {
        this.receipts = receipts;
        this.invoices = invoices;
        this.quality = quality;
        this.users = users;
        this.currentUsers = currentUsers;
    }

    void followUp(TenantSummary tenant, DemoOrderFile.Order order, LocalDate today) {
        String party = tenant.erpPartyCodes().getFirst();
        currentUsers.runAsSystem("demo orders", () -> {
            for (DemoOrderFile.Line line : order.lines()) {
                receipts.receive(new ReceiptDocument(DemoOrders.SOURCE_SYSTEM, "demo-receipt-" + order.number() + "-" + line.line(),
                        order.number(), order.number() + "-" + line.line(), line.quantity(), line.unit(), today.minusDays(2),
                        "DN-" + order.number()));
            }
            DemoOrderFile.Line first = order.lines().getFirst();
            invoices.receive(invoice(party, order, first, first.price(), "1", InvoiceStatus.PAID, today));
            if (order.lines().size() > 1) {
                DemoOrderFile.Line second = order.lines().get(1);
                invoices.receive(invoice(party, order, second, second.price().multiply(new BigDecimal("1.08")), "2",
                        InvoiceStatus.IN_MATCHING, today));
            }
        });
        currentUsers.runAsSystem("demo orders", () -> users.principalOf("buyer")).ifPresent(buyer -> currentUsers.runAs(buyer, () -> quality.open(new IncidentDraft(
                tenant.id(), Severity.MAJOR, "Out of tolerance at incoming inspection: " + first(order).part(),
                "Incoming inspection found 40 pieces of a 500-piece sample out of tolerance (gauge check failed)."
                        + " The rest of the delivery is blocked in quality stock.", null,
                order.number(), first(order).line(), null, "L-" + order.number(), new BigDecimal("40"), first(order).unit(),
                Map.of()))));
    }

    private static DemoOrderFile.Line first(DemoOrderFile.Order order) {
        return order.lines().getFirst();
    }

    private static InvoiceDocument invoice(String party, DemoOrderFile.Order order, DemoOrderFile.Line line,
                                           BigDecimal price, String suffix, InvoiceStatus status, LocalDate today) {
        BigDecimal priceUnit = line.priceUnit() == null ? BigDecimal.ONE : line.priceUnit();
        BigDecimal perUnit = price.divide(priceUnit, 6, RoundingMode.HALF_UP);
        BigDecimal total = perUnit.multiply(line.quantity()).setScale(2, RoundingMode.HALF_UP);
        boolean paid = status == InvoiceStatus.PAID;
        return new InvoiceDocument(DemoOrders.SOURCE_SYSTEM, "demo-invoice-" + order.number() + "-" + suffix, party,
                "INV-" + order.number().substring(order.number().length() - 4) + "-" + suffix, "5100" + order.number().substring(6) + suffix,
                order.number(), today.minusDays(paid ? 12 : 1), order.currency(), total, status, null,
                paid ? today.minusDays(1) : null, paid ? "PAY-RUN-" + today.minusDays(1) : null,
                List.of(new InvoiceDocument.Line(order.number() + "-" + line.line(), line.quantity(), perUnit)));
    }
}
