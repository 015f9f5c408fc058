package org.supplierportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A date picker reads and writes dates in the order and with the separators of the person's locale, full year. */
class DatePickersTest {

    @Test
    void writesTheLocalesShortDateWithTheFullYear() {
        assertThat(DatePickers.numericPattern(Locale.GERMAN)).hasValue("dd.MM.yyyy");
        assertThat(DatePickers.numericPattern(Locale.US)).hasValue("M/d/yyyy");
        assertThat(DatePickers.numericPattern(Locale.UK)).hasValue("dd/MM/yyyy");
        assertThat(DatePickers.numericPattern(Locale.FRENCH)).hasValue("dd/MM/yyyy");
        assertThat(DatePickers.numericPattern(Locale.SIMPLIFIED_CHINESE)).hasValue("yyyy/M/d");
    }

    @Test
    void startsTheWeekWhereTheLanguagesCountryDoes() {
        assertThat(DatePickers.firstDayOfWeek(Locale.GERMAN)).as("de: Monday").isEqualTo(1);
        assertThat(DatePickers.firstDayOfWeek(Locale.FRENCH)).as("fr: Monday").isEqualTo(1);
        assertThat(DatePickers.firstDayOfWeek(Locale.SIMPLIFIED_CHINESE)).as("zh-CN: Monday").isEqualTo(1);
        assertThat(DatePickers.firstDayOfWeek(Locale.US)).as("en-US: Sunday").isZero();
        assertThat(DatePickers.firstDayOfWeek(Locale.ENGLISH)).as("en: Sunday").isZero();
        assertThat(DatePickers.firstDayOfWeek(Locale.UK)).as("en-GB: Monday").isEqualTo(1);
    }
}
