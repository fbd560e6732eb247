package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openmla.core.decision.FactValue;
import org.openmla.core.decision.Verdict;
import org.openmla.core.rules.AssessmentKey;

/**
 * The results of one evaluation, one row per rule and scope, kept in columns rather than as an object per row: the
 * rule, the scope ({@link #REQUEST} or a measure index), the verdict, why (if the rule is not in play, failed or was
 * excepted), the exception that decided it, the questions an unknown verdict waits for, and the facts looked at (all
 * rows' facts in one array, row {@code i} ending at {@code factEnd[i]}). A decision's findings are these rows
 * ({@link FindingList}); a {@link org.openmla.core.decision.Finding} object is made for a row only when a caller asks
 * for the findings.
 *
 * <p>Rows are appended in finding order by {@link RuleEvaluator}, changed in place by {@link ExceptionResolver} and by
 * {@link Evaluator} (a pack the request is outside of), then handed to a {@link FindingList} and never changed again.
 * Single use, single thread until handed over.
 */
final class ResultTable {
    /** The scope of a request-level row. */
    static final int REQUEST = -1;

    private static final Verdict[] VERDICTS = Verdict.values();

    private PackPlan.RuleInfo[] info;
    /** The scope and the verdict of each row in one int: {@code (scope + 1) << 3 | verdict.ordinal()}. */
    private int[] state;
    private String[] reason;
    /**
     * The exceptions that decided rows: at first a few pairs (row, exception) in {@link #exceptedRows} and
     * {@link #exceptedIds}, searched; a column once there are more. Null until an exception decides a row: most
     * decisions have none.
     */
    private String[] exceptedBy;
    private int[] exceptedRows;
    private String[] exceptedIds;
    private int exceptedCount;
    private static final int FEW_EXCEPTED = 8;
    /** Null until a row waits for an answer: a complete decision has none. */
    private List<AssessmentKey>[] unknown;
    private int[] factEnd;
    private FactValue[] facts;
    private int size;
    private int factCount;
    /** How many facts the row being evaluated has recorded so far, after the rows' facts: they are its when it is added. */
    private int pending;

    /**
     * @param rows the number of rows the evaluation will write, exactly or as an estimate
     * @param facts the number of facts they will hold, as an estimate
     */
    ResultTable(int rows, int facts) {
        int n = Math.max(rows, 1);
        info = new PackPlan.RuleInfo[n];
        state = new int[n];
        reason = new String[n];
        factEnd = new int[n];
        this.facts = new FactValue[Math.max(facts, n)];
    }

    /** @return the number of facts the rows hold */
    int factCount() {
        return factCount;
    }

    /** @return the number of rows */
    int size() {
        return size;
    }

    /** Records a fact of the row being evaluated. */
    void fact(FactValue value) {
        int at = factCount + pending;
        if (at == facts.length) {
            facts = Arrays.copyOf(facts, facts.length * 2);
        }
        facts[at] = value;
        pending++;
    }

    /** Records again, for the row being evaluated, the facts already recorded from {@code from} to {@code to}. */
    void repeatFacts(int from, int to) {
        int n = to - from;
        int at = factCount + pending;
        if (at + n > facts.length) {
            facts = Arrays.copyOf(facts, Math.max(facts.length * 2, at + n));
        }
        if (n <= 8) { // a named condition records a few facts: a loop is cheaper than a copy with its card marks
            for (int i = 0; i < n; i++) {
                facts[at + i] = facts[from + i];
            }
        } else {
            System.arraycopy(facts, from, facts, at, n);
        }
        pending += n;
    }

    /** @return where the facts the row being evaluated records next go: those recorded are below, from {@link #factCount()} */
    int factsEnd() {
        return factCount + pending;
    }

    /** Forgets the facts of the row being evaluated: a new row starts. */
    void startRow() {
        pending = 0;
    }

    /**
     * Appends a row, with the facts recorded since the previous row was added.
     *
     * @param questions what an unknown verdict waits for, or an empty list
     * @return the row's index
     */
    int add(PackPlan.RuleInfo rule, int inScope, Verdict v, String why, List<AssessmentKey> questions) {
        if (size == info.length) {
            grow();
        }
        factCount += pending;
        pending = 0;
        int row = size++;
        info[row] = rule;
        state[row] = (inScope + 1) << 3 | v.ordinal();
        reason[row] = why;
        factEnd[row] = factCount;
        if (!questions.isEmpty()) {
            unknownColumn()[row] = questions;
        }
        return row;
    }

