package org.supplierportal.notification;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How one person reads a notification: the language of its words, numbers and dates, and the time zone its times
 * are in. For a screen it is the screen's; for an e-mail the recipient's own choice, else English and UTC.
 */
public record ReaderLocale(Locale language, ZoneId timeZone) {

    /** Whoever has chosen nothing: the portal's language of last resort, and the zone that names itself. */
    public static final ReaderLocale DEFAULT = new ReaderLocale(Locale.ENGLISH, ZoneId.of("UTC"));

    public ReaderLocale {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
