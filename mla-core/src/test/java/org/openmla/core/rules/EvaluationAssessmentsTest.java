package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;

/**
 * An evaluation takes at most one assessment per key and measure, and none for a measure the request does not have; it
 * names the first offending assessment in order, by key and measure, never by value or reasoning. Checked on short lists
 * (through a bit filter, then pair by pair) and long ones (through a set) alike.
 */
class EvaluationAssessmentsTest {
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    static final MlaRequest REQUEST = MlaRequest.builder("NL-2026-0007", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
            .legalBasis("UNTOC").measure(MeasureType.SEARCH_AND_SEIZURE).measure(MeasureType.BANK_AND_BUSINESS_RECORDS).build();

    static Assessment whole(String key) {
        return Assessment.of(AssessmentKey.of(key, "?"), false, "officer-17", AT, "Sam Example's file");
    }

    static Assessment measure(String key, int index) {
        return Assessment.ofMeasure(AssessmentKey.of(key, "?"), index, true, "officer-17", AT, "Sam Example's file");
    }

    /** @return {@code count} distinct request-level assessments, K0, K1, ... */
    static List<Assessment> filler(int count) {
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(whole("K" + i));
        }
        return out;
    }

    static Evaluation evaluation(List<Assessment> assessments) {
        return Evaluation.of(REQUEST).pack("UNTOC").lawDate(LocalDate.of(2026, 3, 2)).assessments(assessments).build();
    }

    @ParameterizedTest(name = "{0} other assessments")
    @ValueSource(ints = {0, 5, 120, 200})
    void one_key_for_the_request_and_for_each_measure_is_accepted(int others) {
        List<Assessment> list = filler(others);
        list.addAll(List.of(whole("POLITICAL_OFFENCE"), measure("POLITICAL_OFFENCE", 0), measure("POLITICAL_OFFENCE", 1)));

        assertThat(evaluation(list).assessments()).hasSize(others + 3);
    }

    @ParameterizedTest(name = "{0} other assessments")
    @ValueSource(ints = {0, 5, 120, 200})
    void a_key_given_twice_for_the_request_is_refused(int others) {
        List<Assessment> list = filler(others);
        list.addAll(List.of(whole("POLITICAL_OFFENCE"), measure("POLITICAL_OFFENCE", 1), whole("POLITICAL_OFFENCE")));

        assertThatThrownBy(() -> evaluation(list)).isInstanceOfSatisfying(InvalidValueException.class,
                x -> assertThat(x.field()).isEqualTo("Evaluation.assessments"))
                .hasMessageContaining("assessment POLITICAL_OFFENCE is given twice").message().doesNotContain("Sam", "false");
    }

    @ParameterizedTest(name = "{0} other assessments")
    @ValueSource(ints = {0, 5, 120, 200})
    void a_key_given_twice_for_one_measure_is_refused_naming_the_measure(int others) {
        List<Assessment> list = filler(others);
        list.addAll(List.of(measure("DUAL_CRIMINALITY", 1), whole("DUAL_CRIMINALITY"), measure("DUAL_CRIMINALITY", 1)));

        assertThatThrownBy(() -> evaluation(list)).hasMessageContaining("assessment DUAL_CRIMINALITY@1 is given twice");
    }

    @Test
    void the_first_offence_in_order_is_named() {
        List<Assessment> list = List.of(whole("A"), whole("B"), measure("C", 5), whole("B"), whole("A"));

        assertThatThrownBy(() -> evaluation(list)).hasMessageContaining("assessment C@5 concerns measure 5 but the request has 2");
        assertThatThrownBy(() -> evaluation(List.of(whole("A"), whole("B"), whole("B"), whole("A"))))
                .hasMessageContaining("assessment B is given twice");
    }

    @ParameterizedTest(name = "{0} other assessments")
    @ValueSource(ints = {0, 200})
    void an_assessment_for_a_measure_the_request_lacks_is_refused(int others) {
        List<Assessment> list = filler(others);
        list.add(measure("POLITICAL_OFFENCE", 2));

        assertThatThrownBy(() -> evaluation(list)).hasMessageContaining("assessment POLITICAL_OFFENCE@2 concerns measure 2 but the request has 2");
    }

    /** Random lists, keys from a small pool so that repeats and filter collisions are common: the check agrees with a plain search. */
    @Test
    void the_first_repeat_named_is_the_one_a_plain_search_finds() {
        java.util.Random random = new java.util.Random(18);
        for (int round = 0; round < 2000; round++) {
            int size = 1 + random.nextInt(140);
            int pool = 1 + random.nextInt(400);
            List<Assessment> list = new ArrayList<>();
            String expected = null;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < size; i++) {
                String key = "K" + random.nextInt(pool);
                boolean forMeasure = random.nextInt(4) == 0;
                int m = random.nextInt(2);
                list.add(forMeasure ? measure(key, m) : whole(key));
                String label = forMeasure ? key + "@" + m : key;
                if (!seen.add(label) && expected == null) {
                    expected = "assessment " + label + " is given twice";
                }
            }
            if (expected == null) {
                assertThat(evaluation(list).assessments()).hasSize(size);
            } else {
                String message = expected;
                assertThatThrownBy(() -> evaluation(list)).hasMessageEndingWith(message);
            }
        }
    }
}
