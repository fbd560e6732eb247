package org.openmla.core.internal.rules;

import java.util.List;
import org.openmla.core.rules.EvaluationListener;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.Truth;
import org.openmla.core.rules.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates one rule in one scope: whether it is in force and in play, then its condition. Fails closed on anything
 * pack code throws: the rule's finding is {@link Verdict#ERROR}. Only a {@link VirtualMachineError} other than
 * {@link StackOverflowError} (out of memory, an internal error of the JVM) propagates: the evaluation cannot go on.
 */
final class RuleEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(RuleEvaluator.class);

    private final Inputs inputs;
    private final List<EvaluationListener> listeners;

    RuleEvaluator(Inputs inputs, List<EvaluationListener> listeners) {
        this.inputs = inputs;
        this.listeners = listeners;
    }

    /** Evaluates the plan's rule at position {@code i} in a scope. */
    RuleResult evaluate(PackPlan plan, int i, int scope) {
        return evaluate(plan.pack.id(), plan.origins[i], plan.rules[i], scope, plan.notInPlay[i], plan.inPlayUnknown[i], plan.appliesWhenText[i],
                plan.whenText[i]);
    }

    private RuleResult evaluate(String packId, String origin, Rule rule, int scope, String notInPlay, String inPlayUnknown, String appliesWhenText,
            String whenText) {
        RuleScope facts = new RuleScope(inputs, scope);
        if (!rule.inForceOn(inputs.lawDate())) {
            return result(origin, rule, scope, facts, Verdict.NOT_APPLICABLE, "not in force on " + inputs.lawDate(), null);
        }
        try {
            Truth applies = rule.appliesWhen().evaluate(facts);
            if (applies == Truth.FALSE) {
                return result(origin, rule, scope, facts, Verdict.NOT_APPLICABLE,
                        notInPlay != null ? notInPlay : "does not apply here: it applies only when " + rule.appliesWhen().describe(), null);
            }
            Truth value = rule.when().evaluate(facts);
            // for an exception, TRUE (it applies) is the answer that changes something
            if (applies == Truth.UNKNOWN && (value == Truth.UNKNOWN || value == rule.kind().adverseVerdict())) {
                String described = appliesWhenText != null ? appliesWhenText : rule.appliesWhen().describe();
                return result(origin, rule, scope, facts, Verdict.UNKNOWN,
                        inPlayUnknown != null ? inPlayUnknown : "whether the rule applies is not yet known: it applies only when " + described, described);
            }
            if (applies == Truth.UNKNOWN) {
                facts.forgetUnknown();
            }
            return result(origin, rule, scope, facts, Verdict.of(value), null,
                    value != Truth.UNKNOWN ? null : whenText != null ? whenText : rule.when().describe());
        } catch (Throwable e) { // fail closed on whatever pack code throws, checked or not
            rethrowIfFatal(e);
            LOG.warn("Rule {} of pack {} failed: {}", rule.id(), packId, e.getClass().getName());
            for (EvaluationListener l : listeners) {
                try {
                    l.onRuleError(packId, rule.id(), e);
                } catch (Throwable listenerError) {
                    rethrowIfFatal(listenerError);
                    LOG.warn("Evaluation listener {} failed: {}", l.getClass().getName(), listenerError.getClass().getName());
                }
            }
            return new RuleResult(rule, origin, scope, Verdict.ERROR, facts.facts(), List.of(),
                    "the rule failed to evaluate (" + e.getClass().getName() + ")", null);
        }
    }

    private static RuleResult result(String origin, Rule rule, int scope, RuleScope facts, Verdict verdict, String reason, String unknownCondition) {
        return new RuleResult(rule, origin, scope, verdict, facts.facts(), verdict == Verdict.UNKNOWN ? facts.questions(unknownCondition) : List.of(),
                reason, null);
    }

    /** Lets out of memory and internal JVM errors through; a stack overflow is the rule's fault and fails the rule. */
    static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError vme && !(e instanceof StackOverflowError)) {
            throw vme;
        }
    }
}
