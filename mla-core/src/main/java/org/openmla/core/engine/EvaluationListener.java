package org.openmla.core.engine;


import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
/**
 * Observes evaluations, for metrics and audit. Called on the evaluating thread; implementations must be thread-safe
 * and fast. Anything a listener throws, other than a {@link VirtualMachineError}, is logged by class name (without
 * personal data) and does not change the decision.
 */
public interface EvaluationListener {

    /**
     * A decision was made.
     *
     * @param evaluation what was evaluated
     * @param decision the decision
     */
    default void onDecision(Evaluation evaluation, Decision decision) {}

    /**
     * A rule failed to evaluate; the decision's outcome will be {@link Outcome#ENGINE_ERROR}.
     *
     * @param packId the pack
     * @param ruleId the rule
     * @param error what it threw: an exception, checked or not, or an {@link Error} other than a
     *     {@link VirtualMachineError} (a {@link StackOverflowError} included); its message may hold personal data
     */
    default void onRuleError(String packId, String ruleId, Throwable error) {}
}
