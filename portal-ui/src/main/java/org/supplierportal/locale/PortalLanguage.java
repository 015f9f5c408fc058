package org.supplierportal.locale;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal ships complete translations for; English first, the language of last resort. */
public enum PortalLanguage {
    ENGLISH(Locale.ENGLISH, "English"),
    GERMAN(Locale.GERMAN, "Deutsch"),
    FRENCH(Locale.FRENCH, "Français"),
    SPANISH(Locale.of("es"), "Español"),
    CHINESE_SIMPLIFIED(Locale.SIMPLIFIED_CHINESE, "简体中文");

    private final Locale locale;
    private final String nativeName;

    PortalLanguage(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as people look for it in a list. */
    public String nativeName() {
        return nativeName;
    }

    /** The BCP 47 tag kept in the database ("de", "zh-CN"). */
    public String tag() {
        return locale.toLanguageTag();
    }

    public static Optional<PortalLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag().equalsIgnoreCase(tag)).findFirst();
    }

    /** The portal's language closest to a browser's or person's locale: same language, else English. */
    public static PortalLanguage closestTo(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return Arrays.stream(values()).filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(ENGLISH);
    }
}
