package org.supplierportal.locale;

import java.time.ZoneId;
import java.util.Objects;

/** A person's language and the time zone their dates and times are shown in. */
public record PersonLocale(PortalLanguage language, ZoneId timeZone) {

    public PersonLocale {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "time zone");
    }
}
