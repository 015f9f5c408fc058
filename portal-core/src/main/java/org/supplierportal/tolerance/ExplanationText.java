package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A rule's reason ({@link Explanation}: a key of the rules bundle with its values) as one text, for what keeps it past
 * the moment (an event in the publication registry, an exception in the inbox, an invoice's block reason) and still
 * has every reader read it in their own language: the key, then each value after a separator, marked by its type (a
 * number, a count, a date, a moment, a word, a tolerance layer, a nested reason), so that it comes back as the rule
 * made it.
 * A word has the separator escaped, so free text (a supplier's reason) cannot break it; a nested reason is preceded
 * by its length, so that reasons nested in reasons (each delivery after the other) grow no longer than they are. Pure.
 */
public final class ExplanationText {

    /** Separates the key and the values: a character no key or value of the rules has. */
    private static final String SEPARATOR = "\u001E";
    /** Escapes itself and the separator inside a word. */
    private static final char ESCAPE = '\u001B';
    private static final char ESCAPED_SEPARATOR = '-';
    /** The character order.LineNote puts between the sentences of a note, escaped in a word too (as ESC '+'). */
    private static final char SENTENCE_SEPARATOR = '\u001D';
    private static final char ESCAPED_SENTENCE_SEPARATOR = '+';
    /** The rules bundle's key that shows a text as it was stored ({@code {0}}). */
    static final String AS_STORED = "text.asStored";

    private ExplanationText() {
    }

    public static String of(Explanation reason) {
        StringBuilder text = new StringBuilder(reason.key());
        for (Object value : reason.arguments()) {
            text.append(SEPARATOR).append(switch (value) {
                case BigDecimal number -> "n" + number.toPlainString();
                case Integer count -> "i" + count;
                case Long count -> "i" + count;
                case LocalDate date -> "d" + date;
                case Instant time -> "t" + time;
                case ToleranceLayer layer -> "l" + layer.name();
                case String word -> "s" + escape(word);
                case Explanation nested -> {
                    String inner = of(nested);
                    // In characters (code points), as the migrations' SQL counts them too.
                    yield "e" + inner.codePointCount(0, inner.length()) + ":" + inner;
                }
                default -> throw new IllegalArgumentException("a rule's value of type " + value.getClass().getSimpleName()
                        + " cannot be kept as text: " + reason);
            });
        }
        return text.toString();
    }

    /**
     * Sentences one after the other (a line's note, an audit entry's summary), each as {@link #of} keeps it, between
     * U+001D: a word escapes that character, so a sentence never holds one.
     */
    public static String sentences(List<Explanation> sentences) {
        return sentences.stream().map(ExplanationText::of).collect(Collectors.joining(String.valueOf(SENTENCE_SEPARATOR)));
    }

    /** The sentences again; fails loudly on a text that is not sentences. */
    public static List<Explanation> readSentences(String text) {
        return Arrays.stream(text.split(String.valueOf(SENTENCE_SEPARATOR), -1)).map(ExplanationText::read).toList();
    }

    /** The reason again; fails loudly on a text that is not one. */
    public static Explanation read(String text) {
        int end = text.indexOf(SEPARATOR);
        String key = end < 0 ? text : text.substring(0, end);
        if (key.isBlank()) {
            throw new IllegalArgumentException("not a rule's reason: " + text);
        }
        List<Object> values = new ArrayList<>();
        int position = key.length();
        while (position < text.length()) {
            if (position + 1 >= text.length() || text.charAt(position) != SEPARATOR.charAt(0)) {
                throw new IllegalArgumentException("not a rule's reason: " + text);
            }
            char type = text.charAt(position + 1);
            int start = position + 2;
            if (type == 'e') {
                int colon = text.indexOf(':', start);
                int length = colon < 0 ? -1 : Integer.parseInt(text.substring(start, colon));
                if (length < 0 || text.codePointCount(colon + 1, text.length()) < length) {
                    throw new IllegalArgumentException("not a rule's reason: " + text);
                }
                int nestedEnd = text.offsetByCodePoints(colon + 1, length);
                values.add(read(text.substring(colon + 1, nestedEnd)));
                position = nestedEnd;
                continue;
            }
            int next = text.indexOf(SEPARATOR, start);
            position = next < 0 ? text.length() : next;
            values.add(value(type, text.substring(start, position), text));
        }
        return new Explanation(key, values);
    }

    private static Object value(char type, String value, String text) {
        return switch (type) {
            case 'n' -> new BigDecimal(value);
            case 'i' -> Long.valueOf(value);
            case 'd' -> LocalDate.parse(value);
            case 't' -> Instant.parse(value);
            case 'l' -> ToleranceLayer.valueOf(value);
            case 's' -> unescape(value);
            default -> throw new IllegalArgumentException("not a rule's reason: " + text);
        };
    }

    /**
     * The reason kept in a text, or, for a text kept before it was one (plain English, or someone's own words such as
     * an ERP's block reason), that text as stored; null for null.
     */
    public static Explanation readOrAsStored(String text) {
        if (text == null) {
            return null;
        }
        try {
            Explanation reason = read(text);
            ResourceBundle.getBundle(Explanation.BUNDLE, Locale.ENGLISH).getString(reason.key());
            return reason;
        } catch (IllegalArgumentException | java.time.DateTimeException | MissingResourceException notAReason) {
            return asStored(text);
        }
    }

    /** Words that stay as they are in every language (an ERP's own reason). */
    public static Explanation asStored(String text) {
        return Explanation.of(AS_STORED, text);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            if (character == ESCAPE) {
                escaped.append(ESCAPE).append(ESCAPE);
            } else if (character == SEPARATOR.charAt(0)) {
                escaped.append(ESCAPE).append(ESCAPED_SEPARATOR);
            } else if (character == SENTENCE_SEPARATOR) {
                escaped.append(ESCAPE).append(ESCAPED_SENTENCE_SEPARATOR);
            } else {
                escaped.append(character);
            }
        }
        return escaped.toString();
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == ESCAPE && index + 1 < text.length()) {
                char next = text.charAt(++index);
                plain.append(next == ESCAPED_SEPARATOR ? SEPARATOR.charAt(0)
                        : next == ESCAPED_SENTENCE_SEPARATOR ? SENTENCE_SEPARATOR : next);
            } else {
                plain.append(character);
            }
        }
        return plain.toString();
    }
}
