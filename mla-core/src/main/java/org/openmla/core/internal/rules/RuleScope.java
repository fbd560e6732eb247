package org.openmla.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.decision.FactValue;
import org.openmla.core.rules.Facts;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.StateProfile;
import org.openmla.core.rules.Truth;

/**
 * The facts one rule sees in one scope (the request, or one measure), and what it looked at. One object per
 * evaluation, {@link #reset reset} before each rule and scope, so nothing carries over from one rule to the next and
 * nothing is allocated per rule: the facts a rule looks at are recorded straight into its row of the
 * {@link ResultTable}. Assessments are recorded as they are asked;
 * the leaves of {@link org.openmla.core.rules.Conditions} record their values. Single use, single thread.
 */
final class RuleScope implements Facts {
    static final String ASSESSED = "assessed: ";
    /** The facts an assessment can record, by key id, made once rather than at every rule that asks (pack keys are few). */
    private static final ConcurrentHashMap<String, FactValue[]> ASSESSED_VALUES = new ConcurrentHashMap<>();

    private final Evaluation input;
    private final AssessmentTable assessments;
    /** Each measure wrapped once, so that a per-measure rule asking for its measure allocates nothing. */
    private final Optional<Measure>[] measures;
    /** The scopes: the request, then each measure. */
    private final int scopes;
    /** The pack being evaluated, the host's answers in its slots, and the table its rows go to (with their facts). */
    private PackPlan plan;
    private byte[] answers;
    private ResultTable table;
    private int index;
    private List<AssessmentKey> unknown;
    private boolean unknownFact;
    /** How many facts with an unknown value leaf conditions recorded in this evaluation: tells a memo whether it saw one. */
    private int leafUnknowns;
    /**
     * The named conditions evaluated so far, one memo each per scope, in the order evaluated: the node, and
     * {@link #MEMO} ints (the scope plus one, the value's ordinal and whether a leaf recorded an unknown fact, in
     * one int: {@code (scope + 1) << 3 | value << 1 | unknown}; where its facts are in the table; the range of
     * {@link #asked} it asked). Null until a named condition is first evaluated.
     */
    private Condition[] memoNodes;
    private int[] memos;
    private int memoCount;
    /** For the current pack, each named condition's memo by its place in the plan and scope, plus one; 0 for none yet. */
    private int[] memoAt;
    /** Whether memos were made under an earlier pack of the evaluation, which may share named conditions. */
    private boolean earlierPacks;
    /**
     * Every unknown assessment asked in this evaluation while a named condition was being evaluated, in order,
     * repeats included; each memo keeps a range of it. Null until one is asked.
     */
    private List<AssessmentKey> asked;
    private int evaluatingNamed;

    private static final int MEMO = 5;
    private static final Truth[] TRUTHS = Truth.values();

    /** The most named conditions of any pack of the evaluation: one {@link #memoAt} array serves every pack. */
    private final int mostNamed;
    /** How many memos the evaluation's packs made last time, to size {@link #memos} once. */
    private final int memoHint;

    /**
     * The memo arrays of finished evaluations, kept for the next one so that a steady stream of decisions does not
     * make them again: a few slots, a thread takes the one its identity picks (leaving it empty while it evaluates, so
     * two evaluations never share arrays, a nested one included) and puts the arrays back when its rules are done.
     * A thread that finds its slot empty makes its own. Nothing in the arrays reaches a decision.
     */
    private static final AtomicReferenceArray<Scratch> SCRATCH = new AtomicReferenceArray<>(8);
    /** Arrays larger than this are not kept: one huge evaluation should not hold memory for all later ones. */
    private static final int MOST_KEPT = 1 << 12;

    /** Memo arrays between evaluations. */
    private static final class Scratch {
        Condition[] memoNodes;
        int[] memos;
        int[] memoAt;
    }

    private final int scratchSlot;
    private Scratch scratch;

