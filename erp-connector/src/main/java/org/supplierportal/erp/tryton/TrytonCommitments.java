package org.supplierportal.erp.tryton;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierportal.erp.CommitmentMessage;
import org.supplierportal.erp.ErpRejectedException;
import tools.jackson.databind.JsonNode;

/**
 * Commitments out ({@link TrytonCommitmentMapping}): quantity or price through an amendment, once; then the date on
 * the line and its open moves. Applying the same commitment twice changes nothing.
 */
final class TrytonCommitments {

    private static final Logger log = LoggerFactory.getLogger(TrytonCommitments.class);

    private final TrytonClient client;

    TrytonCommitments(TrytonClient client) {
        this.client = client;
    }

    void push(CommitmentMessage commitment) {
        long lineId = TrytonRecords.id(commitment.erpLineId(), "line");
        JsonNode line = client.read("purchase.line", List.of(lineId), TrytonCommitmentMapping.LINE_FIELDS).get(0);
        if (line == null || line.isNull()) {
            throw new ErpRejectedException("Tryton has no purchase line " + lineId + " for PO " + commitment.orderNumber());
        }
        if (TrytonCommitmentMapping.needsAmendment(line, commitment)) {
            amend(commitment, line);
        }
        LocalDate date = commitment.firstDate();
        if (TrytonCommitmentMapping.changesDate(line, commitment)) {
            client.write("purchase.line", List.of(lineId), TrytonCommitmentMapping.lineDate(date));
        }
        List<Long> openMoves = client.search("stock.move", TrytonCommitmentMapping.openMovesOf(lineId));
        if (!openMoves.isEmpty()) {
            client.write("stock.move", openMoves, TrytonCommitmentMapping.plannedDate(date));
        }
        log.info("Commitment {} applied to Tryton purchase line {}", commitment.idempotencyKey(), lineId);
    }

    /** Quantity or price through an amendment, once: an amendment carrying the key means it was already done. */
    private void amend(CommitmentMessage commitment, JsonNode line) {
        List<Long> earlier = client.search(TrytonCommitmentMapping.AMENDMENT,
                TrytonCommitmentMapping.amendmentsFor(line.get("purchase").asLong(), commitment));
        if (!earlier.isEmpty()) {
            JsonNode state = client.read(TrytonCommitmentMapping.AMENDMENT, earlier, List.of("state")).get(0);
            if ("validated".equals(state.path("state").asString())) {
                return;
            }
            client.button(TrytonCommitmentMapping.AMENDMENT, "validate_amendment", List.of(earlier.getFirst()));
            return;
        }
        long id = client.create(TrytonCommitmentMapping.AMENDMENT, TrytonCommitmentMapping.amendment(commitment, line));
        client.button(TrytonCommitmentMapping.AMENDMENT, "validate_amendment", List.of(id));
    }
}
