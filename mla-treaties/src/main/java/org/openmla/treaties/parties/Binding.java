package org.openmla.treaties.parties;

import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;

/**
 * Whether a State is bound by an instrument on a date, and why. Three-valued: {@link Truth#UNKNOWN} when the party
 * data cannot tell (the State is not in a list that is known to be partial, or only a later date is confirmed), never a
 * guess.
 *
 * @param bound TRUE, FALSE or UNKNOWN
 * @param explanation why, in words, with the dates that decide it
 */
public record Binding(Truth bound, String explanation) {

    /** @throws org.openmla.core.InvalidValueException if a field is null or blank */
    public Binding {
        Checks.required(bound, "Binding.bound");
        Checks.text(explanation, "Binding.explanation", 2000);
    }
}
