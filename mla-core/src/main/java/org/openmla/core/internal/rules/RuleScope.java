package org.openmla.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.FactValue;
import org.openmla.core.rules.StateProfile;
import org.openmla.core.rules.Truth;

/**
 * The facts one rule sees in one scope (the request, or one measure), and what it looked at: one small object per
 * rule and scope, so nothing carries over from one rule to the next. Assessments are recorded as they are asked;
 * the leaves of {@link org.openmla.core.rules.Conditions} record their values. Single use, single thread.
 */
final class RuleScope implements Facts {
    private static final String ASSESSED = "assessed: ";
    /** The label of each assessment asked, by key id, made once rather than at every rule that asks (pack keys are few). */
    private static final ConcurrentHashMap<String, String> LABELS = new ConcurrentHashMap<>();

    private final Inputs inputs;
    private final int index;
    private List<FactValue> facts;
    private List<AssessmentKey> unknown;
    private boolean unknownFact;

    RuleScope(Inputs inputs, int index) {
        this.inputs = inputs;
        this.index = index;
    }

    @Override
    public MlaRequest request() {
        return inputs.request();
    }

    @Override
    public Optional<Measure> measure() {
        return index < 0 ? Optional.empty() : Optional.of(inputs.request().measures().get(index));
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
        Truth value = inputs.assessments().lookup(key.id(), index);
        String label = LABELS.get(key.id());
        if (label == null) {
            label = LABELS.computeIfAbsent(key.id(), id -> ASSESSED + id);
        }
        record(new FactValue(label, value));
        if (value == Truth.UNKNOWN) {
            if (unknown == null) {
                unknown = new ArrayList<>(2);
            }
            boolean seen = false;
            for (AssessmentKey k : unknown) {
                seen |= k.id().equals(key.id());
            }
            if (!seen) {
                unknown.add(key);
            }
        }
        return value;
    }

    @Override
    public Truth suppliedAssessment(AssessmentKey key) {
        return inputs.assessments().lookup(key.id(), index);
    }

    /** A leaf condition was evaluated. */
    void fact(String label, Truth value) {
        record(new FactValue(label, value));
        unknownFact |= value == Truth.UNKNOWN;
    }

    private void record(FactValue v) {
        if (facts == null) {
            facts = new ArrayList<>(4);
        }
        facts.add(v);
    }

    /** @return the values looked at, in order */
    List<FactValue> facts() {
        return facts == null ? List.of() : List.copyOf(facts);
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
            for (FactValue v : facts) {
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
        return AssessmentKey.of(org.openmla.core.rules.OpenQuestion.INFORMATION_NEEDED,
                "Not known from the request or the States' profiles: " + what + ".");
    }
}
