package org.supplierportal.erp.deadletter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.erp.ErpEvents;

/** Records dead letters: one open letter per record, however often it fails, with every attempt in its history. */
@Service
public class DeadLetters {

    public static final String INBOUND = "INBOUND";
    public static final String OUTBOUND = "OUTBOUND";

    private final DeadLetterRepository letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadLetters(DeadLetterRepository letters, ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(String direction, String kind, String sourceSystem, String key, String subject, String payload,
                       String error) {
        Optional<DeadLetter> open = letters.findByKindAndSourceSystemAndRecordKeyAndStatus(kind, sourceSystem, key,
                DeadLetter.Status.OPEN);
        if (open.isPresent()) {
            open.get().failedAgain(payload, error, clock.instant());
        } else {
            DeadLetter letter = letters.save(new DeadLetter(direction, kind, sourceSystem, key, subject, payload, error,
                    clock.instant()));
            DeadLetterView view = letter.view();
            events.publishEvent(new ErpEvents.DeadLetterOpened(view.id(), direction, kind, sourceSystem, key, subject,
                    view.error()));
        }
    }

    /** The record went through after all (fixed in the ERP and read again): its open letter is done. */
    @Transactional
    public void resolved(String kind, String sourceSystem, String key, String how) {
        letters.findByKindAndSourceSystemAndRecordKeyAndStatus(kind, sourceSystem, key, DeadLetter.Status.OPEN)
                .ifPresent(letter -> letter.replayed(clock.instant(), how));
    }

    @Transactional
    public void resolvedAll(String kind, String sourceSystem, java.util.Collection<String> keys, String how) {
        if (!keys.isEmpty()) {
            letters.findByKindAndSourceSystemAndStatusAndRecordKeyIn(kind, sourceSystem, DeadLetter.Status.OPEN, keys)
                    .forEach(letter -> letter.replayed(clock.instant(), how));
        }
    }

    @Transactional(readOnly = true)
    public List<DeadLetterView> open() {
        return letters.findByStatusOrderByCreatedAtDesc(DeadLetter.Status.OPEN).stream().map(DeadLetter::view).toList();
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return letters.countByStatus(DeadLetter.Status.OPEN);
    }

    @Transactional(readOnly = true)
    Optional<DeadLetter> find(UUID id) {
        return letters.findById(id);
    }
}
