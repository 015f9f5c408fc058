package org.supplierportal.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.supplierportal.inbox.ExceptionReason;
import org.supplierportal.inbox.ExceptionSubject;
import org.supplierportal.inbox.ReasonKind;
import org.supplierportal.inbox.SubjectKind;
import org.supplierportal.locale.PortalLanguage;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * A notification's stored arguments as one reader sees them. A notification is stored once for every reader, so it
 * keeps what is language-neutral: a time as an ISO instant, a quantity as a plain number, a step or exception kind
 * as its code, an exception's reason as its kind and values in one argument, its subject as its kind followed by its values. Here each becomes the reader's: the time in
 * their zone and their language's format (with the zone named, as a mail is read far from where it was sent), the
 * number with their separators, the code as their word, the subject in their words.
 * An argument that does not read as its kind (a notification stored before this, with its text already in English)
 * is shown as stored. Which argument is which is decided per type, beside {@link NotificationCatalogue}'s order.
 */
final class NotificationArguments {

    /** EXPLANATION: a rules key with its values as {@code ExplanationText} keeps it (plain words as stored). */
    enum Kind { TIME, NUMBER, STEP, EXCEPTION, SUBJECT, REASON, EXPLANATION }

    /** Where an exception's reason is. */
    static final int REASON_INDEX = 4;

    /** Starts a reason stored as its kind and values, and separates them (a character no text of the portal has). */
    private static final String REASON_SEPARATOR = "\u001F";

    /** Where an exception's subject starts: its kind, then its values up to the end. */
    static final int SUBJECT_INDEX = 5;

    private static final Map<NotificationType, Map<Integer, Kind>> KINDS = Map.of(
            NotificationType.ACKNOWLEDGMENT_DUE_SOON, Map.of(2, Kind.TIME),
            NotificationType.ACKNOWLEDGMENT_OVERDUE, Map.of(2, Kind.TIME),
            NotificationType.RECEIPT_DIFFERS_FROM_ASN, Map.of(3, Kind.NUMBER, 4, Kind.NUMBER),
            NotificationType.QUALITY_STEP_RETURNED, Map.of(1, Kind.STEP, 3, Kind.TIME),
            NotificationType.QUALITY_STEP_DUE_SOON, Map.of(1, Kind.STEP, 2, Kind.TIME),
            NotificationType.QUALITY_STEP_ANSWERED, Map.of(1, Kind.STEP),
            NotificationType.INBOX_EXCEPTION, Map.of(0, Kind.EXCEPTION, REASON_INDEX, Kind.REASON, SUBJECT_INDEX, Kind.SUBJECT),
            NotificationType.ANSWER_OUTSIDE_TOLERANCE, Map.of(0, Kind.EXCEPTION, REASON_INDEX, Kind.REASON),
            NotificationType.INVOICE_BLOCKED, Map.of(2, Kind.EXPLANATION),
            NotificationType.IMPORT_FAILED, Map.of(3, Kind.TIME));

    private NotificationArguments() {
    }

    /**
     * @param words the reader's word for a bundle key, empty when the bundle has none
     */
    static Object[] render(NotificationType type, List<String> arguments, ReaderLocale reader,
                           Function<String, Optional<String>> words) {
        Map<Integer, Kind> kinds = KINDS.getOrDefault(type, Map.of());
        Object[] rendered = new Object[arguments.size()];
        for (int index = 0; index < rendered.length; index++) {
            String argument = arguments.get(index);
            Kind kind = kinds.get(index);
            rendered[index] = kind == null || argument.isEmpty() ? argument : switch (kind) {
                case TIME -> time(argument, reader);
                case NUMBER -> number(argument, reader);
                case STEP -> words.apply("value.step." + argument).orElse(argument);
                case EXCEPTION -> words.apply("value.exception." + argument).orElse(argument);
                case SUBJECT -> subject(arguments.subList(index, arguments.size()), reader);
                case REASON -> reason(argument, reader);
                case EXPLANATION -> in(ExplanationText.readOrAsStored(argument), reader);
            };
        }
        return rendered;
    }

    /** The subject in the reader's words; its values stay as stored beside it. */
    private static String subject(List<String> kindAndValues, ReaderLocale reader) {
        try {
            ExceptionSubject subject = new ExceptionSubject(SubjectKind.valueOf(kindAndValues.getFirst()),
                    kindAndValues.subList(1, kindAndValues.size()));
            return subject.explanation().in(PortalLanguage.closestTo(reader.language()).locale());
        } catch (IllegalArgumentException notASubject) {
            return String.join(" ", kindAndValues);
        }
    }

    /** An exception's reason as stored: its kind and values, each after the separator, language-neutral. */
    static String stored(ExceptionReason reason) {
        return REASON_SEPARATOR + reason.kind().name() + reason.values().stream().map(value -> REASON_SEPARATOR + value)
                .collect(Collectors.joining());
    }

    /** The reason in the reader's words and formats; one stored before reasons had a kind, in English, as stored. */
    private static String reason(String argument, ReaderLocale reader) {
        if (!argument.startsWith(REASON_SEPARATOR)) {
            return argument;
        }
        List<String> kindAndValues = List.of(argument.substring(1).split(REASON_SEPARATOR, -1));
        try {
            return in(new ExceptionReason(ReasonKind.valueOf(kindAndValues.getFirst()),
                    kindAndValues.subList(1, kindAndValues.size())).explanation(), reader);
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            return String.join(" ", kindAndValues);
        }
    }

    /** A rule's words in the reader's language, its values in the reader's formats and time zone. */
    private static String in(Explanation explanation, ReaderLocale reader) {
        List<Object> values = explanation.arguments().stream().map(value -> switch (value) {
            case Instant at -> time(at, reader);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader.language()).format(date);
            case BigDecimal number -> number(number.toPlainString(), reader);
            case Explanation word -> in(word, reader);
            default -> value;
        }).toList();
        return new Explanation(explanation.key(), values).in(PortalLanguage.closestTo(reader.language()).locale());
    }

    private static String time(String argument, ReaderLocale reader) {
        try {
            return time(Instant.parse(argument), reader);
        } catch (DateTimeParseException storedAsText) {
            return argument;
        }
    }

    private static String time(Instant at, ReaderLocale reader) {
        return reader.time(at);
    }

    private static String number(String argument, ReaderLocale reader) {
        BigDecimal value;
        try {
            value = new BigDecimal(argument);
        } catch (NumberFormatException storedAsText) {
            return argument;
        }
        NumberFormat format = NumberFormat.getNumberInstance(reader.language());
        int decimals = Math.max(0, value.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
