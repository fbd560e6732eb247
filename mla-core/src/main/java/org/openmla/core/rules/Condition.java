package org.openmla.core.rules;


import org.openmla.core.engine.RulesEngine;
/**
 * A three-valued test over {@link Facts}: the "when" of a rule. Build conditions with {@link Conditions}; combine
 * them with {@link #and(Condition)}, {@link #or(Condition)} and {@link #negate()}.
 *
 * <p>Implementations must be immutable, side-effect free and fast: no I/O, no reflection, no logging. A condition
 * that cannot tell must answer {@link Truth#UNKNOWN}, never guess.
 */
public interface Condition {

    /**
     * Evaluates the condition.
     *
     * @param facts the facts
     * @return TRUE, FALSE or UNKNOWN
     */
    Truth evaluate(Facts facts);

    /** @return the condition in words, e.g. {@code "assessed: POLITICAL_OFFENCE"} */
    String describe();

    /**
     * The assessment keys this condition may read, so that its pack lists them ({@link RulePack#assessments()}) and the
     * engine accepts their answers ({@link RulesEngine#evaluate}). Conditions made by {@link Conditions} answer it; a
     * hand-written condition that reads an assessment, or wraps conditions that do, returns those keys.
     *
     * @return the keys; none by default
     */
    default java.util.List<AssessmentKey> asks() {
        return java.util.List.of();
    }

    /** @return this and other (Kleene conjunction, evaluated left to right, stopping at FALSE) */
    default Condition and(Condition other) {
        return Conditions.allOf(this, other);
    }

    /** @return this or other (Kleene disjunction, stopping at TRUE) */
    default Condition or(Condition other) {
        return Conditions.anyOf(this, other);
    }

    /** @return the negation */
    default Condition negate() {
        return Conditions.not(this);
    }
}
