package org.openmla.core.decision;

import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.TimeLimit;

/**
 * A deadline that runs for the request, as a pack declares it; the lifecycle turns it into due instants.
 *
 * @param ruleId the rule
 * @param citation its article
 * @param statement the deadline in plain words
 * @param spec the events and limits
 * @param urgent whether the request is urgent, so that the urgent limit applies where there is one
 */
public record RunningDeadline(String ruleId, Citation citation, String statement, DeadlineSpec spec, boolean urgent) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public RunningDeadline {
        Checks.required(ruleId, "RunningDeadline.ruleId");
        Checks.required(citation, "RunningDeadline.citation");
        Checks.required(statement, "RunningDeadline.statement");
        Checks.required(spec, "RunningDeadline.spec");
    }

    /** @return the limit that applies: the urgent one for an urgent request where the pack sets one, else the normal one */
    public TimeLimit limit() {
        return urgent && spec.urgentLimit().isPresent() ? spec.urgentLimit().get() : spec.limit();
    }
}
