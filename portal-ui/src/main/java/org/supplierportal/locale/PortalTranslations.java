package org.supplierportal.locale;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplierportal.tolerance.Explanation;

/**
 * Vaadin's translations for the whole portal: the screens' bundle ({@code vaadin-i18n/translations}, Vaadin's own
 * place for it) and the tolerance rules' ({@code i18n/rules}, in portal-core beside the rules, which word their
 * reasons as keys). Ours rather than Vaadin's default provider because that one offers the first file it finds as
 * the default language, where ours is English, and knows only one bundle. The third bundle, Bean Validation's
 * {@code ValidationMessages}, holds the input types' validation messages. A key missing everywhere shows as
 * {@code !key!} and is logged, so it is seen rather than silently blank; {@code TranslationBundlesTest} keeps that
 * from happening.
 */
@Component
public class PortalTranslations implements I18NProvider {

    /** Bean Validation's bundle, where the input types' rules name their messages ({@code FieldErrors} shows them). */
    public static final String VALIDATION_MESSAGES = "ValidationMessages";

    /** The bundles, looked up in this order. */
    public static final List<String> BUNDLES = List.of("vaadin-i18n/translations", Explanation.BUNDLE, VALIDATION_MESSAGES);

    private static final Logger log = LoggerFactory.getLogger(PortalTranslations.class);
    // Without this the JVM's own default locale would come between a missing language and English.
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(PortalLanguage.values()).map(PortalLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = PortalLanguage.closestTo(locale).locale();
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, language, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), language).format(params);
            }
        }
        log.warn("No translation for key {} in {}", key, BUNDLES);
        return "!" + key + "!";
    }

}
