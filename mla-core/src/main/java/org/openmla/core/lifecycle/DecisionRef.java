package org.openmla.core.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.PackRef;

/**
 * How the history refers to an engine {@link Decision}: by id and digest, with the outcome, the law date and the packs,
 * so that the decision can be found again in the host's store or re-evaluated, and the history stays plain data; and
 * with the {@link DecisionFacts facts} the lifecycle's guards read from it, so that a history read back is checked
 * against every guard. A reference made by {@link #of(Decision)} always carries them; one read from a case document
 * older than format version 3, or made with the constructor without facts, does not, and the guards that read them
 * ({@link DecisionFacts#GUARDS}) cannot be re-checked for its entry. Immutable.
 *
 * @param decisionId the decision's id
 * @param inputDigest the digest of the evaluation input
 * @param outcome the outcome for the request
 * @param partial whether the measures' outcomes differed
 * @param measureOutcomes the outcome of each measure, in the request's order
 * @param lawDate the date whose law was applied
 * @param packs the packs and versions applied
 * @param facts what the lifecycle's guards read from the decision, where recorded
 */
public record DecisionRef(
        String decisionId, String inputDigest, Outcome outcome, boolean partial, List<Outcome> measureOutcomes, LocalDate lawDate, List<PackRef> packs,
        Optional<DecisionFacts> facts) {

    /**
     * @throws org.openmla.core.InvalidValueException if a field is null, or the facts name a measure the decision does
     *     not have
     */
    public DecisionRef {
        Checks.text(decisionId, "DecisionRef.decisionId", 200);
        Checks.text(inputDigest, "DecisionRef.inputDigest", 200);
        Checks.required(outcome, "DecisionRef.outcome");
        measureOutcomes = Checks.list(measureOutcomes, "DecisionRef.measureOutcomes");
        Checks.required(lawDate, "DecisionRef.lawDate");
        packs = Checks.list(packs, "DecisionRef.packs");
        Checks.optional(facts, "DecisionRef.facts");
        int measures = measureOutcomes.size();
        if (facts.isPresent()) {
            facts.get().checkMeasures(measures);
        }
    }

    /**
     * A reference without the guards' facts, as case documents before format version 3 hold them.
     *
     * @throws org.openmla.core.InvalidValueException if a field is null
     */
    public DecisionRef(
            String decisionId, String inputDigest, Outcome outcome, boolean partial, List<Outcome> measureOutcomes, LocalDate lawDate, List<PackRef> packs) {
        this(decisionId, inputDigest, outcome, partial, measureOutcomes, lawDate, packs, Optional.empty());
    }

    /** @return the reference to a decision, with the facts its guards read */
    public static DecisionRef of(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return new DecisionRef(decision.decisionId(), decision.inputDigest(), decision.outcome(), decision.partial(), outcomes(decision),
                decision.lawDate(), decision.packs(), Optional.of(DecisionFacts.of(decision)));
    }

    /** @return the outcome of each measure, without an array for the usual one or two measures */
    private static List<Outcome> outcomes(Decision decision) {
        List<MeasureResult> measures = decision.measures();
        switch (measures.size()) {
            case 0:
                return List.of();
            case 1:
                return List.of(measures.get(0).outcome());
            case 2:
                return List.of(measures.get(0).outcome(), measures.get(1).outcome());
            default:
                Outcome[] outcomes = new Outcome[measures.size()];
                for (int i = 0; i < outcomes.length; i++) {
                    outcomes[i] = measures.get(i).outcome();
                }
                return List.of(outcomes);
        }
    }

    /**
     * @return whether this is the reference {@link #of} would make to the decision (facts included), compared field by
     *     field without making it again
     */
    boolean sameAs(Decision decision) {
        if (facts.isEmpty() || outcome != decision.outcome() || partial != decision.partial() || measureOutcomes.size() != decision.measures().size()
                || !decisionId.equals(decision.decisionId()) || !inputDigest.equals(decision.inputDigest()) || !lawDate.equals(decision.lawDate())
                || !packs.equals(decision.packs())) {
            return false;
        }
        for (int i = 0, n = measureOutcomes.size(); i < n; i++) {
            if (measureOutcomes.get(i) != decision.measures().get(i).outcome()) {
                return false;
            }
        }
        return facts.get().sameAs(decision);
    }

    @Override
    public String toString() {
        return "Decision[" + decisionId + ", " + outcome + (partial ? " (partial)" : "") + "]";
    }
}
