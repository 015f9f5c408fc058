package org.supplierportal.erp.deadletter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A record the connector could not process and retrying will not fix: kept with its payload, its error and the
 * history of its attempts until someone fixes the data and replays it.
 */
@Entity
@Table(name = "erp_dead_letter")
class DeadLetter {

    enum Status { OPEN, REPLAYED }

    @Id
    private UUID id;
    private String direction;
    private String kind;
    private String sourceSystem;
    private String recordKey;
    private String subject;
    private String payload;
    private String error;
    private int attempts;
    private String history;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected DeadLetter() {
    }

    DeadLetter(String direction, String kind, String sourceSystem, String recordKey, String subject, String payload,
               String error, Instant now) {
        this.id = UUID.randomUUID();
        this.direction = direction;
        this.kind = kind;
        this.sourceSystem = sourceSystem;
        this.recordKey = recordKey;
        this.subject = subject;
        this.payload = payload;
        this.error = truncate(error);
        this.attempts = 1;
        this.history = now + " " + truncate(error);
        this.status = Status.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The same record failed again: the newest payload and error, one more line of history. */
    void failedAgain(String newPayload, String newError, Instant now) {
        payload = newPayload;
        error = truncate(newError);
        attempts++;
        history = history + "\n" + now + " " + truncate(newError);
        updatedAt = now;
    }

    void replayed(Instant now, String outcome) {
        status = Status.REPLAYED;
        history = history + "\n" + now + " replayed: " + outcome;
        updatedAt = now;
    }

    void replayFailed(Instant now, String newError) {
        error = truncate(newError);
        attempts++;
        history = history + "\n" + now + " replay failed: " + truncate(newError);
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String payload() {
        return payload;
    }

    String recordKey() {
        return recordKey;
    }

    String sourceSystem() {
        return sourceSystem;
    }

    Status status() {
        return status;
    }

    DeadLetterView view() {
        return new DeadLetterView(id, direction, kind, sourceSystem, recordKey, subject, payload, error, attempts,
                history, status.name(), createdAt, updatedAt);
    }

    private static String truncate(String text) {
        String value = text == null ? "unknown error" : text;
        return value.length() > 3900 ? value.substring(0, 3900) + "…" : value;
    }
}
