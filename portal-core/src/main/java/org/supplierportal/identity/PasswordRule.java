package org.supplierportal.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password chosen through an invitation link must be. Pure. Besides its length: not one a guessing list tries
 * first (the bundled {@code common-passwords.txt}), not one character repeated, not a run of the keyboard or the
 * alphabet, not a handful of characters over and over ({@code abababababab}).
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** Fewer different characters than this is a pattern, however long. */
    static final int MIN_DISTINCT_CHARACTERS = 4;

    private static final Set<String> COMMON = load("common-passwords.txt");
    private static final String[] RUNS = {"abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
            "qwertzuiop", "azertyuiop"};

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
        if (isCommon(password)) {
            return "Too easy to guess: a common password or a simple pattern (one character repeated, a run of the"
                    + " keyboard). Use a few unrelated words";
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

    /** On the bundled list, one character repeated, a handful of characters, or one run of the keyboard or alphabet. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return true;
        }
        for (String run : RUNS) {
            String reversed = new StringBuilder(run).reverse().toString();
            if (run.contains(lower) || reversed.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String name) {
        try (InputStream in = PasswordRule.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords " + name + " is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
