package org.openmla.core.rules;

import java.util.Optional;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RefusalChecks;

/**
 * What a rule does, and so what its condition means.
 *
 * <p>For each kind, the rule's condition asks the question given here; its answer ({@link Truth}) becomes the
 * finding's verdict. A finding is <em>adverse</em> when its verdict is the kind's {@link #adverseVerdict()}; an
 * adverse finding produces the kind's {@link #adverseOutcome()}, if it has one.
 */
public enum RuleKind {
    /** Does the instrument cover this request (offence, proceedings, measure)? {@code FALSE}: the instrument does not apply. */
    SCOPE(Truth.FALSE, Outcome.NOT_APPLICABLE),
    /** Does the request meet this requirement of form or content? {@code FALSE}: the request is deficient. */
    FORMAL_REQUIREMENT(Truth.FALSE, Outcome.DEFICIENT),
    /** Must the order go back to its issuer to be put right (e.g. validation missing)? {@code TRUE}: return it. */
    RETURN_TO_ISSUER(Truth.TRUE, Outcome.RETURN_TO_ISSUER),
    /** Is this mandatory ground for refusal present? {@code TRUE}: the request must be refused. */
    MANDATORY_REFUSAL(Truth.TRUE, Outcome.MUST_REFUSE),
    /** Is this discretionary ground for refusal present? {@code TRUE}: the request may be refused. */
    DISCRETIONARY_REFUSAL(Truth.TRUE, Outcome.MAY_REFUSE),
    /**
     * Does the situation arise in which the instrument forbids refusal on this ground (bank secrecy, fiscal matters)?
     * {@code TRUE}: refusal on the ground is forbidden here. {@code FALSE} or not applicable: the rule says nothing,
     * and whether the ground may be used is for the rules that provide it ({@link RefusalChecks}).
     */
    NOT_A_GROUND(Truth.TRUE, null),
    /** Is this ground for postponement present? {@code TRUE}: execution may be postponed. */
    POSTPONEMENT(Truth.TRUE, Outcome.POSTPONE),
    /** Does this condition attach to the assistance (use limitation, confidentiality)? {@code TRUE}: it is imposed. */
    CONDITION(Truth.TRUE, Outcome.GRANT_WITH_CONDITIONS),
    /** Must the requested State consult the requesting State before refusing or postponing? {@code TRUE}: it must. */
    CONSULTATION(Truth.TRUE, null),
    /** Is this precondition of the measure met (e.g. consent)? {@code FALSE}: the measure cannot be executed. */
    PRECONDITION(Truth.FALSE, Outcome.MUST_REFUSE),
    /** Does this deadline run for the request? {@code TRUE}: the deadline is set. */
    DEADLINE(Truth.TRUE, null),
    /**
     * Does this exception to another rule of the pack apply? {@code TRUE}: its {@link ExceptionEffect} is applied to
     * that rule's finding. An exception produces no outcome of its own. Built with {@link Rule#exception(String, String)}.
     */
    EXCEPTION(Truth.TRUE, null);

    private final Truth adverseVerdict;
    private final Optional<Outcome> adverseOutcome;

    RuleKind(Truth adverseVerdict, Outcome adverseOutcome) {
        this.adverseVerdict = adverseVerdict;
        this.adverseOutcome = Optional.ofNullable(adverseOutcome);
    }

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
        return adverseVerdict;
    }

    /**
     * The outcome an adverse finding of this kind produces: e.g. {@link Outcome#MUST_REFUSE} for a mandatory ground or
     * an unmet precondition. Empty for kinds that produce none (not-a-ground, consultation, deadline, exception).
     *
     * @return the outcome
     */
    public Optional<Outcome> adverseOutcome() {
        return adverseOutcome;
    }
}