    /**
     * @param mostNamed the most named conditions of any of the evaluation's packs
     * @param memoHint how many named-condition memos the packs made in earlier evaluations (a hint; 0 for none known)
     */
    @SuppressWarnings("unchecked")
    RuleScope(Evaluation input, AssessmentTable assessments, int mostNamed, int memoHint) {
        this.input = input;
        this.assessments = assessments;
        this.mostNamed = mostNamed;
        this.memoHint = memoHint;
        List<Measure> list = input.request().measures();
        this.measures = new Optional[list.size()];
        for (int i = 0; i < measures.length; i++) {
            measures[i] = Optional.of(list.get(i));
        }
        this.scopes = measures.length + 1;
        this.scratchSlot = Thread.currentThread().hashCode() & (SCRATCH.length() - 1);
        Scratch kept = SCRATCH.getAndSet(scratchSlot, null);
        if (kept != null) {
            scratch = kept;
            if (kept.memoNodes != null && kept.memoNodes.length >= memoHint) {
                memoNodes = kept.memoNodes;
                memos = kept.memos;
            }
            if (kept.memoAt != null && kept.memoAt.length >= mostNamed * scopes) {
                memoAt = kept.memoAt; // cleared for each pack by plan()
            }
        }
    }

    /**
     * The rules of the evaluation are done: its memo arrays are kept for a later evaluation (their references to
     * conditions cleared). This object is not used again.
     */
    void release() {
        if (memoNodes == null && memoAt == null) {
            return;
        }
        Scratch s = scratch != null ? scratch : new Scratch();
        if (memoNodes != null && memoNodes.length <= MOST_KEPT) {
            Arrays.fill(memoNodes, 0, memoCount, null);
            s.memoNodes = memoNodes;
            s.memos = memos;
        }
        if (memoAt != null && memoAt.length <= MOST_KEPT) {
            s.memoAt = memoAt;
        }
        memoNodes = null;
        memos = null;
        memoAt = null;
        scratch = null;
        SCRATCH.set(scratchSlot, s);
    }

    /** Starts the rules of a pack: their rows, with the facts they record, go to the table. */
    void plan(PackPlan plan, byte[] answers, ResultTable table) {
        this.plan = plan;
        this.answers = answers;
        this.table = table;
        if (memoAt != null) { // made for an earlier pack, as large as any pack needs: cleared rather than made again
            Arrays.fill(memoAt, 0, plan.namedCount * scopes, 0);
        }
        this.earlierPacks |= memoCount > 0;
    }

    /** @return how many named-condition memos this evaluation has made so far */
    int memoCount() {
        return memoCount;
    }

    /** Starts a rule in a scope: forgets everything the previous one looked at. */
    RuleScope reset(int scope) {
        index = scope;
        table.startRow();
        unknown = null;
        unknownFact = false;
        return this;
    }

    @Override
    public MlaRequest request() {
        return input.request();
    }

    @Override
    public Optional<Measure> measure() {
        return index < 0 ? Optional.empty() : measures[index];
    }

    @Override
    public int measureIndex() {
        return index;
    }

    @Override
    public LocalDate lawDate() {
        return input.lawDate();
    }

    @Override
    public StateProfile requestedState() {
        return input.requestedState();
    }

    @Override
    public StateProfile requestingState() {
        return input.requestingState();
    }

    @Override
    public Truth assessment(AssessmentKey key) {
        FactValue[] values = ASSESSED_VALUES.get(key.id());
        if (values == null) {
            values = ASSESSED_VALUES.computeIfAbsent(key.id(), id -> ConditionNodes.values(ASSESSED + id));
        }
        return assessment(key, values, plan.slot(key.id()));
    }

    private Truth assessment(AssessmentKey key, FactValue[] values, int slot) {
        Truth value = answer(slot, key);
        record(values[value.ordinal()]);
        if (value == Truth.UNKNOWN) {
            unknownAsked(key);
        }
        return value;
    }

    /** @return the host's answer in the plan's slot, or by key where the plan has no slot for it */
    private Truth answer(int slot, AssessmentKey key) {
        return slot >= 0 ? AssessmentTable.lookup(answers, plan.slotCount, slot, index) : assessments.lookup(key.id(), index);
    }

