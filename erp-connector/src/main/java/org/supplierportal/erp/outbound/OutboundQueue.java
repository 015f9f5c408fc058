package org.supplierportal.erp.outbound;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages waiting for the ERP, with their attempts; the dispatcher works through it. */
@Service
public class OutboundQueue {

    private final OutboundMessageRepository messages;
    private final Clock clock;

    OutboundQueue(OutboundMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Adds a message once per idempotency key: an event delivered twice queues one message. */
    @Transactional
    public boolean enqueue(String key, String kind, UUID tenantId, String subject, String payload) {
        if (messages.findByIdempotencyKey(key).isPresent()) {
            return false;
        }
        messages.save(new OutboundMessage(key, kind, tenantId, subject, payload, clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    public List<UUID> due(int limit) {
        return messages.findByStatusAndNextAttemptAtLessThanEqualOrderByCreatedAtAsc(OutboundMessage.Status.PENDING,
                clock.instant(), Limit.of(limit)).stream().map(OutboundMessage::id).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OutboundMessage> find(UUID id) {
        return messages.findById(id);
    }

    @Transactional
    public void sent(UUID id) {
        messages.findById(id).ifPresent(message -> message.sent(clock.instant()));
    }

    @Transactional
    public int failed(UUID id, String error, java.time.Duration wait) {
        OutboundMessage message = messages.findById(id).orElseThrow();
        message.failed(error, clock.instant().plus(wait));
        return message.attempts();
    }

    @Transactional
    public void dead(UUID id, String error) {
        messages.findById(id).ifPresent(message -> message.dead(error));
    }

    @Transactional
    public void notForThisErp(UUID id, String reason) {
        messages.findById(id).ifPresent(message -> message.notForThisErp(reason));
    }

    /** Puts a dead message back in the queue, for now. */
    @Transactional
    public boolean replay(String idempotencyKey) {
        return messages.findByIdempotencyKey(idempotencyKey).filter(message -> message.status() == OutboundMessage.Status.DEAD)
                .map(message -> {
                    message.replay(clock.instant());
                    return true;
                }).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<OutboundMessageView> pending() {
        return messages.findByStatusOrderByCreatedAtAsc(OutboundMessage.Status.PENDING).stream().map(OutboundMessage::view).toList();
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return messages.countByStatus(OutboundMessage.Status.PENDING);
    }

    @Transactional(readOnly = true)
    public long deadCount() {
        return messages.countByStatus(OutboundMessage.Status.DEAD);
    }

    @Transactional(readOnly = true)
    public Optional<OutboundMessageView> byKey(String key) {
        return messages.findByIdempotencyKey(key).map(OutboundMessage::view);
    }
}
