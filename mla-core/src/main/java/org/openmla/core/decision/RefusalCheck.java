package org.openmla.core.decision;

import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Citation;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.engine.RefusalChecks;

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

    /**
     * Whether a proposed ground may be used. {@link RefusalChecks#answer} gives the first of these that holds, looking
     * at the findings for the ground (by ground id or rule id) for the whole request or, for a proposal on one measure,
     * for the request and that measure.
     */
    public enum Answer {
        /**
         * The instrument provides the ground and the facts found support it: a refusal or precondition finding for the
         * ground is adverse for the whole request (or the measure proposed), and no not-a-ground rule is TRUE,
         * UNKNOWN or failed.
         */
        PERMITTED,
        /**
         * The instrument forbids refusal on this ground here: a not-a-ground rule for it is TRUE, or an exception
         * removes the ground (the ground's findings are excepted and none holds).
         */
        FORBIDDEN,
        /**
         * The check itself failed: a rule for the ground, or an exception to one, failed to evaluate. The ground may not
         * be relied on until the failure is fixed; it is not the same as FORBIDDEN, which is the law's answer.
         */
        CHECK_FAILED,
        /**
         * The instrument provides the ground, but the facts found do not support it: its findings are FALSE, or the
         * ground holds for some measures only and the proposal is to refuse the whole request (refuse those measures
         * instead).
         */
        NOT_SUPPORTED,
        /**
         * The instrument provides the ground and a rule providing it is in play, but an assessment is still needed:
         * the ground's finding is UNKNOWN, or a not-a-ground rule that may forbid it is UNKNOWN.
         */
        PENDING_ASSESSMENT,
        /**
         * The instrument provides no such ground here: no rule of the packs applied provides it, or the rules that
         * do are not applicable (not in force, disabled, outside their scope). A not-a-ground rule that is UNKNOWN
         * does not change this: a ground the instrument does not offer cannot become available by answering a question.
         */
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
