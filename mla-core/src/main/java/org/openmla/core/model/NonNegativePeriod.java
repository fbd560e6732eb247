package org.openmla.core.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Bean Validation constraint: a {@link java.time.Period} that is not negative. {@code null} is valid. */
@Documented
@Constraint(validatedBy = org.openmla.core.internal.NonNegativePeriodValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonNegativePeriod {
    /** @return the message */
    String message() default "must not be negative";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
