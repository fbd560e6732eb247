package org.openmla.core.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.Truth;

/** The host's assessments by key, for the request and for each measure. Built once per evaluation; read-only after. */
final class AssessmentTable {
    private final Map<String, Boolean> request;
    private final Map<String, Boolean>[] measures;

    @SuppressWarnings("unchecked")
    private AssessmentTable(int measureCount) {
        this.request = new HashMap<>();
        this.measures = new Map[measureCount];
    }

    static AssessmentTable of(List<Assessment> assessments, int measureCount) {
        AssessmentTable t = new AssessmentTable(measureCount);
        for (Assessment a : assessments) {
            if (a.measureIndex().isEmpty()) {
                t.request.put(a.key(), a.value());
            } else if (a.measureIndex().get() < measureCount) {
                int i = a.measureIndex().get();
                if (t.measures[i] == null) {
                    t.measures[i] = new HashMap<>(4);
                }
                t.measures[i].put(a.key(), a.value());
            }
        }
        return t;
    }

    /** @return the measure's own answer if it has one, else the request's; UNKNOWN if neither */
    Truth lookup(String key, int measureIndex) {
        Boolean value = null;
        if (measureIndex >= 0 && measures[measureIndex] != null) {
            value = measures[measureIndex].get(key);
        }
        if (value == null) {
            value = request.get(key);
        }
        return value == null ? Truth.UNKNOWN : Truth.of(value);
    }
}
