package org.supplierportal.erp.deadletter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Replays dead letters after their cause was fixed, each in its own transaction, through the replayer for its sort
 * ({@link DeadLetterReplayer}); every replay is audited. A letter replayed before is left alone.
 */
@Service
public class DeadLetterReplay {

    static final String NOT_REPLAYABLE = "not replayable here: fix it in the ERP, and the next import reads it again";

    private final DeadLetters deadLetters;
    private final List<DeadLetterReplayer> replayers;
    private final AuditLog auditLog;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadLetterReplay(DeadLetters deadLetters, List<DeadLetterReplayer> replayers, AuditLog auditLog,
                     CurrentUsers currentUsers, TransactionTemplate transaction, Clock clock) {
        this.deadLetters = deadLetters;
        this.replayers = replayers;
        this.auditLog = auditLog;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Per letter, what happened, e.g. "Tryton purchase P0042 (id 42): taken in (created)". */
    public List<String> replay(List<UUID> ids) {
        List<String> outcomes = new ArrayList<>();
        for (UUID id : ids) {
            outcomes.add(transaction.execute(status -> replayOne(id)));
        }
        replayers.forEach(DeadLetterReplayer::afterReplays);
        return outcomes;
    }

    private String replayOne(UUID id) {
        DeadLetter letter = deadLetters.find(id).orElseThrow(() -> new IllegalArgumentException("No dead letter " + id));
        DeadLetterView view = letter.view();
        if (letter.status() != DeadLetter.Status.OPEN) {
            return view.subject() + ": already replayed";
        }
        String outcome = replayers.stream().filter(replayer -> replayer.replays(view)).findFirst()
                .map(replayer -> apply(letter, replayer.replay(view))).orElse(NOT_REPLAYABLE);
        auditLog.record(null, AuditAction.DEAD_LETTER_REPLAYED, "DeadLetter", id.toString(),
                "Dead letter " + view.subject() + " replayed by " + currentUsers.require().displayName() + ": " + outcome,
                null, null);
        return view.subject() + ": " + outcome;
    }

    private String apply(DeadLetter letter, ReplayOutcome outcome) {
        if (outcome.replayed()) {
            letter.replayed(clock.instant(), outcome.note());
        } else {
            letter.replayFailed(clock.instant(), outcome.note());
        }
        return outcome.sentence();
    }
}
