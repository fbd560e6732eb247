package org.openmla.core.decision;

import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Truth;

/**
 * A fact a rule looked at and its value, e.g. {@code "the request contains a summary of the relevant facts" = FALSE}
 * or {@code "assessed: POLITICAL_OFFENCE" = UNKNOWN}. Labels describe facts; they never contain personal data.
 *
 * @param label the fact in words
 * @param value its value
 */
public record FactValue(String label, Truth value) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public FactValue {
        Checks.required(label, "FactValue.label");
        Checks.required(value, "FactValue.value");
    }

    @Override
    public String toString() {
        return label + " = " + value;
    }
}
