package org.openmla.core.rules;

import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * The engine's answer to a {@link ProposedRefusal}.
 *
 * @param proposal the proposal
 * @param answer whether the ground may be used
 * @param citations the articles the answer rests on
 * @param ruleIds the rules it rests on
 * @param explanation the answer in words
 */
public record RefusalCheck(ProposedRefusal proposal, Answer answer, List<Citation> citations, List<String> ruleIds, String explanation) {

    /** Whether a proposed ground may be used. */
    public enum Answer {
        /** The instrument provides the ground and the facts found support it. */
        PERMITTED,
        /** The instrument forbids refusal on this ground, or an exception removes the ground here. */
        FORBIDDEN,
        /** The instrument provides the ground, but the facts found do not support it. */
        NOT_SUPPORTED,
        /** The instrument provides the ground, but an assessment is still needed. */
        PENDING_ASSESSMENT,
        /** The instrument provides no such ground. */
        NOT_PROVIDED
    }

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public RefusalCheck {
        Checks.required(proposal, "RefusalCheck.proposal");
        Checks.required(answer, "RefusalCheck.answer");
        citations = Checks.list(citations, "RefusalCheck.citations");
        ruleIds = Checks.list(ruleIds, "RefusalCheck.ruleIds");
        Checks.required(explanation, "RefusalCheck.explanation");
    }

    /** @return whether the ground may be used */
    public boolean permitted() {
        return answer == Answer.PERMITTED;
    }

    /** @return the first citation, if any */
    public Optional<Citation> citation() {
        return citations.isEmpty() ? Optional.empty() : Optional.of(citations.get(0));
    }
}
