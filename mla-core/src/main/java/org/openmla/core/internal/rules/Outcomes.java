package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.Verdict;

/**
 * Combines the effective results that concern one scope into its outcome: the strongest outcome of the adverse
 * findings (an ERROR gives {@link Outcome#ENGINE_ERROR}), or {@link Outcome#PENDING_ASSESSMENT} where an unknown
 * finding could still make it stronger. Exceptions produce no outcome of their own.
 */
final class Outcomes {
    private Outcomes() {}

    /**
     * The outcome of one scope.
     *
     * @param determined the outcome the known findings give
     * @param outcome the outcome given: {@code determined}, or PENDING_ASSESSMENT where an unknown finding could make it stronger
     * @param determining the rules behind the outcome; for PENDING_ASSESSMENT, the rules it waits on
     */
    record Scope(Outcome determined, Outcome outcome, List<String> determining) {}

    /** @return the outcome of the results of the request and, where given, of one measure, in that order */
    static Scope of(List<RuleResult> requestLevel, List<RuleResult> measureLevel) {
        Acc acc = new Acc();
        acc.addAll(requestLevel);
        acc.addAll(measureLevel);
        return acc.result();
    }

    private static final class Acc {
        Outcome determined = Outcome.GRANT;
        List<String> determining = new ArrayList<>(2);
        Outcome potential = Outcome.GRANT;
        List<RuleResult> open = new ArrayList<>(2);

        void addAll(List<RuleResult> results) {
            for (int i = 0, n = results.size(); i < n; i++) {
                add(results.get(i));
            }
        }

        void add(RuleResult r) {
            if (r.isException()) {
                return;
            }
            Outcome o = null;
            if (r.verdict() == Verdict.ERROR) {
                o = Outcome.ENGINE_ERROR;
            } else if (r.adverse()) {
                o = r.rule().kind().adverseOutcome().orElse(null);
            } else if (r.verdict() == Verdict.UNKNOWN && r.rule().kind().adverseOutcome().isPresent()) {
                potential = Outcome.strongest(potential, r.rule().kind().adverseOutcome().get());
                open.add(r);
            }
            if (o == null) {
                return;
            }
            if (o.isStrongerThan(determined)) {
                determined = o;
                determining.clear();
                determining.add(r.rule().id());
            } else if (o == determined && o != Outcome.GRANT && !determining.contains(r.rule().id())) {
                determining.add(r.rule().id());
            }
        }

        Scope result() {
            if (Outcome.PENDING_ASSESSMENT.isStrongerThan(determined) && potential.isStrongerThan(determined)) {
                // what the outcome waits for: the unknown findings that could make it stronger
                List<String> waiting = new ArrayList<>();
                for (RuleResult r : open) {
                    if (r.rule().kind().adverseOutcome().get().isStrongerThan(determined) && !waiting.contains(r.rule().id())) {
                        waiting.add(r.rule().id());
                    }
                }
                return new Scope(determined, Outcome.PENDING_ASSESSMENT, waiting);
            }
            return new Scope(determined, determined, determining);
        }
    }
}
