package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a rule decided as it did, as a message key of the {@code i18n/rules} bundle with its arguments, so each reader
 * gets it in their own language: the screens translate it with the reader's locale (numbers and dates their way),
 * and {@link #english()} gives the text the API, the stored answer and the buyer's inbox keep.
 *
 * @param arguments numbers as {@link BigDecimal}, counts as {@link Long} or {@link Integer}, dates as {@link java.time.LocalDate}, the layer a
 *                  limit comes from as {@link ToleranceLayer}, units and currencies as their codes, a word the reader's
 *                  language has its own for (a quality step's name) as an {@link Explanation} of its own
 */
public record Explanation(String key, List<Object> arguments) {

    /** The bundle of rule texts, in English by default and in every language the portal speaks. */
    public static final String BUNDLE = "i18n/rules";

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String key, Object... arguments) {
        return new Explanation(key, List.of(arguments));
    }

    /** The layer's key in the bundle, e.g. {@code tolerance.layer.SUPPLIER}. */
    public static String layerKey(ToleranceLayer layer) {
        return "tolerance.layer." + layer.name();
    }

    /** The English text, numbers as plain as they were entered and dates in ISO form. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /**
     * The text in one of the bundle's languages (English where it has no such language), for a reader outside a
     * screen (an e-mail); values as {@link #english()} writes them, each word in that language.
     */
    public String in(Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] plain = arguments.stream().map(argument -> switch (argument) {
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case ToleranceLayer layer -> new MessageFormat(bundle.getString(layerKey(layer)), language).format(new Object[0]);
            case Explanation word -> word.in(language);
            case Number count -> count;
            default -> String.valueOf(argument);
        }).toArray();
        return new MessageFormat(bundle.getString(key), language).format(plain);
    }
}
