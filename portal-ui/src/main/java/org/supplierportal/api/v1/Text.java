package org.supplierportal.api.v1;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.supplierportal.input.TextRule;

/** A text of a request: at most {@link #max()} characters (its column's), no null byte or other control character. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Text.Check.class)
@interface Text {

    int max();

    String message() default "not plain text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Text, String> {

        private int max;

        @Override
        public void initialize(Text annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = TextRule.problem(value, max);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // Bean Validation reads {...} and ${...} in messages as expressions; the rule's words have none.
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
