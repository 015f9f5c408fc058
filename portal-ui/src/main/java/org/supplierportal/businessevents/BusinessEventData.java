package org.supplierportal.businessevents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of each business event: what a consumer may rely on, separate from the domain events so those can
 * change without breaking anyone outside. Ids are the portal's (as the REST API shows them); no tenant ids, ERP
 * ids or texts written for the buyer's inbox.
 */
public final class BusinessEventData {

    private BusinessEventData() {
    }

    public record OrderReceived(UUID orderId, String orderNumber, int revision) {
    }

    public record OrderRevised(UUID orderId, String orderNumber, int revision, List<Integer> linesToAnswer) {
    }

    public record Delivery(BigDecimal quantity, LocalDate date) {
    }

    /** @param source who agreed: {@code WITHIN_TOLERANCE}, {@code BUYER_APPROVED}, ... */
    public record LineCommitted(UUID orderId, String orderNumber, int revision, int lineNumber, String unit,
                                String currency, BigDecimal unitPrice, BigDecimal priceUnit, List<Delivery> deliveries,
                                String source, Instant committedAt) {
    }

    /** @param reason {@code OUTSIDE_TOLERANCE}, {@code SUPPLIER_REJECTED_LINE} or {@code COUNTER_REJECTED} */
    public record LineSentToBuyer(UUID orderId, String orderNumber, int revision, int lineNumber, String partNumber,
                                  String reason, String ordered, String proposed, String rule) {
    }

    public record BuyerDecided(UUID orderId, int lineNumber, String decision) {
    }

    public record AsnVersion(UUID asnId, String asnNumber, int asnVersion) {
    }

    public record ReceiptMatched(UUID orderId, String orderNumber, int lineNumber, String partNumber, String asnNumber,
                                 BigDecimal shipped, BigDecimal received, String unit) {
    }

    public record ReceiptDiffersFromAsn(UUID orderId, String orderNumber, int lineNumber, String partNumber,
                                        String asnNumber, BigDecimal shipped, BigDecimal received, String unit) {
    }

    public record ReceiptWithoutAsn(UUID orderId, String orderNumber, int lineNumber, String partNumber,
                                    BigDecimal received, String unit, String shipmentReference) {
    }

    public record ReceiptRejected(UUID orderId, String orderNumber, int lineNumber, String partNumber, String asnNumber,
                                  BigDecimal received, BigDecimal rejected, String unit, String reason,
                                  LocalDate receivedOn) {
    }

    public record IncidentOpened(UUID incidentId, String incidentNumber) {
    }

    /** @param step {@code CONTAINMENT}, {@code ROOT_CAUSE}, {@code CORRECTIVE_ACTION} or {@code PREVENTIVE_ACTION} */
    public record IncidentStepAnswered(UUID incidentId, String incidentNumber, String step) {
    }

    public record IncidentClosed(UUID incidentId, String incidentNumber) {
    }

    /**
     * @param previousStatus null for an invoice the portal had not seen
     * @param status         {@code RECEIVED}, {@code IN_MATCHING}, {@code BLOCKED}, {@code APPROVED}, {@code PAID},
     *                       {@code CANCELLED}
     * @param blockReason    why it is blocked, or null
     */
    public record InvoiceStatusChanged(UUID invoiceId, String invoiceNumber, UUID orderId, String orderNumber,
                                       String previousStatus, String status, String blockReason) {
    }
}
