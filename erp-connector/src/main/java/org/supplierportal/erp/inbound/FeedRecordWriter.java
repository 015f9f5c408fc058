package org.supplierportal.erp.inbound;

import java.util.Optional;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.erp.deadletter.DeadLetters;

/**
 * Takes a chunk of one feed's records in through the portal's service for them; a record the adapter could not map,
 * or the service could not take, becomes a dead letter (not a silent skip, so the counts on the monitor add up).
 * Then the feed's watermark moves to the chunk's last record, in the chunk's transaction.
 */
class FeedRecordWriter<T> implements ItemWriter<PulledRecord<T>> {

    /** Takes one document in: empty when it went through (or is none of the portal's business), else why not. */
    @FunctionalInterface
    interface Intake<T> {
        Optional<String> take(T document);
    }

    private final String feed;
    private final String kind;
    private final String system;
    private final Intake<T> intake;
    private final DeadLetters deadLetters;
    private final SyncStates syncStates;

    FeedRecordWriter(String feed, String kind, String system, Intake<T> intake, DeadLetters deadLetters, SyncStates syncStates) {
        this.feed = feed;
        this.kind = kind;
        this.system = system;
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.syncStates = syncStates;
    }

    @Override
    public void write(Chunk<? extends PulledRecord<T>> chunk) {
        Watermark reached = Watermark.BEGINNING;
        for (PulledRecord<T> record : chunk) {
            reached = reached.max(record.position());
            Optional<String> problem = record.isMapped() ? intake.take(record.document()) : Optional.of(record.mappingProblem());
            problem.ifPresent(why -> deadLetters.record(DeadLetters.INBOUND, kind, system, record.key(), record.subject(),
                    record.rawPayload(), why));
        }
        syncStates.advance(feed, reached);
    }
}
