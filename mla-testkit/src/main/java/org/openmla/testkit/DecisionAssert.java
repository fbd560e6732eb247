package org.openmla.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;
import org.openmla.testkit.internal.AssertionFailures;
import org.openmla.testkit.internal.Expectation;
import org.openmla.testkit.internal.Expectations;

/**
 * Assertions on a {@link Decision}. Obtain one with {@link MlaAssertions#assertThat(Decision)}.
 *
 * <p>Every failure message says what was expected and what the decision shows, followed by a blank line and the
 * decision's explanation ({@link Decision#explain()}), so that a reader sees why without a debugger:
 *
 * <pre>
 * Expected outcome GRANT but was MAY_REFUSE
 *
 * Decision 0f6c... on request TL-2026-1
 * ...
 * </pre>
 *
 * <p><b>Findings.</b> {@link #hasFinding(String)} asks whether a rule citing the article <em>fired</em>: its verdict is
 * its kind's adverse verdict ({@code TRUE} for a ground for refusal or postponement, a condition, a consultation
 * duty or a deadline; {@code FALSE} for a scope, formal requirement or precondition that is not met).
 * {@link #hasFinding(String, Verdict)} asks for an exact verdict instead. A citation matches itself and every
 * citation within it: {@code "UNTOC art. 18(21)"} matches {@code UNTOC art. 18(21)(b)}. Wherever a citation names a
 * rule (findings, what determined the outcome, conditions, consultation, deadlines), a rule id such as
 * {@code "untoc.18.14.oral"} names that one rule, for when several rules share a citation.
 *
 * <p><b>Outcomes.</b> Each outcome method checks one {@link Outcome} constant: {@link #isGranted()} is
 * {@link Outcome#GRANT} only; use {@link #isGrantedWithConditions()} for {@link Outcome#GRANT_WITH_CONDITIONS}.
 *
 * <p>Not thread-safe, like every AssertJ assertion. Messages contain no personal data: the explanation holds ids,
 * citations, statements and fact labels only.
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    // ---- outcome ----

    /** Checks the request's outcome. @return this assertion */
    public DecisionAssert hasOutcome(Outcome outcome) {
        return expect(Expectations.outcome(Objects.requireNonNull(outcome, "outcome")));
    }

    /** Checks that the outcome is {@link Outcome#GRANT}: no ground, no condition. @return this assertion */
    public DecisionAssert isGranted() {
        return hasOutcome(Outcome.GRANT);
    }

    /** Checks that the outcome is {@link Outcome#GRANT_WITH_CONDITIONS}. @return this assertion */
    public DecisionAssert isGrantedWithConditions() {
        return hasOutcome(Outcome.GRANT_WITH_CONDITIONS);
    }

    /** Checks that the outcome is {@link Outcome#POSTPONE}. @return this assertion */
    public DecisionAssert mayBePostponed() {
        return hasOutcome(Outcome.POSTPONE);
    }

    /** Checks that the outcome is {@link Outcome#MAY_REFUSE}. @return this assertion */
    public DecisionAssert mayBeRefused() {
        return hasOutcome(Outcome.MAY_REFUSE);
    }

    /** Checks that the outcome is {@link Outcome#PENDING_ASSESSMENT}. @return this assertion */
    public DecisionAssert isPendingAssessment() {
        return hasOutcome(Outcome.PENDING_ASSESSMENT);
    }

    /** Checks that the outcome is {@link Outcome#MUST_REFUSE}. @return this assertion */
    public DecisionAssert mustBeRefused() {
        return hasOutcome(Outcome.MUST_REFUSE);
    }

    /** Checks that the outcome is {@link Outcome#DEFICIENT}. @return this assertion */
    public DecisionAssert isDeficient() {
        return hasOutcome(Outcome.DEFICIENT);
    }

    /** Checks that the outcome is {@link Outcome#RETURN_TO_ISSUER}. @return this assertion */
    public DecisionAssert mustBeReturnedToIssuer() {
        return hasOutcome(Outcome.RETURN_TO_ISSUER);
    }

    /** Checks that the outcome is {@link Outcome#NOT_APPLICABLE}. @return this assertion */
    public DecisionAssert isNotApplicable() {
        return hasOutcome(Outcome.NOT_APPLICABLE);
    }

    /** Checks that the measures' outcomes differ, so that the request may be granted in part. @return this assertion */
    public DecisionAssert isPartial() {
        return expect(Expectations.partial(true));
    }

    /** Checks that every measure has the same outcome. @return this assertion */
    public DecisionAssert isNotPartial() {
        return expect(Expectations.partial(false));
    }

    /**
     * Checks that a finding citing the article is among those that determined the request's outcome.
     *
     * @param citation e.g. {@code UNTOC art. 18(21)(b)}, or a rule id such as {@code untoc.18.21.b} to name one of several rules sharing a citation
     * @return this assertion
     */
    public DecisionAssert isDeterminedBy(String citation) {
        return expect(Expectations.determinedBy(citation));
    }

    // ---- findings ----

    /**
     * Checks that a rule citing the article fired (its verdict is its kind's adverse verdict), for the request or a
     * measure.
     *
     * @param citation e.g. {@code UNTOC art. 18(21)(b)}, or a rule id such as {@code untoc.18.21.b} to name one of several rules sharing a citation
     * @return this assertion
     * @throws org.openmla.core.InvalidValueException if the citation is malformed
     */
    public DecisionAssert hasFinding(String citation) {
        return expect(Expectations.finding(citation, Optional.empty(), Optional.empty()));
    }

    /**
     * Checks that a rule citing the article gave this verdict, for the request or a measure.
     *
     * @param citation e.g. {@code UNTOC art. 18(21)(b)}, or a rule id such as {@code untoc.18.21.b} to name one of several rules sharing a citation
     * @param verdict e.g. {@link Verdict#NOT_APPLICABLE}
     * @return this assertion
     */
    public DecisionAssert hasFinding(String citation, Verdict verdict) {
        return expect(Expectations.finding(citation, Optional.of(Objects.requireNonNull(verdict, "verdict")), Optional.empty()));
    }

    /**
     * Checks that no rule citing the article fired, for the request or any measure.
     *
     * @param citation e.g. {@code UNTOC art. 18(21)(b)}, or a rule id such as {@code untoc.18.21.b} to name one of several rules sharing a citation
     * @return this assertion
     */
    public DecisionAssert hasNoFinding(String citation) {
        return expect(Expectations.noFinding(citation, Optional.empty()));
    }

    // ---- open questions ----

    /** Checks that the assessment is among the open questions. @return this assertion */
    public DecisionAssert hasOpenQuestion(String key) {
        return expect(Expectations.openQuestion(key));
    }

    /** Checks that the assessment is among the open questions. @return this assertion */
    public DecisionAssert hasOpenQuestion(AssessmentKey key) {
        return hasOpenQuestion(Objects.requireNonNull(key, "key").id());
    }

    /** Checks that the assessment is not among the open questions. @return this assertion */
    public DecisionAssert hasNoOpenQuestion(String key) {
        return expect(Expectations.noOpenQuestion(key));
    }

    /** Checks that exactly these assessments are open, for the request or any measure. @return this assertion */
    public DecisionAssert hasOpenQuestionsExactly(String... keys) {
        return expect(Expectations.openQuestionsExactly(List.of(keys)));
    }

    /** Checks that no assessment is still needed. @return this assertion */
    public DecisionAssert hasNoOpenQuestions() {
        return expect(Expectations.openQuestionsExactly(List.of()));
    }

    // ---- conditions, consultation, deadlines ----

    /** Checks that a condition citing the article attaches to the assistance. @return this assertion */
    public DecisionAssert hasCondition(String citation) {
        return expect(Expectations.condition(citation));
    }

    /** Checks that no condition attaches to the assistance. @return this assertion */
    public DecisionAssert hasNoConditions() {
        return expect(Expectations.noConditions());
    }

    /** Checks that the requested State must consult before refusing or postponing. @return this assertion */
    public DecisionAssert requiresConsultation() {
        return expect(Expectations.consultation(true));
    }

    /** Checks that a consultation duty citing the article applies. @return this assertion */
    public DecisionAssert requiresConsultation(String citation) {
        return expect(Expectations.consultation(citation));
    }

    /** Checks that no consultation duty applies. @return this assertion */
    public DecisionAssert requiresNoConsultation() {
        return expect(Expectations.consultation(false));
    }

    /** Checks that a deadline citing the article runs. @return this assertion */
    public DecisionAssert hasDeadline(String citation) {
        return expect(Expectations.deadline(citation, Optional.empty()));
    }

    /**
     * Checks that a deadline citing the article runs with this limit (the urgent limit for an urgent request, where
     * the pack sets one).
     *
     * @param citation e.g. {@code EIO art. 12(3)}
     * @param limit e.g. {@code TimeLimit.days(30)}
     * @return this assertion
     */
    public DecisionAssert hasDeadline(String citation, TimeLimit limit) {
        return expect(Expectations.deadline(citation, Optional.of(Objects.requireNonNull(limit, "limit"))));
    }

    // ---- navigation ----

    /**
     * Moves to the engine's answer to a refusal proposed on this ground (for the whole request if there is such a
     * proposal, else for the first measure it was proposed for). Fails if the ground was not proposed.
     *
     * @param groundId e.g. {@code BANK_SECRECY}
     * @return assertions on the answer
     */
    public RefusalCheckAssert refusalCheck(String groundId) {
        Objects.requireNonNull(groundId, "groundId");
        isNotNull();
        RefusalCheck check = Expectations.check(actual, groundId).orElseThrow(() -> failWithExplanation(
                "Expected an answer to a refusal on " + groundId + " but it was not proposed (proposed: "
                        + actual.refusalChecks().stream().map(r -> r.proposal().groundId()).distinct().toList()
                        + "); propose the ground in the evaluation to check it"));
        return new RefusalCheckAssert(check, this);
    }

    /** @return assertions on the answer to a refusal proposed on this ground */
    public RefusalCheckAssert refusalCheck(RefusalGround ground) {
        return refusalCheck(Objects.requireNonNull(ground, "ground").id());
    }

    /**
     * Moves to the outcome of one measure.
     *
     * @param index the measure's position in the request, from 0
     * @return assertions on the measure
     */
    public MeasureAssert measure(int index) {
        isNotNull();
        return new MeasureAssert(Expectations.measure(actual, index).orElseThrow(() -> failWithExplanation(
                "Expected measures[" + index + "] but the request has " + actual.measures().size()
                        + (actual.measures().size() == 1 ? " measure" : " measures") + " (counted from 0)")), this);
    }

    // ---- plumbing ----

    Decision decision() {
        return actual;
    }

    DecisionAssert expect(Expectation expectation) {
        isNotNull();
        if (!expectation.isMetBy(actual)) {
            throw failWithExplanation("Expected " + expectation.expected() + " but was " + expectation.actual(actual));
        }
        return this;
    }

    AssertionError failWithExplanation(String message) {
        return AssertionFailures.failure(info, message + "\n\n" + actual.explain());
    }
}
