package org.openmla.core.internal.rules;

import java.util.List;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.Truth;

/**
 * The host's assessments by key, for the request and for each measure: small open-addressed tables (keys and answers
 * in two arrays, probed by the key's cached hash), so a lookup allocates nothing and building one allocates two arrays
 * per scope that has answers. Built once per evaluation; read-only after.
 */
final class AssessmentTable {
    /** An answer as a table holds it: 0 for none, then these. */
    private static final Truth[] ANSWERS = {null, Truth.TRUE, Truth.FALSE};

    private final Table request;
    private final Table[] measures;

    private AssessmentTable(Table request, Table[] measures) {
        this.request = request;
        this.measures = measures;
    }

    static AssessmentTable of(List<Assessment> assessments, int measureCount) {
        int requestCount = 0;
        int[] perMeasure = null;
        for (int i = 0, n = assessments.size(); i < n; i++) {
            Assessment a = assessments.get(i);
            if (a.measureIndex().isEmpty()) {
                requestCount++;
            } else if (a.measureIndex().get() < measureCount) {
                if (perMeasure == null) {
                    perMeasure = new int[measureCount];
                }
                perMeasure[a.measureIndex().get()]++;
            }
        }
        Table request = new Table(requestCount);
        Table[] measures = perMeasure == null ? null : new Table[measureCount];
        for (int i = 0, n = assessments.size(); i < n; i++) {
            Assessment a = assessments.get(i);
            if (a.measureIndex().isEmpty()) {
                request.put(a.key(), a.value());
            } else if (a.measureIndex().get() < measureCount) {
                int m = a.measureIndex().get();
                if (measures[m] == null) {
                    measures[m] = new Table(perMeasure[m]);
                }
                measures[m].put(a.key(), a.value());
            }
        }
        return new AssessmentTable(request, measures);
    }

    /** @return the measure's own answer if it has one, else the request's; UNKNOWN if neither */
    Truth lookup(String key, int measureIndex) {
        if (measureIndex >= 0 && measures != null && measures[measureIndex] != null) {
            Truth own = measures[measureIndex].get(key);
            if (own != null) {
                return own;
            }
        }
        Truth value = request.get(key);
        return value == null ? Truth.UNKNOWN : value;
    }

    /** Keys and answers of one scope; a later answer for the same key replaces an earlier one, as in a map. */
    private static final class Table {
        private final String[] keys;
        private final byte[] values;
        private final int mask;

        Table(int count) {
            int capacity = 4;
            while (capacity * 3 < count * 4) { // at most three quarters full
                capacity <<= 1;
            }
            keys = new String[capacity];
            values = new byte[capacity];
            mask = capacity - 1;
        }

        void put(String key, boolean value) {
            int i = spread(key.hashCode()) & mask;
            while (keys[i] != null && !keys[i].equals(key)) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = (byte) (value ? 1 : 2);
        }

        Truth get(String key) {
            int i = spread(key.hashCode()) & mask;
            String k;
            while ((k = keys[i]) != null) {
                if (k == key || k.equals(key)) {
                    return ANSWERS[values[i]];
                }
                i = (i + 1) & mask;
            }
            return null;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }
}
