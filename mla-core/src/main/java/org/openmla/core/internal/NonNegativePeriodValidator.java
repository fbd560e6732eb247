package org.openmla.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Period;
import org.openmla.core.model.NonNegativePeriod;

/** Checks {@link NonNegativePeriod}. */
public final class NonNegativePeriodValidator implements ConstraintValidator<NonNegativePeriod, Period> {
    @Override
    public boolean isValid(Period value, ConstraintValidatorContext context) {
        return value == null || !value.isNegative();
    }
}
