package org.supplierportal.shell;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Shows the service's validation messages next to the fields they concern. The rules live once, on the service's
 * input types; the form only places their messages, in the reader's language where the rule names its message by a
 * key ({@code message = "{validation.email.format}"}, the bundle {@code ValidationMessages}).
 */
public final class FieldErrors {

    private static final Pattern MESSAGE_KEY = Pattern.compile("\\{(validation\\.[A-Za-z0-9.]+)}");

    private FieldErrors() {
    }

    /** Clears every field's error. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Marks each field named by a violation; returns the messages no field could show (to display elsewhere).
     */
    public static String show(ConstraintViolationException exception, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        Set<ConstraintViolation<?>> unplaced = new java.util.HashSet<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            HasValidation field = fields.get(lastNode(violation.getPropertyPath()));
            if (field == null) {
                unplaced.add(violation);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message(violation));
                field.setInvalid(true);
            }
        }
        return unplaced.stream().map(FieldErrors::message).collect(Collectors.joining(" "));
    }

    /** The violation's message in the reader's language when its rule names a key, else as the validator wrote it. */
    public static String message(ConstraintViolation<?> violation) {
        Matcher key = MESSAGE_KEY.matcher(violation.getMessageTemplate());
        return key.matches() ? I18NProvider.translate(key.group(1)) : violation.getMessage();
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
