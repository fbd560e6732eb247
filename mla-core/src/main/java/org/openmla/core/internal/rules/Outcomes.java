package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.openmla.core.internal.FrozenList;
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
     * The outcome of every scope, in two passes over the rows: the request-level rows, then each measure's rows on top
     * of them, in row order, so each scope sees its rows in the order a pass over it alone would.
     *
     * @param measureCount how many measures the request has
     * @param onePack whether the rows are one pack's: then no rule shows twice in a scope, and a rule id is added to
     *     the determining ones without looking for it among them
     * @return for a request without measures, the outcome of its rows; else each measure's, of the request-level rows
     *     and then the measure's, by measure index
     */
    static Scope[] of(ResultTable rows, int measureCount, boolean onePack) {
        Scope request = new Scope(rows, onePack);
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            if (rows.scope(i) == ResultTable.REQUEST) {
                request.add(i);
            }
        }
        if (measureCount == 0) {
            return new Scope[] {request.finish()};
        }
        return measures(rows, measureCount, request);
    }

    /** @return the outcome of the rows of a request without measures ({@link #of} with no measures) */
    static Scope ofRequest(ResultTable rows, boolean onePack) {
        Scope request = new Scope(rows, onePack);
        for (int i = 0, n = rows.size(); i < n; i++) {
            if (rows.scope(i) == ResultTable.REQUEST) {
                request.add(i);
            }
        }
        return request.finish();
    }

    private static Scope[] measures(ResultTable rows, int measureCount, Scope request) {
        int n = rows.size();
        Scope[] measures = new Scope[measureCount];
        for (int m = 0; m < measureCount - 1; m++) {
            measures[m] = request.copy();
        }
        measures[measureCount - 1] = request; // the last measure goes on from the request's rows itself
        for (int i = 0; i < n; i++) {
            int scope = rows.scope(i);
            if (scope != ResultTable.REQUEST) {
                measures[scope].add(i);
            }
        }
        for (int m = 0; m < measureCount; m++) {
            measures[m].finish();
        }
        return measures;
    }

    /** @return whether the list holds the rule id: rule ids are interned ({@link org.openmla.core.rules.Rule#id()}) */
    static boolean containsId(List<String> ids, String id) {
        for (int i = 0, n = ids.size(); i < n; i++) {
            if (ids.get(i) == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outcome of one scope, accumulated over its rows (its lists made only when a row adds to them), then
     * {@link #finish finished}: the outcome the known findings give, the outcome given, and the rules behind it.
     */
    static final class Scope {
        private final ResultTable rows;
        private final boolean onePack;
        Outcome determined = Outcome.GRANT;
        ArrayList<String> rules;
        Outcome potential = Outcome.GRANT;
        List<PackPlan.RuleInfo> open = List.of();
        /** Whether the lists are another accumulator's too: copied before they change. */
        private boolean shared;
        /** Set by {@link #finish}. */
        private Outcome outcome;
        private List<String> determining;

        Scope(ResultTable rows, boolean onePack) {
            this.rows = rows;
            this.onePack = onePack;
        }

        /** @return an accumulator that has seen the rows this one has; the two share their lists until one changes them */
        Scope copy() {
            Scope c = new Scope(rows, onePack);
            c.determined = determined;
            c.rules = rules;
            c.potential = potential;
            c.open = open;
            c.shared = true;
            shared = true;
            return c;
        }

        /** Gives this accumulator lists of its own before it changes one (the determining rules kept unless asked). */
        private void own(boolean keepDetermining) {
            if (shared) {
                shared = false;
                rules = rules == null || !keepDetermining ? null : new ArrayList<>(rules);
                open = open.isEmpty() ? List.of() : new ArrayList<>(open);
            }
        }

        void add(int row) {
            PackPlan.RuleInfo info = rows.info(row);
            if (info.isException) {
                return;
            }
            Verdict v = rows.verdict(row);
            Outcome o = null;
            if (v == Verdict.ERROR) {
                o = Outcome.ENGINE_ERROR;
            } else if (v == info.adverse) {
                o = info.adverseOutcome;
            } else if (v == Verdict.UNKNOWN && info.adverseOutcome != null) {
                potential = Outcome.strongest(potential, info.adverseOutcome);
                own(true);
                if (open.isEmpty()) {
                    open = new ArrayList<>(2);
                }
                open.add(info);
            }
            if (o == null) {
                return;
            }
            String id = info.rule.id();
            if (o.isStrongerThan(determined)) {
                determined = o;
                own(false);
                rules = new ArrayList<>(2);
                rules.add(id);
            } else if (o == determined && o != Outcome.GRANT && (onePack || !containsId(rules, id))) {
                own(true);
                rules.add(id);
            }
        }

        /** @return the outcome the known findings give */
        Outcome determined() {
            return determined;
        }

        /** @return the outcome given: {@link #determined()}, or PENDING_ASSESSMENT where an unknown finding could make it stronger */
        Outcome outcome() {
            return outcome;
        }

        /** @return the rules behind the outcome; for PENDING_ASSESSMENT, the rules it waits on */
        List<String> determining() {
            return determining;
        }

        /** Ends the scope's rows: its outcome and the rules behind it are set. @return this scope */
        Scope finish() {
            if (Outcome.PENDING_ASSESSMENT.isStrongerThan(determined) && potential.isStrongerThan(determined)) {
                // what the outcome waits for: the unknown findings that could make it stronger
                ArrayList<String> waiting = new ArrayList<>(2);
                for (PackPlan.RuleInfo r : open) {
                    if (r.adverseOutcome.isStrongerThan(determined) && !containsId(waiting, r.rule.id())) {
                        waiting.add(r.rule.id());
                    }
                }
                outcome = Outcome.PENDING_ASSESSMENT;
                determining = FrozenList.of(waiting);
                return this;
            }
            // handed over without a copy: nothing changes the list after this (an accumulator sharing it copies first)
            outcome = determined;
            determining = rules == null ? List.of() : FrozenList.of(rules);
            return this;
        }
    }
}
