package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's reason ({@link Explanation}: a key of the rules bundle with its values) as one text, for what keeps it past
 * the moment (an event in the publication registry, an exception in the inbox) and still has every reader read it in
 * their own language: the key, then each value after a separator, marked by its type (a number, a count, a date, a
 * word, a tolerance layer), so that it comes back as the rule made it. Pure.
 */
public final class ExplanationText {

    /** Separates the key and the values: a character no key or value of the rules has. */
    private static final String SEPARATOR = "\u001E";

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
                case ToleranceLayer layer -> "l" + layer.name();
                case String word -> "s" + word;
                default -> throw new IllegalArgumentException("a rule's value of type " + value.getClass().getSimpleName()
                        + " cannot be kept as text: " + reason);
            });
        }
        return text.toString();
    }

    /** The reason again; fails loudly on a text that is not one. */
    public static Explanation read(String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts[0].isBlank()) {
            throw new IllegalArgumentException("not a rule's reason: " + text);
        }
        List<Object> values = new ArrayList<>();
        for (int index = 1; index < parts.length; index++) {
            if (parts[index].isEmpty()) {
                throw new IllegalArgumentException("not a rule's reason: " + text);
            }
            String value = parts[index].substring(1);
            values.add(switch (parts[index].charAt(0)) {
                case 'n' -> new BigDecimal(value);
                case 'i' -> Long.valueOf(value);
                case 'd' -> LocalDate.parse(value);
                case 'l' -> ToleranceLayer.valueOf(value);
                case 's' -> value;
                default -> throw new IllegalArgumentException("not a rule's reason: " + text);
            });
        }
        return new Explanation(parts[0], values);
    }
}
