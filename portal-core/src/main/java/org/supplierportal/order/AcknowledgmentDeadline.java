package org.supplierportal.order;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an acknowledgment is due: a number of working days (Monday to Friday) after the order or revision arrived,
 * at the same time of day. Arriving on a weekend counts from Monday morning. Pure.
 */
final class AcknowledgmentDeadline {

    private AcknowledgmentDeadline() {
    }

    static Instant dueAt(Instant received, int workingDays, ZoneId zone) {
        ZonedDateTime due = received.atZone(zone);
        if (isWeekend(due)) {
            while (isWeekend(due)) {
                due = due.plusDays(1);
            }
            due = due.toLocalDate().atStartOfDay(zone);
        }
        for (int i = 0; i < workingDays; i++) {
            due = due.plusDays(1);
            while (isWeekend(due)) {
                due = due.plusDays(1);
            }
        }
        return due.toInstant();
    }

    private static boolean isWeekend(ZonedDateTime time) {
        return time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
