package org.supplierportal.shell;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.Map;

/**
 * Date pickers in the user's language: the date format of their locale, and the calendar's month names, weekdays,
 * first day of the week and buttons in their language. Vaadin's picker takes the format from its locale but keeps
 * an English calendar unless given its i18n, so every picker goes through here. The names come from the JDK's own
 * locale data, so only the two button words need the bundle.
 */
public final class DatePickers {

    // The picker lists weekdays from Sunday, as JavaScript's Date does.
    private static final List<DayOfWeek> FROM_SUNDAY = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
            Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY)).toList();

    // The region a bare language tag stands for, for the languages the portal speaks.
    private static final Map<String, String> LIKELY_REGION = Map.of("en", "US", "de", "DE", "fr", "FR", "es", "ES", "zh", "CN");

    private DatePickers() {
    }

    /** A picker with this label, in the user's language. */
    public static DatePicker create(String label) {
        return inUserLanguage(new DatePicker(label));
    }

    /** Puts a picker into the user's language; returns it. */
    public static DatePicker inUserLanguage(DatePicker picker) {
        Locale locale = UserFormats.locale();
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    /** Puts a date-and-time picker's calendar and date format into the user's language; returns it. */
    public static DateTimePicker inUserLanguage(DateTimePicker picker) {
        Locale locale = UserFormats.locale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(locale));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage(I18NProvider.translate(locale, "datePicker.badInput")));
        return picker;
    }

    /** The calendar's words, first day of the week and date format for a locale. */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        numericPattern(locale).ifPresent(i18n::setDateFormat);
        return i18n
                .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(FROM_SUNDAY.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(FROM_SUNDAY.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale))
                .setToday(I18NProvider.translate(locale, "datePicker.today"))
                .setCancel(I18NProvider.translate(locale, "datePicker.cancel"))
                .setBadInputErrorMessage(I18NProvider.translate(locale, "datePicker.badInput"));
    }

    /**
     * The first day of the week as the picker counts (Sunday 0): the locale's, or for a bare language (the portal's own
     * "de", when the browser speaks another) that of the country most of its speakers live in, not the JDK's default.
     */
    static int firstDayOfWeek(Locale locale) {
        Locale regional = locale.getCountry().isEmpty() && LIKELY_REGION.containsKey(locale.getLanguage())
                ? new Locale.Builder().setLocale(locale).setRegion(LIKELY_REGION.get(locale.getLanguage())).build()
                : locale;
        return WeekFields.of(regional).getFirstDayOfWeek().getValue() % 7;
    }

    /**
     * The locale's short date pattern with the full year (31.12.2026, 12/31/2026, 2026/12/31): the same order and
     * separators the screens' dates use, in the tokens the picker reads. Left to the browser for a pattern with
     * anything but day, month and year (the picker knows no era or month names).
     */
    static Optional<String> numericPattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        if (!pattern.replaceAll("[dMy]", "").chars().noneMatch(Character::isLetter) || pattern.contains("'")) {
            return Optional.empty();
        }
        return Optional.of(pattern.replaceAll("y+", "yyyy"));
    }
}
