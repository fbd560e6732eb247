package org.openmla.core.rules;

/**
 * Observes evaluations, for metrics and audit. Called on the evaluating thread; implementations must be thread-safe
 * and fast. An exception thrown by a listener is logged (without personal data) and does not change the decision.
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
     * @param error what it threw
     */
    default void onRuleError(String packId, String ruleId, RuntimeException error) {}
}
