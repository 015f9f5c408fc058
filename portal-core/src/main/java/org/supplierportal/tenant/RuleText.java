package org.supplierportal.tenant;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal of this module worded as a key of the rules bundle ({@code i18n/rules}) with its values, so a screen
 * shows it in the reader's language while files, logs and the API keep {@link #english()}. The tenant module's
 * counterpart of the tolerance module's {@code Explanation}, which it cannot use: tolerance depends on tenant.
 *
 * @param arguments the values as they are written in every language (versions, identifiers, host names)
 */
public record RuleText(String key, List<String> arguments) {

    private static final String BUNDLE = "i18n/rules";

    public RuleText {
        arguments = List.copyOf(arguments);
    }

    /** A null value reads "null", as it did when the messages were concatenated. */
    public static RuleText of(String key, String... arguments) {
        return new RuleText(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String english() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments.toArray());
    }
}
