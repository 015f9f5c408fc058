package org.supplierportal.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.supplierportal.tenant.RuleText;

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

    /**
     * What is wrong with a password, worded by the rules bundle so the person reads it in their own language.
     *
     * @param field the form field it belongs to: {@code password}, or {@code repeated} when only the repetition differs
     */
    public record Problem(String field, RuleText text) {

        /** The problem in English (logs, tests). */
        public String english() {
            return text.english();
        }
    }

    /** What is wrong with the password, or empty when it is fine. */
    public static Optional<Problem> problem(String password, String repeated, String email) {
        if (password == null || password.isEmpty()) {
            return refused("passwordRule.empty");
        }
        if (password.length() < MIN_LENGTH) {
            return refused("passwordRule.tooShort", String.valueOf(MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return refused("passwordRule.tooLong", String.valueOf(MAX_LENGTH));
        }
        if (password.isBlank()) {
            return refused("passwordRule.spacesOnly");
        }
        if (isCommon(password)) {
            return refused("passwordRule.common");
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return refused("passwordRule.emailName");
        }
        if (!password.equals(repeated)) {
            return Optional.of(new Problem("repeated", RuleText.of("passwordRule.differ")));
        }
        return Optional.empty();
    }

    private static Optional<Problem> refused(String key, String... arguments) {
        return Optional.of(new Problem("password", RuleText.of(key, arguments)));
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
