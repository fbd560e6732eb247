package org.openmla.testkit.internal;

import org.openmla.core.decision.Decision;

/**
 * One thing a test expects of a decision, able to say what it expected, what the decision shows instead and whether
 * the two agree. Rendered as one row of an {@link ExpectationTable}. Implementations are immutable.
 */
public interface Expectation {

    /** @return what is expected, e.g. {@code outcome MAY_REFUSE} */
    String expected();

    /** @return what the decision shows for the same thing, e.g. {@code GRANT_WITH_CONDITIONS} */
    String actual(Decision decision);

    /** @return whether the decision meets the expectation */
    boolean isMetBy(Decision decision);
}
