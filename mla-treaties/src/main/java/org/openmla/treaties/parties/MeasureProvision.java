package org.openmla.treaties.parties;

import org.openmla.core.InvalidValueException;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.Citation;
import org.openmla.core.internal.Checks;

/**
 * The provision of an instrument that governs one kind of measure, where it is not the instrument's general article on
 * mutual assistance: UNTOC art. 19 for joint investigations, not art. 18(1). A claim of the instrument for that measure
 * cites this provision and says in words what it provides.
 *
 * @param measure the measure
 * @param citation the provision, an article of the instrument
 * @param summary what the provision provides for the measure, in words (e.g. that it rests on agreement case by case)
 */
public record MeasureProvision(MeasureType measure, Citation citation, String summary) {

    /** @throws InvalidValueException if a field is null or blank */
    public MeasureProvision {
        Checks.required(measure, "MeasureProvision.measure");
        Checks.required(citation, "MeasureProvision.citation");
        Checks.text(summary, "MeasureProvision.summary", 1000);
    }
}
