package org.openmla.core.decision;

import java.util.List;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.MeasureType;

/**
 * The outcome for one measure of the request, and the rules that determined it.
 *
 * @param index the measure's position in the request
 * @param type its type
 * @param outcome its outcome
 * @param determiningRuleIds the rules whose findings produced the outcome (empty for a plain grant)
 */
public record MeasureResult(int index, MeasureType type, Outcome outcome, List<String> determiningRuleIds) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public MeasureResult {
        Checks.required(type, "MeasureResult.type");
        Checks.required(outcome, "MeasureResult.outcome");
        determiningRuleIds = Checks.list(determiningRuleIds, "MeasureResult.determiningRuleIds");
    }
}
