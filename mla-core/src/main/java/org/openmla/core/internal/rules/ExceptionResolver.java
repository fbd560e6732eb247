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
    /** Which rows are resolved, a bit per row from {@code start}: each row is resolved once, its exceptions first. */
    private final long[] done;

    private ExceptionResolver(PackPlan plan, ResultTable rows, int start, int measureCount) {
        this.plan = plan;
        this.rows = rows;
        this.start = start;
        this.measureCount = measureCount;
        this.done = new long[((rows.size() - start) >> 6) + 1];
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
        int bit = row - start;
        if ((done[bit >> 6] & (1L << bit)) != 0) {
            return row;
        }
        done[bit >> 6] |= 1L << bit;
        int[] exceptions = plan.exceptions[rule];
        Verdict v = rows.verdict(row);
        if (exceptions.length != 0 && v != Verdict.ERROR && v != Verdict.NOT_APPLICABLE) {
            applyExceptions(row, exceptions, scope);
        }
        return row;
    }

    /** @return the row of an exception's effective result for a rule in the scope (already resolved) */
    private int exceptionRow(int e, int scope) {
        return plan.row(start, e, plan.rules[e].perMeasure() ? scope : ResultTable.REQUEST, measureCount);
    }

    private void applyExceptions(int base, int[] exceptions, int scope) {
        // first each exception's effective result; then its rows are found again by position: nothing is collected
        int applicable = 0;
        int unknown = 0;
        int failed = -1;
        int first = -1;
        for (int e : exceptions) {
            int er = effective(e, plan.rules[e].perMeasure() ? scope : ResultTable.REQUEST);
            switch (rows.verdict(er)) {
                case TRUE -> {
                    applicable++;
                    first = first < 0 ? er : first;
                }
                case UNKNOWN -> unknown++;
                case ERROR -> failed = er;
                default -> { }
            }
        }
        if (failed >= 0) {
            rows.set(base, Verdict.ERROR, "exception " + rule(failed).id() + " failed to evaluate", null, List.of());
            return;
        }
        if (applicable > 0) {
            ExceptionEffect effect = rule(first).exceptionEffect();
            for (int e : exceptions) {
                int er = exceptionRow(e, scope);
                if (rows.verdict(er) == Verdict.TRUE && rule(er).exceptionEffect() != effect) {
                    rows.set(base, Verdict.ERROR, "pack conflict: exceptions " + describe(exceptions, scope, Verdict.TRUE)
                            + " both apply and disagree; the pack must settle this, the engine will not", null, List.of());
                    return;
                }
            }
            Rule winner = rule(first);
            boolean contested = false;
            for (int e : exceptions) {
                int er = exceptionRow(e, scope);
                contested |= rows.verdict(er) == Verdict.UNKNOWN && rule(er).exceptionEffect() != effect;
            }
            if (contested) {
                List<AssessmentKey> more = new ArrayList<>();
                for (int e : exceptions) {
                    int er = exceptionRow(e, scope);
                    if (rows.verdict(er) == Verdict.UNKNOWN) {
                        more.addAll(rows.unknown(er));
                    }
                }
                rows.set(base, Verdict.UNKNOWN, "exception " + winner.id()
                        + " applies, and another exception with a different effect may apply too", null, more);
                return;
            }
            applyEffect(base, first);
            return;
        }
        if (unknown > 0) {
            List<AssessmentKey> more = null;
            boolean baseAdverse = rows.adverse(base);
            for (int e : exceptions) {
                int u = exceptionRow(e, scope);
                if (rows.verdict(u) == Verdict.UNKNOWN && (effectOn(rule(u).exceptionEffect()) == rows.info(base).adverse) != baseAdverse) {
                    if (more == null) {
                        more = new ArrayList<>();
                    }
                    more.addAll(rows.unknown(u));
                }
            }
            if (more != null) {
                rows.set(base, Verdict.UNKNOWN, "an exception may apply: " + describe(exceptions, scope, Verdict.UNKNOWN), null, more);
            }
        }
    }

    private Rule rule(int row) {
        return rows.info(row).rule;
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

    /** @return the exceptions of a rule whose effective result in the scope has this verdict, described */
    private String describe(int[] exceptions, int scope, Verdict verdict) {
        List<String> parts = new ArrayList<>(exceptions.length);
        for (int e : exceptions) {
            int r = exceptionRow(e, scope);
            if (rows.verdict(r) == verdict) {
                Rule rule = rule(r);
                parts.add(rule.id() + " (" + rule.citation() + ", " + rule.exceptionEffect() + ")");
            }
        }
        return String.join(" and ", parts);
    }
}
