package org.openmla.testkit;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.testkit.internal.Expectations;

/**
 * Assertions on the engine's answer to a proposed refusal ground, from {@link DecisionAssert#refusalCheck(String)}:
 * is refusing on it permitted, forbidden (a not-a-ground rule, or an exception removes the ground), not supported by
 * the facts, pending an assessment, or not provided at all. Failure messages end with the decision's explanation.
 * Not thread-safe.
 */
public final class RefusalCheckAssert extends AbstractAssert<RefusalCheckAssert, RefusalCheck> {
    private final DecisionAssert decision;

    RefusalCheckAssert(RefusalCheck actual, DecisionAssert decision) {
        super(actual, RefusalCheckAssert.class);
        this.decision = decision;
    }

    /** Checks the answer. @return this assertion */
    public RefusalCheckAssert hasAnswer(RefusalCheck.Answer answer) {
        Objects.requireNonNull(answer, "answer");
        if (actual.answer() != answer) {
            throw decision.failWithExplanation("Expected refusal on " + actual.proposal().groundId() + " " + answer + " but was "
                    + Expectations.describeCheck(actual) + " — " + actual.explanation());
        }
        return this;
    }

    /** Checks that the instrument forbids refusing on the ground here. @return this assertion */
    public RefusalCheckAssert isForbidden() {
        return hasAnswer(RefusalCheck.Answer.FORBIDDEN);
    }

    /** Checks that the ground is provided and the facts support it. @return this assertion */
    public RefusalCheckAssert isPermitted() {
        return hasAnswer(RefusalCheck.Answer.PERMITTED);
    }

    /** Checks that the ground is provided but the facts do not support it. @return this assertion */
    public RefusalCheckAssert isNotSupported() {
        return hasAnswer(RefusalCheck.Answer.NOT_SUPPORTED);
    }

    /** Checks that the ground is provided but an assessment is still needed. @return this assertion */
    public RefusalCheckAssert isPendingAssessment() {
        return hasAnswer(RefusalCheck.Answer.PENDING_ASSESSMENT);
    }

    /** Checks that no pack applied provides the ground. @return this assertion */
    public RefusalCheckAssert isNotProvided() {
        return hasAnswer(RefusalCheck.Answer.NOT_PROVIDED);
    }

    /**
     * Checks that the answer rests on an article citing the citation.
     *
     * @param citation e.g. {@code UNTOC art. 18(8)}
     * @return this assertion
     */
    public RefusalCheckAssert restsOn(String citation) {
        Citation c = Citation.parse(citation);
        if (actual.citations().stream().noneMatch(x -> x.isWithin(c))) {
            throw decision.failWithExplanation("Expected the answer on " + actual.proposal().groundId() + " to rest on " + c
                    + " but it rests on " + (actual.citations().isEmpty() ? "no article" : actual.citations().toString()));
        }
        return this;
    }

    /** @return the assertion on the whole decision, to go on with it */
    public DecisionAssert and() {
        return decision;
    }
}
