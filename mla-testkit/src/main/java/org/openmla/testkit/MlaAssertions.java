package org.openmla.testkit;

import org.openmla.core.rules.Decision;

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
 * <p>A failure prints what was expected, what the decision shows and the decision's explanation.
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
}
