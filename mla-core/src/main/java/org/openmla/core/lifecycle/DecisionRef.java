package org.openmla.core.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.PackRef;

/**
 * How the history refers to an engine {@link Decision}: by id and digest, with the outcome, the law date and the packs,
 * so that the decision can be found again in the host's store or re-evaluated, and the history stays plain data.
 * Immutable.
 *
 * @param decisionId the decision's id
 * @param inputDigest the digest of the evaluation input
 * @param outcome the outcome for the request
 * @param partial whether the measures' outcomes differed
 * @param measureOutcomes the outcome of each measure, in the request's order
 * @param lawDate the date whose law was applied
 * @param packs the packs and versions applied
 */
public record DecisionRef(
        String decisionId, String inputDigest, Outcome outcome, boolean partial, List<Outcome> measureOutcomes, LocalDate lawDate, List<PackRef> packs) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public DecisionRef {
        Checks.text(decisionId, "DecisionRef.decisionId", 200);
        Checks.text(inputDigest, "DecisionRef.inputDigest", 200);
        Checks.required(outcome, "DecisionRef.outcome");
        measureOutcomes = Checks.list(measureOutcomes, "DecisionRef.measureOutcomes");
        Checks.required(lawDate, "DecisionRef.lawDate");
        packs = Checks.list(packs, "DecisionRef.packs");
    }

    /** @return the reference to a decision */
    public static DecisionRef of(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return new DecisionRef(decision.decisionId(), decision.inputDigest(), decision.outcome(), decision.partial(),
                decision.measures().stream().map(m -> m.outcome()).toList(), decision.lawDate(), decision.packs());
    }

    @Override
    public String toString() {
        return "Decision[" + decisionId + ", " + outcome + (partial ? " (partial)" : "") + "]";
    }
}
