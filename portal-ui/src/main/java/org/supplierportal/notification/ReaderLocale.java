package org.supplierportal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /** A time in this reader's zone and format, with the zone named, as a mail is read far from where it was sent. */
    public String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(timeZone).format(at) + " " + ZoneLabel.of(timeZone, at, language);
    }
}
