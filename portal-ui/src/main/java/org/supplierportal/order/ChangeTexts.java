package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.shell.UserFormats;

/**
 * A change between two revisions as its reader reads it: what changed in their language, dates and numbers their way
 * (the change keeps them as plain text: ISO dates, plain numbers): for the order's change view and the stale-revision dialog.
 */
public final class ChangeTexts {

    private ChangeTexts() {
    }

    /** Where on the order: the order itself or its line. */
    public static String where(RevisionChange change) {
        return change.lineNumber() == null ? I18NProvider.translate("changes.order")
                : I18NProvider.translate("changes.line", change.lineNumber());
    }

    public static String what(RevisionChange change) {
        return switch (change.kind()) {
            case LINE_ADDED -> I18NProvider.translate("changes.lineAdded");
            case LINE_REMOVED -> I18NProvider.translate("changes.lineRemoved");
            default -> I18NProvider.translate("changes.field." + change.what().name());
        };
    }

    public static String before(RevisionChange change) {
        return value(change.what(), change.before());
    }

    public static String after(RevisionChange change) {
        return value(change.what(), change.after());
    }

    private static String value(ChangedField field, String text) {
        if (text == null) {
            return "";
        }
        try {
            return switch (field) {
                case ORDER_DATE, REQUESTED_DATE -> UserFormats.date(LocalDate.parse(text));
                case QUANTITY, UNIT_PRICE, PRICE_PER -> UserFormats.number(new BigDecimal(text));
                default -> text;
            };
        } catch (DateTimeParseException | NumberFormatException notAsExpected) {
            return text; // shown as the ERP sent it rather than not at all
        }
    }
}