    /**
     * Changes a row's verdict, reason and deciding exception, adding questions to those it already waits for; its
     * facts stay.
     */
    void set(int row, Verdict v, String why, String by, List<AssessmentKey> moreQuestions) {
        state[row] = (state[row] & ~7) | v.ordinal();
        reason[row] = why;
        if (exceptedBy != null) {
            exceptedBy[row] = by;
        } else if (by != null || exceptedCount > 0) {
            exceptedBy(row, by);
        }
        if (!moreQuestions.isEmpty()) {
            List<AssessmentKey>[] u = unknownColumn();
            List<AssessmentKey> merged = u[row] == null ? new ArrayList<>(moreQuestions.size()) : new ArrayList<>(u[row]);
            for (AssessmentKey k : moreQuestions) {
                if (!merged.contains(k)) {
                    merged.add(k);
                }
            }
            u[row] = merged;
        }
    }

    PackPlan.RuleInfo info(int row) {
        return info[row];
    }

    int scope(int row) {
        return (state[row] >>> 3) - 1;
    }

    Verdict verdict(int row) {
        return VERDICTS[state[row] & 7];
    }

    /** @return why the row's rule is not in play, failed or was excepted; null if nothing needs saying */
    String reason(int row) {
        return reason[row];
    }

    /** @return the exception that decided the row, or null */
    String exceptedBy(int row) {
        if (exceptedBy != null) {
            return exceptedBy[row];
        }
        for (int i = 0; i < exceptedCount; i++) {
            if (exceptedRows[i] == row) {
                return exceptedIds[i];
            }
        }
        return null;
    }

    /** @return the questions an unknown verdict waits for */
    List<AssessmentKey> unknown(int row) {
        return unknown == null || unknown[row] == null ? List.of() : unknown[row];
    }

    /** @return whether the row's verdict is its rule kind's adverse verdict */
    boolean adverse(int row) {
        return verdict(row) == info[row].adverse;
    }

    int factStart(int row) {
        return row == 0 ? 0 : factEnd[row - 1];
    }

    int factEnd(int row) {
        return factEnd[row];
    }

    /** @return the facts of every row, row {@code i}'s from {@link #factStart} to {@link #factEnd}; not to be changed */
    FactValue[] factArray() {
        return facts;
    }

    private void grow() {
        int n = info.length * 2;
        info = Arrays.copyOf(info, n);
        state = Arrays.copyOf(state, n);
        reason = Arrays.copyOf(reason, n);
        factEnd = Arrays.copyOf(factEnd, n);
        if (exceptedBy != null) {
            exceptedBy = Arrays.copyOf(exceptedBy, n);
        }
        if (unknown != null) {
            unknown = Arrays.copyOf(unknown, n);
        }
    }

    /** Sets the exception that decided a row (null for none) while they are kept as pairs. */
    private void exceptedBy(int row, String by) {
        for (int i = 0; i < exceptedCount; i++) {
            if (exceptedRows[i] == row) {
                exceptedIds[i] = by;
                return;
            }
        }
        if (by == null) {
            return;
        }
        if (exceptedCount == FEW_EXCEPTED) { // many: a column
            exceptedBy = new String[info.length];
            for (int i = 0; i < exceptedCount; i++) {
                exceptedBy[exceptedRows[i]] = exceptedIds[i];
            }
            exceptedBy[row] = by;
            return;
        }
        if (exceptedRows == null) {
            exceptedRows = new int[4];
            exceptedIds = new String[4];
        } else if (exceptedCount == exceptedRows.length) {
            exceptedRows = Arrays.copyOf(exceptedRows, FEW_EXCEPTED);
            exceptedIds = Arrays.copyOf(exceptedIds, FEW_EXCEPTED);
        }
        exceptedRows[exceptedCount] = row;
        exceptedIds[exceptedCount++] = by;
    }

    @SuppressWarnings("unchecked")
    private List<AssessmentKey>[] unknownColumn() {
        if (unknown == null) {
            unknown = new List[info.length];
        }
        return unknown;
    }
}
