package org.openmla.core.rules;

/**
 * What an exception does to the rule it is an exception to, when the exception applies (its verdict is TRUE).
 * Two applicable exceptions to the same rule with different effects are a pack conflict, reported as an
 * {@code ERROR} finding; the engine never settles it by order or priority.
 */
public enum ExceptionEffect {
    /** The rule does not apply: its finding becomes not applicable (e.g. a ground removed for listed offences). */
    DISAPPLY,
    /** The rule's condition is taken as TRUE. */
    FORCE_TRUE,
    /** The rule's condition is taken as FALSE. */
    FORCE_FALSE
}
