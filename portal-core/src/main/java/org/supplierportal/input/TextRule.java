package org.supplierportal.input;

/**
 * Text from outside: at most a given length (the database column's), and no control characters a column cannot
 * hold or a reader cannot see (the null byte first; tabs and line breaks are text). Pure.
 */
public final class TextRule {

    private TextRule() {
    }

    /** What is wrong with the text, in the user's words, or null when it is fine (null and empty are fine). */
    public static String problem(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return "At most " + maxLength + " characters";
        }
        if (hasControlCharacter(text)) {
            return "Contains a control character (such as a null byte); use plain text";
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
