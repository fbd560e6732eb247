package org.openmla.core.decision;

import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Citation;

/**
 * A condition that attaches to the assistance, such as a use limitation or confidentiality.
 *
 * @param ruleId the rule
 * @param citation its article
 * @param statement the condition in plain words
 * @param measureIndex the measure it attaches to, or empty for the whole request
 */
public record ImposedCondition(String ruleId, Citation citation, String statement, Optional<Integer> measureIndex) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public ImposedCondition {
        Checks.required(ruleId, "ImposedCondition.ruleId");
        Checks.required(citation, "ImposedCondition.citation");
        Checks.required(statement, "ImposedCondition.statement");
        Checks.optional(measureIndex, "ImposedCondition.measureIndex");
    }
}
