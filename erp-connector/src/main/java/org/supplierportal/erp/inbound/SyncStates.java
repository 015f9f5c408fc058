package org.supplierportal.erp.inbound;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.erp.Watermark;

/** The feeds' watermarks: read at the start of a run, advanced inside each chunk's transaction. */
@Service
public class SyncStates {

    private final SyncStateRepository states;
    private final Clock clock;

    SyncStates(SyncStateRepository states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Watermark watermark(String feed) {
        return states.findById(feed).map(SyncState::watermark).orElse(Watermark.BEGINNING);
    }

    /** The feed's watermark, or where the other feed stands when this one has never been read. */
    @Transactional(readOnly = true)
    public Watermark watermarkOr(String feed, String otherFeed) {
        return states.findById(feed).map(SyncState::watermark).orElseGet(() -> watermark(otherFeed));
    }

    /** Part of the chunk's transaction: the watermark moves exactly when the chunk's records are committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void advance(String feed, Watermark position) {
        state(feed).advance(position, clock.instant());
    }

    @Transactional
    public void ran(String feed, boolean success) {
        state(feed).ran(success, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<FeedState> all() {
        return states.findAll().stream().map(SyncState::view).toList();
    }

    private SyncState state(String feed) {
        return states.findById(feed).orElseGet(() -> states.save(new SyncState(feed, clock.instant())));
    }
}
