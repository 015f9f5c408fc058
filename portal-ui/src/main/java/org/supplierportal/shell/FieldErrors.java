package org.supplierportal.shell;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

/**
 * Shows the service's validation messages next to the fields they concern. The rules live once, on the service's
 * input types; the form only places their messages.
 */
public final class FieldErrors {

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
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            }
        }
        return unplaced.stream().map(ConstraintViolation::getMessage).collect(Collectors.joining(" "));
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