    /**
     * Looks an assessment up and records it, with the facts it can record made beforehand.
     *
     * @param keyId the key's number ({@link AssessmentTable#id})
     * @param values the facts for TRUE, FALSE and UNKNOWN, in that order
     */
    Truth assessment(int keyId, AssessmentKey key, FactValue[] values) {
        return assessment(key, values, plan.slot(keyId));
    }

    /** Looks an assessment up by the slot the plan's compiled conditions found for it, and records it. */
    Truth assessed(ConditionNodes.Assessed node, int slot) {
        return assessment(node.key(), node.recorded(), slot);
    }

    /** Evaluates a leaf's yes-or-no test of the facts and records its value. */
    Truth factLeaf(ConditionNodes.Leaf leaf) {
        return recorded(leaf, leaf.factTest.test(this));
    }

    /** Evaluates a leaf's yes-or-no test of the request and records its value. */
    Truth requestLeaf(ConditionNodes.Leaf leaf) {
        return recorded(leaf, leaf.requestTest.test(input.request()));
    }

    /** Evaluates a leaf's yes-or-no test of the measure (at request level, of any measure) and records its value. */
    Truth measureLeaf(ConditionNodes.Leaf leaf) {
        return recorded(leaf, ConditionNodes.Leaf.anyMeasure(measure(), input.request(), leaf.measureTest));
    }

    private Truth recorded(ConditionNodes.Leaf leaf, boolean value) {
        table.fact(leaf.recorded()[value ? 0 : 1]);
        return value ? Truth.TRUE : Truth.FALSE;
    }

    /** Evaluates a leaf condition and records its value. */
    Truth leaf(ConditionNodes.Leaf leaf) {
        Truth value = leaf.answer(this);
        fact(leaf.recorded()[value.ordinal()]);
        return value;
    }

    /** An assessment was asked and is not given: the rule's verdict may wait for it. */
    private void unknownAsked(AssessmentKey key) {
        if (evaluatingNamed > 0) {
            if (asked == null) {
                asked = new ArrayList<>(4);
            }
            asked.add(key);
        }
        if (unknown == null) {
            unknown = new ArrayList<>(2);
        }
        boolean seen = false;
        for (int i = 0; i < unknown.size(); i++) {
            seen |= unknown.get(i).id().equals(key.id());
        }
        if (!seen) {
            unknown.add(key);
        }
    }

    /**
     * Evaluates a named condition once per scope and evaluation: the first rule that reaches it evaluates its operand;
     * the next ones in the same scope get the same value and record the same facts and questions, as if they had
     * evaluated it themselves. A condition is a function of the facts, which do not change during an evaluation. A
     * throw is not remembered: the next rule evaluates the operand again (and fails the same way). A memo is found by
     * the condition's place in the pack's plan; one made under another pack of the evaluation, or for a condition the
     * plan does not show (inside a hand-written one), by search.
     *
     * @param node the named condition, the memo's key with the scope
     */
    Truth remembered(ConditionNodes.Named node) {
        return remembered(node, plan.named(node), null, 0);
    }

    /**
     * Evaluates a named condition once per scope and evaluation, as {@link #remembered(ConditionNodes.Named)} does.
     *
     * @param place its place among the plan's named conditions, or -1
     * @param program where the plan compiled its operand, or null to evaluate the operand as written
     * @param operand the offset of the compiled operand
     */
    Truth remembered(ConditionNodes.Named node, int place, ConditionProgram program, int operand) {
        if (place >= 0 && memoAt != null) { // the common case, kept small: a memo of this pack's, found by place
            int memo = memoAt[place * scopes + index + 1] - 1;
            if (memo >= 0) {
                return repeat(memo);
            }
        }
        return evaluateNamed(node, place, program, operand);
    }

