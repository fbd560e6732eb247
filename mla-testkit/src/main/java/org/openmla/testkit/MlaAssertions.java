package org.openmla.testkit;

import java.util.Optional;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.decision.Decision;

/**
 * Entry point to the OpenMLA assertions, alongside AssertJ's: {@code import static
 * org.openmla.testkit.MlaAssertions.assertThat;}
 *
 * <pre>{@code
 * assertThat(decision)
 *     .mayBeRefused()
 *     .hasFinding("UNTOC art. 18(21)(b)")
 *     .hasNoOpenQuestions()
 *     .refusalCheck("BANK_SECRECY").isForbidden();
 * }</pre>
 *
 * <p>A failure prints what was expected, what the decision shows and the decision's explanation. For the lifecycle:
 *
 * <pre>{@code
 * assertThat(lifecycle.apply(c, command, clock)).wasRejectedBecause("refuse.reasons-given");
 * assertThat(c).isIn(CaseState.UNDER_REVIEW).hasOverdueDeadline("tl.10", Instant.parse("2026-04-02T09:00:00Z"));
 * }</pre>
 */
public final class MlaAssertions {
    private MlaAssertions() {}

    /**
     * Starts assertions on a decision.
     *
     * @param decision the decision; a null decision fails at the first check
     * @return the assertion
     */
    public static DecisionAssert assertThat(Decision decision) {
        return new DecisionAssert(decision);
    }

    /**
     * Starts assertions on a case.
     *
     * @param requestCase the case
     * @return the assertion
     */
    public static RequestCaseAssert assertThat(RequestCase requestCase) {
        return new RequestCaseAssert(requestCase, Optional.empty());
    }

    /**
     * Starts assertions on what applying a command gave.
     *
     * @param result the result
     * @return the assertion
     */
    public static TransitionResultAssert assertThat(TransitionResult result) {
        return new TransitionResultAssert(result);
    }
}
