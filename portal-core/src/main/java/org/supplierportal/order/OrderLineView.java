package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An order line as screens and other modules see it. */
public record OrderLineView(UUID id, int lineNumber, String erpLineId, String partNumber, String supplierPartNumber,
                            String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                            BigDecimal priceUnit, LocalDate requestedDate, List<OrderDocument.Schedule> schedule,
                            LineStatus status, int changedInRevision, LineNote statusNote, Commitment commitment,
                            CommitmentSource commitmentSource, Instant committedAt, CounterProposal counterProposal,
                            BigDecimal receivedQuantity) {
}