    /** The named condition's memo in the scope is not found by its place: searched for, or made. */
    private Truth evaluateNamed(ConditionNodes.Named node, int place, ConditionProgram program, int operand) {
        int at = -1;
        int memo = -1;
        if (place >= 0) {
            if (memoAt == null) {
                memoAt = new int[Math.max(mostNamed, plan.namedCount) * scopes];
            }
            at = place * scopes + index + 1;
            memo = memoAt[at] - 1;
        }
        if (memo < 0 && (at < 0 || earlierPacks)) {
            memo = find(node);
            if (memo >= 0 && at >= 0) {
                memoAt[at] = memo + 1;
            }
        }
        if (memo >= 0) {
            return repeat(memo);
        }
        int factsBefore = table.factsEnd();
        int leafUnknownsBefore = leafUnknowns;
        int askedBefore = asked == null ? 0 : asked.size();
        Truth value;
        evaluatingNamed++;
        try {
            value = program != null ? program.run(this, operand) : node.operand().evaluate(this);
        } finally {
            evaluatingNamed--;
        }
        if (value == null) {
            return null; // the rule fails on it, as it would without the memo
        }
        if (memos == null) {
            int size = memoHint > 0 ? memoHint : plan.namedCount > 0 ? Math.min(8, plan.namedCount * scopes) : 4;
            memoNodes = new Condition[size];
            memos = new int[size * MEMO];
        } else if (memoCount == memoNodes.length) {
            memoNodes = Arrays.copyOf(memoNodes, memoCount * 2);
            memos = Arrays.copyOf(memos, memoCount * 2 * MEMO);
        }
        int m = memoCount * MEMO;
        memoNodes[memoCount] = node;
        memos[m] = (index + 1) << 3 | value.ordinal() << 1 | (leafUnknowns != leafUnknownsBefore ? 1 : 0);
        memos[m + 1] = factsBefore;
        memos[m + 2] = table.factsEnd();
        memos[m + 3] = askedBefore;
        memos[m + 4] = asked == null ? 0 : asked.size();
        if (at >= 0) {
            memoAt[at] = memoCount + 1;
        }
        memoCount++;
        return value;
    }

    /** Records again the facts and questions of a memo, for the rule being evaluated. @return its value */
    private Truth repeat(int memo) {
        int m = memo * MEMO;
        table.repeatFacts(memos[m + 1], memos[m + 2]);
        for (int k = memos[m + 3], to = memos[m + 4]; k < to; k++) {
            unknownAsked(asked.get(k));
        }
        unknownFact |= (memos[m] & 1) != 0;
        return TRUTHS[(memos[m] >> 1) & 3];
    }

    /** @return the memo of the named condition in the current scope, or -1 */
    private int find(Condition node) {
        for (int i = 0; i < memoCount; i++) {
            if (memoNodes[i] == node && memos[i * MEMO] >> 3 == index + 1) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Truth suppliedAssessment(AssessmentKey key) {
        return answer(plan.slot(key.id()), key);
    }

    /** A leaf condition was evaluated. */
    void fact(FactValue value) {
        record(value);
        if (value.value() == Truth.UNKNOWN) {
            unknownFact = true;
            leafUnknowns++;
        }
    }

    private void record(FactValue v) {
        table.fact(v);
    }

    /** Forgets the assessments asked so far that turned out not to matter (an unknown applicability that did not count). */
    void forgetUnknown() {
        unknown = null;
        unknownFact = false;
    }

    /**
     * What an unknown verdict waits for: the assessments not yet given; where none was asked, the facts the request
     * and profiles do not state; where the condition recorded nothing (a hand-written condition), the condition itself.
     * An unknown verdict therefore always comes with a question.
     *
     * @param condition the condition that answered UNKNOWN, named when nothing else was recorded
     */
    List<AssessmentKey> questions(String condition) {
        if (unknown != null && !unknown.isEmpty()) {
            return List.copyOf(unknown);
        }
        List<AssessmentKey> out = new ArrayList<>(1);
        if (unknownFact) {
            FactValue[] facts = table.factArray();
            for (int i = table.factCount(), end = table.factsEnd(); i < end; i++) {
                FactValue v = facts[i];
                if (v.value() == Truth.UNKNOWN && !v.label().startsWith(ASSESSED)) {
                    out.add(notKnown(v.label()));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(notKnown(condition));
        }
        return out;
    }

    private static AssessmentKey notKnown(String what) {
        return AssessmentKey.of(org.openmla.core.decision.OpenQuestion.INFORMATION_NEEDED,
                "Not known from the request or the States' profiles: " + what + ".");
    }
}
