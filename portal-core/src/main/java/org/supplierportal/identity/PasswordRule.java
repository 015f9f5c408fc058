package org.supplierportal.identity;

import java.util.Locale;

/** What a password chosen through an invitation link must be. Pure. */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordRule() {
    }

    /** What is wrong with the password, in the user's words, or null when it is fine. */
    public static String problem(String password, String repeated, String email) {
        if (password == null || password.isEmpty()) {
            return "Choose a password";
        }
        if (password.length() < MIN_LENGTH) {
            return "Too short: use at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters";
        }
        if (password.isBlank()) {
            return "A password of spaces only is too easy to guess";
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return "Do not use your e-mail name in the password";
        }
        if (!password.equals(repeated)) {
            return "The two passwords differ; type the same password twice";
        }
        return null;
    }
}
