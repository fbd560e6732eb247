package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Rule;
import org.openmla.core.decision.Verdict;

/**
 * Applies exceptions to the raw results of one pack: an applicable exception's effect replaces the rule's verdict;
 * two applicable exceptions that disagree are an ERROR the pack must settle; an exception that may apply keeps the
 * rule's verdict open where it would change it. Rules without exceptions are passed through untouched.
 */
final class ExceptionResolver {
    private final PackPlan plan;
    private final ResultTable rows;
    private final int start;
    private final int measureCount;
    /** Which rows are resolved: each row is resolved once, its exceptions first. */
    private final boolean[] done;

    private ExceptionResolver(PackPlan plan, ResultTable rows, int start, int measureCount) {
        this.plan = plan;
        this.rows = rows;
        this.start = start;
        this.measureCount = measureCount;
        this.done = new boolean[rows.size() - start];
    }

    /**
     * Replaces the raw results of the pack's rows (from {@code start}) by the effective ones, in place.
     *
     * @param start the pack's first row
     */
    static void resolve(PackPlan plan, ResultTable rows, int start, int measureCount) {
        if (!plan.hasExceptions) {
            return; // nothing to resolve: the raw results are the effective ones
        }
        ExceptionResolver r = new ExceptionResolver(plan, rows, start, measureCount);
        for (int i = 0; i < plan.rules.length; i++) {
            if (plan.rules[i].perMeasure()) {
                for (int m = 0; m < measureCount; m++) {
                    r.effective(i, m);
                }
            } else {
                r.effective(i, ResultTable.REQUEST);
            }
        }
    }

    /** @return the row of the rule's effective result in the scope */
    private int effective(int rule, int scope) {
        int row = plan.row(start, rule, scope, measureCount);
        if (done[row - start]) {
            return row;
        }
        done[row - start] = true;
        int[] exceptions = plan.exceptions[rule];
        Verdict v = rows.verdict(row);
        if (exceptions.length != 0 && v != Verdict.ERROR && v != Verdict.NOT_APPLICABLE) {
            applyExceptions(row, exceptions, scope);
        }
        return row;
    }

    private void applyExceptions(int base, int[] exceptions, int scope) {
        List<Integer> applicable = List.of(); // made only when an exception applies or may: most apply to nothing
        List<Integer> unknown = List.of();
        int failed = -1;
        for (int e : exceptions) {
            int er = effective(e, plan.rules[e].perMeasure() ? scope : ResultTable.REQUEST);
            switch (rows.verdict(er)) {
                case TRUE -> applicable = add(applicable, er);
                case UNKNOWN -> unknown = add(unknown, er);
                case ERROR -> failed = er;
                default -> { }
            }
        }
        if (failed >= 0) {
            rows.set(base, Verdict.ERROR, "exception " + rule(failed).id() + " failed to evaluate", null, List.of());
            return;
        }
        if (!applicable.isEmpty()) {
            ExceptionEffect effect = rule(applicable.get(0)).exceptionEffect();
            for (int a : applicable) {
                if (rule(a).exceptionEffect() != effect) {
                    rows.set(base, Verdict.ERROR, "pack conflict: exceptions " + describe(applicable)
                            + " both apply and disagree; the pack must settle this, the engine will not", null, List.of());
                    return;
                }
            }
            int winnerRow = applicable.get(0);
            Rule winner = rule(winnerRow);
            if (contested(unknown, effect)) {
                List<AssessmentKey> more = new ArrayList<>();
                unknown.forEach(u -> more.addAll(rows.unknown(u)));
                rows.set(base, Verdict.UNKNOWN, "exception " + winner.id()
                        + " applies, and another exception with a different effect may apply too", null, more);
                return;
            }
            applyEffect(base, winnerRow);
            return;
        }
        if (!unknown.isEmpty()) {
            List<AssessmentKey> more = new ArrayList<>();
            boolean matters = false;
            boolean baseAdverse = rows.adverse(base);
            for (int u : unknown) {
                if ((effectOn(rule(u).exceptionEffect()) == rows.info(base).adverse) != baseAdverse) {
                    matters = true;
                    more.addAll(rows.unknown(u));
                }
            }
            if (matters) {
                rows.set(base, Verdict.UNKNOWN, "an exception may apply: " + describe(unknown), null, more);
            }
        }
    }

    private static List<Integer> add(List<Integer> list, int row) {
        List<Integer> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(row);
        return out;
    }

    private Rule rule(int row) {
        return rows.info(row).rule;
    }

    private boolean contested(List<Integer> unknown, ExceptionEffect effect) {
        for (int u : unknown) {
            if (rule(u).exceptionEffect() != effect) {
                return true;
            }
        }
        return false;
    }

    /** @return the verdict an exception with this effect gives the rule it excepts */
    private static Verdict effectOn(ExceptionEffect effect) {
        return switch (effect) {
            case DISAPPLY -> Verdict.NOT_APPLICABLE;
            case FORCE_TRUE -> Verdict.TRUE;
            case FORCE_FALSE -> Verdict.FALSE;
        };
    }

    private void applyEffect(int base, int exceptionRow) {
        PackPlan.RuleInfo e = rows.info(exceptionRow);
        rows.set(base, effectOn(e.rule.exceptionEffect()), e.exceptedText, e.rule.id(), List.of());
    }

    private String describe(List<Integer> results) {
        List<String> parts = new ArrayList<>(results.size());
        for (int r : results) {
            Rule rule = rule(r);
            parts.add(rule.id() + " (" + rule.citation() + ", " + rule.exceptionEffect() + ")");
        }
        return String.join(" and ", parts);
    }
}
