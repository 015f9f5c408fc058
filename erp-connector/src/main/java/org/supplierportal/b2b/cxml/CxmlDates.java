package org.supplierportal.b2b.cxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** cXML's dates (datetime.tz, ISO 8601: with or without time and offset) as the calendar day the partner wrote. */
final class CxmlDates {

    private CxmlDates() {
    }

    /** The day, or null when the value is not an ISO 8601 date. */
    static LocalDate day(String value) {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notWithTime) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }
}
