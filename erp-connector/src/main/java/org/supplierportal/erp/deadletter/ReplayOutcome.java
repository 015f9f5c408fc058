package org.supplierportal.erp.deadletter;

/**
 * How a replay went: the letter is done, or its record failed again.
 *
 * @param sentence what the admin is told, after the letter's subject
 * @param note     what the letter's history keeps: how it was replayed, or the new error
 */
public record ReplayOutcome(boolean replayed, String sentence, String note) {

    public static ReplayOutcome replayed(String sentence, String note) {
        return new ReplayOutcome(true, sentence, note);
    }

    public static ReplayOutcome failedAgain(String sentence, String error) {
        return new ReplayOutcome(false, sentence, error);
    }
}
