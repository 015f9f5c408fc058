package org.supplierportal.input;

import org.supplierportal.tolerance.Explanation;

/**
 * Text from outside: at most a given length (the database column's), and no control characters a column cannot
 * hold or a reader cannot see (the null byte first; tabs and line breaks are text). Pure.
 */
public final class TextRule {

    private TextRule() {
    }

    /** What is wrong with the text, in English (the API's words), or null when it is fine (null and empty are fine). */
    public static String problem(String text, int maxLength) {
        Explanation problem = translatable(text, maxLength);
        return problem == null ? null : problem.english();
    }

    /** The same as {@link #problem} as a key of the rules bundle, for a screen in the reader's language. */
    public static Explanation translatable(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return Explanation.of("input.tooLong", maxLength);
        }
        if (hasControlCharacter(text)) {
            return Explanation.of("input.controlCharacter");
        }
        return null;
    }

    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
