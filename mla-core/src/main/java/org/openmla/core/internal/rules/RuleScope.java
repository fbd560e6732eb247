package org.openmla.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.decision.FactValue;
import org.openmla.core.rules.Facts;
import org.openmla.core.engine.StateProfile;
import org.openmla.core.rules.Truth;

/**
 * The facts one rule sees in one scope (the request, or one measure), and what it looked at. One object per
 * evaluation, {@link #reset reset} before each rule and scope, so nothing carries over from one rule to the next and
 * nothing is allocated per rule but the list of facts a finding keeps. Assessments are recorded as they are asked;
 * the leaves of {@link org.openmla.core.rules.Conditions} record their values. Single use, single thread.
 */
final class RuleScope implements Facts {
    static final String ASSESSED = "assessed: ";
    /** The facts an assessment can record, by key id, made once rather than at every rule that asks (pack keys are few). */
    private static final ConcurrentHashMap<String, FactValue[]> ASSESSED_VALUES = new ConcurrentHashMap<>();

    private final Inputs inputs;
    /** The pack being evaluated, and the host's answers in its slots. */
    private PackPlan plan;
    private byte[] answers;
    private int index;
    private FactValue[] facts = new FactValue[8];
    private int factCount;
    private List<AssessmentKey> unknown;
    private boolean unknownFact;
    /** How many facts with an unknown value leaf conditions recorded in this evaluation: tells a memo whether it saw one. */
    private int leafUnknowns;
    /** The named conditions evaluated so far, by node and scope (few per pack: searched by identity). */
    private Memo[] memos;
    private int memoCount;
    /** The facts the memos recorded, each memo's in a range of its own. */
    private FactValue[] memoFacts;
    private int memoFactCount;
    /**
     * Every unknown assessment asked in this evaluation while a named condition was being evaluated, in order,
     * repeats included; each memo keeps a range of it. Null until a named condition is first evaluated.
     */
    private List<AssessmentKey> asked;
    private int evaluatingNamed;

    /** What a named condition gave in one scope, and where what evaluating it recorded is kept. */
    private record Memo(Condition node, int scope, Truth value, int factFrom, int factTo, int askedFrom, int askedTo, boolean unknownFact) {}

    RuleScope(Inputs inputs) {
        this.inputs = inputs;
    }

    /** Starts the rules of a pack. */
    void plan(PackPlan plan, byte[] answers) {
        this.plan = plan;
        this.answers = answers;
    }

    /** Starts a rule in a scope: forgets everything the previous one looked at. */
    RuleScope reset(int scope) {
        index = scope;
        factCount = 0; // the old values stay in the array until overwritten: they are shared constants, and unread
        unknown = null;
        unknownFact = false;
        return this;
    }

    @Override
    public MlaRequest request() {
        return inputs.request();
    }

    @Override
    public Optional<Measure> measure() {
        return index < 0 ? Optional.empty() : inputs.measures()[index];
    }

    @Override
    public int measureIndex() {
        return index;
    }

    @Override
    public LocalDate lawDate() {
        return inputs.lawDate();
    }

    @Override
    public StateProfile requestedState() {
        return inputs.requestedState();
    }

    @Override
    public StateProfile requestingState() {
        return inputs.requestingState();
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
        return slot >= 0 ? AssessmentTable.lookup(answers, plan.slotCount, slot, index) : inputs.assessments().lookup(key.id(), index);
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

    /** An assessment was asked and is not given: the rule's verdict may wait for it. */
    private void unknownAsked(AssessmentKey key) {
        if (evaluatingNamed > 0) {
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
     * throw is not remembered: the next rule evaluates the operand again (and fails the same way).
     *
     * @param node the named condition, the memo's key with the scope
     * @param operand what it names
     */
    Truth remembered(Condition node, Condition operand) {
        for (int i = 0; i < memoCount; i++) {
            Memo m = memos[i];
            if (m.node() == node && m.scope() == index) {
                for (int f = m.factFrom(); f < m.factTo(); f++) {
                    record(memoFacts[f]);
                }
                for (int k = m.askedFrom(); k < m.askedTo(); k++) {
                    unknownAsked(asked.get(k));
                }
                unknownFact |= m.unknownFact();
                return m.value();
            }
        }
        if (asked == null) {
            asked = new ArrayList<>(4);
            memos = new Memo[4];
            memoFacts = new FactValue[16];
        }
        int factsBefore = factCount;
        int leafUnknownsBefore = leafUnknowns;
        int askedBefore = asked.size();
        Truth value;
        evaluatingNamed++;
        try {
            value = operand.evaluate(this);
        } finally {
            evaluatingNamed--;
        }
        if (value == null) {
            return null; // the rule fails on it, as it would without the memo
        }
        int n = factCount - factsBefore;
        if (memoFactCount + n > memoFacts.length) {
            memoFacts = Arrays.copyOf(memoFacts, Math.max(memoFacts.length * 2, memoFactCount + n));
        }
        System.arraycopy(facts, factsBefore, memoFacts, memoFactCount, n);
        if (memoCount == memos.length) {
            memos = Arrays.copyOf(memos, memoCount * 2);
        }
        memos[memoCount++] = new Memo(node, index, value, memoFactCount, memoFactCount + n, askedBefore, asked.size(),
                leafUnknowns != leafUnknownsBefore);
        memoFactCount += n;
        return value;
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
        if (factCount == facts.length) {
            facts = Arrays.copyOf(facts, factCount * 2);
        }
        facts[factCount++] = v;
    }

    /** @return the values looked at, in order, in the first {@link #factCount()} places (the array is reused: copy them) */
    FactValue[] factArray() {
        return facts;
    }

    /** @return how many values were looked at */
    int factCount() {
        return factCount;
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
            for (int i = 0; i < factCount; i++) {
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
