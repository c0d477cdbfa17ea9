package app.rapport.common.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A member's display name: one line, visible, and nothing that hides or reorders text (bidi overrides, zero-width spaces). See {@link TextRules}. */
@Documented
@Constraint(validatedBy = PersonName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one string; null passes (pair with {@code @NotNull}/{@code @NotBlank} when required). */
    class Validator implements ConstraintValidator<PersonName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            TextRules.Fault fault = TextRules.personName(value);
            if (fault == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(fault.message()).addConstraintViolation();
            return false;
        }
    }
}
