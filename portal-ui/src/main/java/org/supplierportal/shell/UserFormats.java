package org.supplierportal.shell;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;

/**
 * Dates, times and numbers in the user's own locale and time zone (the person's choice on "My account", else the
 * browser's), so a planner in Munich and one in Chicago each read their own format. The one place screens format them.
 */
public final class UserFormats {

    /** Session attribute holding the browser's time zone, set once by the main layout. */
    public static final String TIME_ZONE_ATTRIBUTE = UserFormats.class.getName() + ".timeZone";

    private UserFormats() {
    }

    public static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.getDefault());
    }

    public static ZoneId timeZone() {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> (ZoneId) session.getAttribute(TIME_ZONE_ATTRIBUTE))
                .orElse(ZoneId.systemDefault());
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(timeZone()).format(instant);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale()).withZone(timeZone()).format(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** An amount in its currency, the user's way: "1.234,50 €" or "€1,234.50". */
    public static String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        try {
            java.util.Currency currency = java.util.Currency.getInstance(currencyCode);
            format.setCurrency(currency);
            int digits = Math.max(currency.getDefaultFractionDigits(), Math.min(6, amount.stripTrailingZeros().scale()));
            format.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
            format.setMaximumFractionDigits(Math.max(0, digits));
        } catch (IllegalArgumentException e) {
            return number(amount) + " " + currencyCode;
        }
        return format.format(amount);
    }

    /** A quantity with its unit: "1,500 pcs". */
    public static String quantity(BigDecimal value, String unit) {
        return value == null ? "" : number(value) + " " + unit;
    }

    /** How long ago, roughly: "3 min", "5 h", "2 days". */
    public static String age(java.time.Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return I18NProvider.translate("format.age.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return I18NProvider.translate("format.age.hours", minutes / 60);
        }
        return I18NProvider.translate("format.age.days", minutes / (60 * 24));
    }

    public static String percent(BigDecimal value) {
        return value == null ? "" : number(value) + " %";
    }
}
