package org.supplierportal.erp.deadletter;

/**
 * Replays one sort of dead letter once its cause was fixed; the side of the connector that made the letter knows how
 * (the outbound queue sends a message again, the import reads an order again). A letter no replayer takes stays open
 * until the next import reads its record again.
 */
public interface DeadLetterReplayer {

    boolean replays(DeadLetterView letter);

    /** Replays the letter in the caller's transaction, and says how it went. */
    ReplayOutcome replay(DeadLetterView letter);

    /** Called once a round of replays is committed: e.g. to send at once what went back to a queue. */
    default void afterReplays() {
    }
}
