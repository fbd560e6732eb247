package org.openmla.testkit;

import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.Verdict;
import org.openmla.testkit.internal.Expectation;
import org.openmla.testkit.internal.Expectations;

/**
 * Assertions on the outcome of one measure of a decision, from {@link DecisionAssert#measure(int)}. An expected
 * finding must be the measure's own; an absent one must be absent for the measure and for the whole request. Failure
 * messages end with the
 * whole decision's explanation. Not thread-safe.
 */
public final class MeasureAssert extends AbstractAssert<MeasureAssert, MeasureResult> {
    private final DecisionAssert decision;

    MeasureAssert(MeasureResult actual, DecisionAssert decision) {
        super(actual, MeasureAssert.class);
        this.decision = decision;
    }

    /** Checks the measure's outcome. @return this assertion */
    public MeasureAssert hasOutcome(Outcome outcome) {
        return expect(Expectations.measureOutcome(actual.index(), Objects.requireNonNull(outcome, "outcome")));
    }

    /** Checks that the measure's outcome is {@link Outcome#GRANT}. @return this assertion */
    public MeasureAssert isGranted() {
        return hasOutcome(Outcome.GRANT);
    }

    /** Checks that the measure's outcome is {@link Outcome#GRANT_WITH_CONDITIONS}. @return this assertion */
    public MeasureAssert isGrantedWithConditions() {
        return hasOutcome(Outcome.GRANT_WITH_CONDITIONS);
    }

    /** Checks that the measure's outcome is {@link Outcome#POSTPONE}. @return this assertion */
    public MeasureAssert mayBePostponed() {
        return hasOutcome(Outcome.POSTPONE);
    }

    /** Checks that the measure's outcome is {@link Outcome#MAY_REFUSE}. @return this assertion */
    public MeasureAssert mayBeRefused() {
        return hasOutcome(Outcome.MAY_REFUSE);
    }

    /** Checks that the measure's outcome is {@link Outcome#PENDING_ASSESSMENT}. @return this assertion */
    public MeasureAssert isPendingAssessment() {
        return hasOutcome(Outcome.PENDING_ASSESSMENT);
    }

    /** Checks that the measure's outcome is {@link Outcome#MUST_REFUSE}. @return this assertion */
    public MeasureAssert mustBeRefused() {
        return hasOutcome(Outcome.MUST_REFUSE);
    }

    /** Checks that the measure's outcome is {@link Outcome#DEFICIENT}. @return this assertion */
    public MeasureAssert isDeficient() {
        return hasOutcome(Outcome.DEFICIENT);
    }

    /** Checks that a rule citing the article fired for this measure (a request-level finding does not do). @return this assertion */
    public MeasureAssert hasFinding(String citation) {
        return expect(Expectations.finding(citation, Optional.empty(), Optional.of(actual.index())));
    }

    /** Checks that a rule citing the article gave this verdict for this measure (not the request). @return this assertion */
    public MeasureAssert hasFinding(String citation, Verdict verdict) {
        return expect(Expectations.finding(citation, Optional.of(Objects.requireNonNull(verdict, "verdict")), Optional.of(actual.index())));
    }

    /** Checks that no rule citing the article fired for this measure or the whole request. @return this assertion */
    public MeasureAssert hasNoFinding(String citation) {
        return expect(Expectations.noFinding(citation, Optional.of(actual.index())));
    }

    /** @return the assertion on the whole decision, to go on with it */
    public DecisionAssert and() {
        return decision;
    }

    private MeasureAssert expect(Expectation expectation) {
        if (!expectation.isMetBy(decision.decision())) {
            throw decision.failWithExplanation("Expected " + expectation.expected() + " but was " + expectation.actual(decision.decision()));
        }
        return this;
    }
}
