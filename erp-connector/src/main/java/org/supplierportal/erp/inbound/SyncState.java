package org.supplierportal.erp.inbound;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.supplierportal.erp.Watermark;

/** How far one inbound feed has been read, and when it last ran and last succeeded. */
@Entity
@Table(name = "erp_sync_state")
class SyncState {

    @Id
    private String name;
    private String watermark;
    private Instant lastRunAt;
    private Instant lastSuccessAt;
    private Instant updatedAt;

    protected SyncState() {
    }

    SyncState(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    Watermark watermark() {
        return Watermark.parse(watermark);
    }

    /** Moves forward only: a replayed or overlapping chunk never moves the feed back. */
    void advance(Watermark position, Instant now) {
        Watermark current = watermark();
        if (position.compareTo(current) > 0) {
            watermark = position.format();
            updatedAt = now;
        }
    }

    void ran(boolean success, Instant now) {
        lastRunAt = now;
        if (success) {
            lastSuccessAt = now;
        }
        updatedAt = now;
    }

    FeedState view() {
        return new FeedState(name, watermark(), lastRunAt, lastSuccessAt);
    }
}
