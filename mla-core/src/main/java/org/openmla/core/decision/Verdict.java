package org.openmla.core.decision;


import org.openmla.core.rules.Truth;
/** The answer a finding gives to its rule's question. */
public enum Verdict {
    /** The rule's condition holds. */
    TRUE,
    /** The rule's condition does not hold. */
    FALSE,
    /** The condition depends on something not yet known, usually an assessment. */
    UNKNOWN,
    /** The rule is not in play: not in force on the law date, its applicability condition is false, disabled or excepted. */
    NOT_APPLICABLE,
    /** The rule failed to evaluate, or exceptions to it conflict. */
    ERROR;

    /** @return the verdict for a truth value */
    public static Verdict of(Truth truth) {
        return switch (truth) {
            case TRUE -> TRUE;
            case FALSE -> FALSE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
