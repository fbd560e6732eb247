package org.openmla.core.internal.rules;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.openmla.core.decision.FactValue;
import org.openmla.core.decision.Finding;
import org.openmla.core.rules.Rule;

/**
 * A decision's findings over the rows of its {@link ResultTable}: the {@link Finding} objects are made the first time
 * any is asked for, all at once, and kept, so a caller who reads only the outcome never pays for them, and one who
 * reads them gets the same values an eager list would hold. Unmodifiable (every mutator throws
 * {@link UnsupportedOperationException}), holds no null, and is thread-safe: the findings are published once through a
 * volatile field.
 */
public final class FindingList extends AbstractList<Finding> implements RandomAccess {
    private final ResultTable rows;
    private volatile Finding[] findings;

    FindingList(ResultTable rows) {
        this.rows = rows;
    }

    @Override
    public Finding get(int index) {
        return all()[index];
    }

    @Override
    public int size() {
        return rows.size();
    }

    private Finding[] all() {
        Finding[] f = findings;
        if (f == null) {
            synchronized (this) {
                f = findings;
                if (f == null) {
                    f = new Finding[rows.size()];
                    for (int i = 0; i < f.length; i++) {
                        f[i] = finding(i);
                    }
                    findings = f;
                }
            }
        }
        return f;
    }

    private Finding finding(int row) {
        PackPlan.RuleInfo info = rows.info(row);
        Rule rule = info.rule;
        String by = rows.exceptedBy(row);
        return new Finding(rule.id(), info.origin, rule.citation(), rule.kind(), rule.statement(), info.ground,
                PackPlan.RuleInfo.scope(rows.scope(row)), rows.verdict(row), facts(row), info.reason(rows.reason(row)),
                by == null ? Optional.empty() : Optional.of(by), rule.exceptionTo(), info.caveat);
    }

    private List<FactValue> facts(int row) {
        int from = rows.factStart(row);
        int n = rows.factEnd(row) - from;
        return n == 0 ? List.of() : new FactsView(rows.factArray(), from, n);
    }

    /**
     * The facts of one finding: a view of its range of the table's facts, which nothing changes once the decision is
     * made. Unmodifiable, without nulls, equal to any list of the same facts.
     */
    public static final class FactsView extends AbstractList<FactValue> implements RandomAccess {
        private final FactValue[] facts;
        private final int from;
        private final int size;

        FactsView(FactValue[] facts, int from, int size) {
            this.facts = facts;
            this.from = from;
            this.size = size;
        }

        @Override
        public FactValue get(int index) {
            java.util.Objects.checkIndex(index, size);
            return facts[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
