package org.supplierportal.b2b;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a revision goes out to a partner as a change document, and of which shape: the changed lines (with the
 * header as it is now), the header alone when no line changed but something the document carries at header level did,
 * or nothing when the revision changed nothing the partner's document carries. A change document without a line and
 * without a header change would tell the partner nothing, and would still cost it a control number and an answer.
 * Pure.
 */
public final class ChangeSendingPolicy {

    private ChangeSendingPolicy() {
    }

    /** What goes out. */
    public enum Outcome {
        /** Lines were added, deleted or changed (the whole order cancelled among them): the document carries them. */
        LINES,
        /** No line changed, but a header field the document carries did: a change document with no line in it. */
        HEADER_ONLY,
        /** Nothing the partner's document carries changed: nothing goes out. */
        NOTHING
    }

    /**
     * @param headerChanges the changed header fields the document carries (for {@link Outcome#NOTHING}: none)
     * @param reason        why, in an admin's words, for the message log
     */
    public record Decision(Outcome outcome, Set<OrderChange.HeaderField> headerChanges, String reason) {

        public Decision {
            headerChanges = Set.copyOf(headerChanges);
        }

        public boolean sends() {
            return outcome != Outcome.NOTHING;
        }
    }

    /**
     * @param carried the header fields the partner's change document carries (its standard's mapping writes them)
     */
    public static Decision decide(OrderChange change, Set<OrderChange.HeaderField> carried) {
        Set<OrderChange.HeaderField> carriedChanges = EnumSet.noneOf(OrderChange.HeaderField.class);
        carriedChanges.addAll(change.header());
        carriedChanges.retainAll(carried);
        if (!change.lines().isEmpty()) {
            return new Decision(Outcome.LINES, carriedChanges, change.lines().size() + " changed line"
                    + (change.lines().size() == 1 ? "" : "s") + (carriedChanges.isEmpty() ? "" : " and " + words(carriedChanges)));
        }
        if (!carriedChanges.isEmpty()) {
            return new Decision(Outcome.HEADER_ONLY, carriedChanges, "header only: " + words(carriedChanges));
        }
        Set<OrderChange.HeaderField> notCarried = EnumSet.noneOf(OrderChange.HeaderField.class);
        notCarried.addAll(change.header());
        return new Decision(Outcome.NOTHING, Set.of(), notCarried.isEmpty()
                ? "the revision changes nothing the partner's document carries"
                : "the revision changes only what the partner's document does not carry (" + words(notCarried) + ")");
    }

    private static String words(Set<OrderChange.HeaderField> fields) {
        return fields.stream().map(OrderChange.HeaderField::words).collect(Collectors.joining(", "));
    }
}
