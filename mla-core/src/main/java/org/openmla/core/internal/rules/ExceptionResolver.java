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
    private final RuleResult[] raw;
    private final RuleResult[] effective;
    private final int measureCount;

    private ExceptionResolver(PackPlan plan, RuleResult[] raw, int measureCount) {
        this.plan = plan;
        this.raw = raw;
        this.effective = new RuleResult[raw.length];
        this.measureCount = measureCount;
    }

    /** @return the effective results, in the same slots as the raw ones */
    static RuleResult[] resolve(PackPlan plan, RuleResult[] raw, int measureCount) {
        if (!plan.hasExceptions) {
            return raw; // nothing to resolve: the raw results are the effective ones
        }
        ExceptionResolver r = new ExceptionResolver(plan, raw, measureCount);
        for (int i = 0; i < plan.rules.length; i++) {
            if (plan.rules[i].perMeasure()) {
                for (int m = 0; m < measureCount; m++) {
                    r.effective(i, m);
                }
            } else {
                r.effective(i, RuleResult.REQUEST);
            }
        }
        return r.effective;
    }

    private RuleResult effective(int rule, int scope) {
        int slot = PackPlan.slot(rule, scope, measureCount);
        RuleResult done = effective[slot];
        if (done != null) {
            return done;
        }
        RuleResult base = raw[slot];
        int[] exceptions = plan.exceptions[rule];
        RuleResult out = exceptions.length == 0 || base.verdict() == Verdict.ERROR || base.verdict() == Verdict.NOT_APPLICABLE
                ? base : applyExceptions(base, exceptions, scope);
        effective[slot] = out;
        return out;
    }

    private RuleResult applyExceptions(RuleResult base, int[] exceptions, int scope) {
        List<RuleResult> applicable = new ArrayList<>(1);
        List<RuleResult> unknown = new ArrayList<>(1);
        RuleResult failed = null;
        for (int e : exceptions) {
            RuleResult er = effective(e, plan.rules[e].perMeasure() ? scope : RuleResult.REQUEST);
            switch (er.verdict()) {
                case TRUE -> applicable.add(er);
                case UNKNOWN -> unknown.add(er);
                case ERROR -> failed = er;
                default -> { }
            }
        }
        if (failed != null) {
            return base.with(Verdict.ERROR, "exception " + failed.rule().id() + " failed to evaluate", null, List.of());
        }
        if (!applicable.isEmpty()) {
            ExceptionEffect effect = applicable.get(0).rule().exceptionEffect();
            for (RuleResult a : applicable) {
                if (a.rule().exceptionEffect() != effect) {
                    return base.with(Verdict.ERROR, "pack conflict: exceptions " + describe(applicable)
                            + " both apply and disagree; the pack must settle this, the engine will not", null, List.of());
                }
            }
            RuleResult winner = applicable.get(0);
            if (contested(unknown, effect)) {
                List<AssessmentKey> more = new ArrayList<>();
                unknown.forEach(u -> more.addAll(u.unknown()));
                return base.with(Verdict.UNKNOWN, "exception " + winner.rule().id()
                        + " applies, and another exception with a different effect may apply too", null, more);
            }
            return applyEffect(base, winner);
        }
        if (!unknown.isEmpty()) {
            List<AssessmentKey> more = new ArrayList<>();
            boolean matters = false;
            for (RuleResult u : unknown) {
                if (applyEffect(base, u).adverse() != base.adverse()) {
                    matters = true;
                    more.addAll(u.unknown());
                }
            }
            if (matters) {
                return base.with(Verdict.UNKNOWN, "an exception may apply: " + describe(unknown), null, more);
            }
        }
        return base;
    }

    private static boolean contested(List<RuleResult> unknown, ExceptionEffect effect) {
        for (RuleResult u : unknown) {
            if (u.rule().exceptionEffect() != effect) {
                return true;
            }
        }
        return false;
    }

    private static RuleResult applyEffect(RuleResult base, RuleResult exception) {
        Rule e = exception.rule();
        String why = "excepted by " + e.citation() + " (" + e.id() + "): " + e.statement();
        return switch (e.exceptionEffect()) {
            case DISAPPLY -> base.with(Verdict.NOT_APPLICABLE, why, e.id(), List.of());
            case FORCE_TRUE -> base.with(Verdict.TRUE, why, e.id(), List.of());
            case FORCE_FALSE -> base.with(Verdict.FALSE, why, e.id(), List.of());
        };
    }

    private static String describe(List<RuleResult> results) {
        List<String> parts = new ArrayList<>(results.size());
        for (RuleResult r : results) {
            parts.add(r.rule().id() + " (" + r.rule().citation() + ", " + r.rule().exceptionEffect() + ")");
        }
        return String.join(" and ", parts);
    }
}
