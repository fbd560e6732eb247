package org.openmla.core.internal.rules;

import java.util.List;
import org.openmla.core.engine.EvaluationListener;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.Truth;
import org.openmla.core.decision.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates one rule in one scope: whether it is in force and in play, then its condition. Fails closed on anything
 * pack code throws: the rule's finding is {@link Verdict#ERROR}. Only a {@link VirtualMachineError} other than
 * {@link StackOverflowError} (out of memory, an internal error of the JVM) propagates: the evaluation cannot go on.
 */
final class RuleEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(RuleEvaluator.class);

    private final List<EvaluationListener> listeners;
    /** The facts of the rule being evaluated, reset for each rule and scope. */
    private final RuleScope facts;

    RuleEvaluator(RuleScope facts, List<EvaluationListener> listeners) {
        this.listeners = listeners;
        this.facts = facts;
    }

    /** Starts the rules of a pack, with the host's answers in the plan's slots. */
    void plan(PackPlan plan, byte[] answers, ResultTable table) {
        facts.plan(plan, answers, table);
    }

    /** The rules of the evaluation are done: see {@link RuleScope#release()}. */
    void release() {
        facts.release();
    }

    /** @return how many named-condition memos the evaluation has made so far */
    int memoCount() {
        return facts.memoCount();
    }

    /** Evaluates the plan's rule at position {@code i} in a scope, appending its row to the table. */
    void evaluate(PackPlan plan, int i, int scope, ResultTable table) {
        PackPlan.RuleInfo info = plan.infos[i];
        Rule rule = info.rule;
        RuleScope facts = this.facts.reset(scope);
        if (info.dated && !rule.inForceOn(facts.lawDate())) {
            result(table, info, scope, facts, Verdict.NOT_APPLICABLE, "not in force on " + facts.lawDate(), null);
            return;
        }
        try {
            Truth applies = plan.program.runRule(facts, plan.appliesAt[i]);
            if (applies == Truth.FALSE) {
                String notInPlay = plan.notInPlay[i];
                result(table, info, scope, facts, Verdict.NOT_APPLICABLE,
                        notInPlay != null ? notInPlay : "does not apply here: it applies only when " + rule.appliesWhen().describe(), null);
                return;
            }
            Truth value = plan.program.runRule(facts, plan.whenAt[i]);
            // for an exception, TRUE (it applies) is the answer that changes something
            if (applies == Truth.UNKNOWN && (value == Truth.UNKNOWN || value == rule.kind().adverseVerdict())) {
                String described = plan.appliesWhenText[i] != null ? plan.appliesWhenText[i] : rule.appliesWhen().describe();
                result(table, info, scope, facts, Verdict.UNKNOWN, plan.inPlayUnknown[i] != null ? plan.inPlayUnknown[i]
                        : "whether the rule applies is not yet known: it applies only when " + described, described);
                return;
            }
            if (applies == Truth.UNKNOWN) {
                facts.forgetUnknown();
            }
            result(table, info, scope, facts, Verdict.of(value), null,
                    value != Truth.UNKNOWN ? null : plan.whenText[i] != null ? plan.whenText[i] : rule.when().describe());
        } catch (Throwable e) { // fail closed on whatever pack code throws, checked or not
            rethrowIfFatal(e);
            String packId = plan.pack.id();
            LOG.warn("Rule {} of pack {} failed: {}", rule.id(), packId, e.getClass().getName());
            for (EvaluationListener l : listeners) {
                try {
                    l.onRuleError(packId, rule.id(), e);
                } catch (Throwable listenerError) {
                    rethrowIfFatal(listenerError);
                    LOG.warn("Evaluation listener {} failed: {}", l.getClass().getName(), listenerError.getClass().getName());
                }
            }
            table.add(info, scope, Verdict.ERROR, "the rule failed to evaluate (" + e.getClass().getName() + ")",
                    List.of());
        }
    }

    private static void result(ResultTable table, PackPlan.RuleInfo info, int scope, RuleScope facts, Verdict verdict, String reason,
            String unknownCondition) {
        table.add(info, scope, verdict, reason,
                verdict == Verdict.UNKNOWN ? facts.questions(unknownCondition) : List.of());
    }

    /** Lets out of memory and internal JVM errors through; a stack overflow is the rule's fault and fails the rule. */
    static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError vme && !(e instanceof StackOverflowError)) {
            throw vme;
        }
    }
}
