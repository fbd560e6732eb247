package org.openmla.core.decision;

import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Citation;

/**
 * An assessment the decision still needs: the question, the measure it concerns (if one), the rules that wait for it
 * and whether answering it could change the outcome.
 *
 * <p>When a rule's answer is unknown because the request (or a State's profile) does not state a fact the rule
 * reads — no language, no stage of proceedings — and no assessment could settle it, the key is
 * {@link #INFORMATION_NEEDED} and the question names the fact: the request must be completed, not assessed.
 *
 * @param key the assessment id to supply
 * @param question the question
 * @param measureIndex the measure, or empty for the whole request
 * @param ruleIds the rules whose verdict is unknown until it is answered
 * @param citations their citations
 * @param couldChangeOutcome whether some answer would give a stronger outcome than the one now determined
 */
public record OpenQuestion(
        String key, String question, Optional<Integer> measureIndex, List<String> ruleIds, List<Citation> citations, boolean couldChangeOutcome) {

    /** The key of a question about a fact the request does not state, rather than an assessment. */
    public static final String INFORMATION_NEEDED = "INFORMATION_NEEDED";

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public OpenQuestion {
        Checks.required(key, "OpenQuestion.key");
        Checks.required(question, "OpenQuestion.question");
        Checks.optional(measureIndex, "OpenQuestion.measureIndex");
        ruleIds = Checks.list(ruleIds, "OpenQuestion.ruleIds");
        // Two rules resting on the same provision ask one question under one citation, listed once.
        citations = List.copyOf(new java.util.LinkedHashSet<>(Checks.list(citations, "OpenQuestion.citations")));
    }

    /** @return the key, the measure if any, the question, the rules and the citations; no {@code Optional[...]} */
    @Override
    public String toString() {
        return "OpenQuestion[" + key + measureIndex.map(i -> " measure " + i).orElse("") + ": " + question + " rules=" + ruleIds
                + " citations=" + citations + (couldChangeOutcome ? " could change the outcome" : "") + "]";
    }
}
