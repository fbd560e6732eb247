package org.openmla.core.rules;

/**
 * What a rule does, and so what its condition means.
 *
 * <p>For each kind, the rule's condition asks the question given here; its answer ({@link Truth}) becomes the
 * finding's verdict.
 */
public enum RuleKind {
    /** Does the instrument cover this request (offence, proceedings, measure)? {@code FALSE}: the instrument does not apply. */
    SCOPE,
    /** Does the request meet this requirement of form or content? {@code FALSE}: the request is deficient. */
    FORMAL_REQUIREMENT,
    /** Must the order go back to its issuer to be put right (e.g. validation missing)? {@code TRUE}: return it. */
    RETURN_TO_ISSUER,
    /** Is this mandatory ground for refusal present? {@code TRUE}: the request must be refused. */
    MANDATORY_REFUSAL,
    /** Is this discretionary ground for refusal present? {@code TRUE}: the request may be refused. */
    DISCRETIONARY_REFUSAL,
    /**
     * Does the situation arise on which the instrument forbids refusal (bank secrecy, fiscal matters)? {@code TRUE}:
     * the finding warns that refusal on this ground is not permitted. Proposed refusals on the ground are rejected
     * whatever the verdict.
     */
    NOT_A_GROUND,
    /** Is this ground for postponement present? {@code TRUE}: execution may be postponed. */
    POSTPONEMENT,
    /** Does this condition attach to the assistance (use limitation, confidentiality)? {@code TRUE}: it is imposed. */
    CONDITION,
    /** Must the requested State consult the requesting State before refusing or postponing? {@code TRUE}: it must. */
    CONSULTATION,
    /** Is this precondition of the measure met (e.g. consent)? {@code FALSE}: the measure cannot be executed. */
    PRECONDITION,
    /** Does this deadline run for the request? {@code TRUE}: the deadline is set. */
    DEADLINE;

    /** @return whether a {@code TRUE} verdict of this kind is a ground for refusing */
    public boolean isRefusal() {
        return this == MANDATORY_REFUSAL || this == DISCRETIONARY_REFUSAL;
    }

    /**
     * The verdict that makes this kind's finding adverse: {@code FALSE} for scope, formal requirements and
     * preconditions (something is lacking), {@code TRUE} for the others.
     *
     * @return the adverse verdict
     */
    public Truth adverseVerdict() {
        return switch (this) {
            case SCOPE, FORMAL_REQUIREMENT, PRECONDITION -> Truth.FALSE;
            default -> Truth.TRUE;
        };
    }
}
