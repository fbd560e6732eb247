package org.openmla.core.internal.rules;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.Truth;

/**
 * The host's assessments laid out for each selected pack: one byte per slot of the pack's plan
 * ({@link PackPlan#slot(String)}) and scope (the request, then each measure where a measure has an answer of its own), so that a condition reads an answer by
 * index, with no key hashed or compared. Built in one pass over the assessments per evaluation, which also finds the
 * keys no selected pack declares. Read-only after; single use.
 */
final class AssessmentTable {
    /** An answer as a table holds it: 0 for none, then these. */
    private static final Truth[] ANSWERS = {null, Truth.TRUE, Truth.FALSE};
    private static final byte[] NONE = {};
    /**
     * A number for every assessment key a pack asks or declares, given when the condition or the plan is made, so a
     * plan can find a condition's slot by index ({@link PackPlan#slot(int)}). Only pack keys are numbered, never a
     * host's: the map is as large as the packs' vocabulary.
     */
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final List<Assessment> assessments;
    /** For each plan, its slots for the request, then for each measure. */
    private final byte[][] answers;
    private final Set<String> undeclared;

    private AssessmentTable(List<Assessment> assessments, byte[][] answers, Set<String> undeclared) {
        this.assessments = assessments;
        this.answers = answers;
        this.undeclared = undeclared;
    }

    /** @return the number of a key a pack asks or declares, the same for the same key */
    static int id(String key) {
        Integer id = IDS.get(key);
        return id != null ? id : IDS.computeIfAbsent(key, k -> NEXT_ID.getAndIncrement());
    }

    /**
     * @param assessments the evaluation's assessments
     * @param plans the selected packs
     * @param measureCount how many measures the request has
     */
    static AssessmentTable of(List<Assessment> assessments, List<PackPlan> plans, int measureCount) {
        int p = plans.size();
        byte[][] answers = new byte[p][];
        Set<String> undeclared = null;
        for (int a = 0, n = assessments.size(); a < n; a++) {
            Assessment assessment = assessments.get(a);
            Optional<Integer> measure = assessment.measureIndex();
            int scope = measure.isEmpty() ? 0 : measure.get() < measureCount ? measure.get() + 1 : -1;
            byte value = (byte) (assessment.value() ? 1 : 2);
            boolean declared = false;
            for (int i = 0; i < p; i++) {
                PackPlan plan = plans.get(i);
                int slot = plan.slot(assessment.key());
                declared |= slot != PackPlan.UNDECLARED;
                if (slot >= 0 && scope >= 0) {
                    byte[] mine = answers[i];
                    // the measures' slots only where a measure has an answer of its own: most have none
                    int size = plan.slotCount * (scope == 0 ? 1 : measureCount + 1);
                    if (mine == null || mine.length < size) {
                        mine = mine == null ? new byte[size] : Arrays.copyOf(mine, size);
                        answers[i] = mine;
                    }
                    mine[scope * plan.slotCount + slot] = value; // a later answer replaces an earlier one
                }
            }
            if (!declared) {
                if (undeclared == null) {
                    undeclared = new LinkedHashSet<>();
                }
                undeclared.add(assessment.key());
            }
        }
        for (int i = 0; i < p; i++) {
            if (answers[i] == null) {
                answers[i] = NONE;
            }
        }
        return new AssessmentTable(assessments, answers, undeclared == null ? Set.of() : undeclared);
    }

    /** @return the keys no selected pack declares, in the order of the assessments, each once */
    List<String> undeclared() {
        return undeclared.isEmpty() ? List.of() : List.copyOf(undeclared);
    }

    /** @return the answers of the plan at this position among the selected ones */
    byte[] of(int plan) {
        return answers[plan];
    }

    /**
     * @param answers a plan's answers ({@link #of(int)})
     * @param slotCount the plan's number of slots
     * @return the measure's own answer if it has one, else the request's; UNKNOWN if neither
     */
    static Truth lookup(byte[] answers, int slotCount, int slot, int measureIndex) {
        if (measureIndex >= 0 && answers.length > slotCount) {
            byte own = answers[(measureIndex + 1) * slotCount + slot];
            if (own != 0) {
                return ANSWERS[own];
            }
        }
        byte value = slot < answers.length ? answers[slot] : 0;
        return value == 0 ? Truth.UNKNOWN : ANSWERS[value];
    }

    /**
     * The answer to a key the plan has no slot for (a condition written by hand that reads a key its pack does not
     * declare, which another selected pack does): looked for among all the assessments, as a map of them would.
     *
     * @return the measure's own answer if it has one, else the request's; UNKNOWN if neither
     */
    Truth lookup(String key, int measureIndex) {
        Truth own = null;
        Truth request = null;
        for (int a = 0, n = assessments.size(); a < n; a++) {
            Assessment assessment = assessments.get(a);
            if (assessment.key().equals(key)) {
                Optional<Integer> measure = assessment.measureIndex();
                if (measure.isEmpty()) {
                    request = Truth.of(assessment.value());
                } else if (measure.get() == measureIndex) {
                    own = Truth.of(assessment.value());
                }
            }
        }
        return own != null ? own : request != null ? request : Truth.UNKNOWN;
    }
}
