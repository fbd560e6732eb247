package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Truth.FALSE;
import static org.openmla.core.rules.Truth.TRUE;
import static org.openmla.core.rules.Truth.UNKNOWN;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene's strong three-valued logic: the truth tables, and the laws that keep UNKNOWN from turning into FALSE. */
class TruthTest {

    @ParameterizedTest(name = "{0} and {1} = {2}")
    @CsvSource({
        "TRUE, TRUE, TRUE", "TRUE, FALSE, FALSE", "TRUE, UNKNOWN, UNKNOWN",
        "FALSE, TRUE, FALSE", "FALSE, FALSE, FALSE", "FALSE, UNKNOWN, FALSE",
        "UNKNOWN, TRUE, UNKNOWN", "UNKNOWN, FALSE, FALSE", "UNKNOWN, UNKNOWN, UNKNOWN"})
    void conjunction(Truth a, Truth b, Truth expected) {
        assertThat(a.and(b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} or {1} = {2}")
    @CsvSource({
        "TRUE, TRUE, TRUE", "TRUE, FALSE, TRUE", "TRUE, UNKNOWN, TRUE",
        "FALSE, TRUE, TRUE", "FALSE, FALSE, FALSE", "FALSE, UNKNOWN, UNKNOWN",
        "UNKNOWN, TRUE, TRUE", "UNKNOWN, FALSE, UNKNOWN", "UNKNOWN, UNKNOWN, UNKNOWN"})
    void disjunction(Truth a, Truth b, Truth expected) {
        assertThat(a.or(b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "not {0} = {1}")
    @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
    void negation(Truth a, Truth expected) {
        assertThat(a.not()).isEqualTo(expected);
    }

    @Property
    void de_morgan_holds(@ForAll Truth a, @ForAll Truth b) {
        assertThat(a.and(b).not()).isEqualTo(a.not().or(b.not()));
        assertThat(a.or(b).not()).isEqualTo(a.not().and(b.not()));
    }

    @Property
    void and_and_or_are_commutative_and_associative(@ForAll Truth a, @ForAll Truth b, @ForAll Truth c) {
        assertThat(a.and(b)).isEqualTo(b.and(a));
        assertThat(a.or(b)).isEqualTo(b.or(a));
        assertThat(a.and(b.and(c))).isEqualTo(a.and(b).and(c));
        assertThat(a.or(b.or(c))).isEqualTo(a.or(b).or(c));
    }

    @Property
    void unknown_never_becomes_a_definite_answer_unless_the_other_side_decides(@ForAll Truth a) {
        assertThat(UNKNOWN.and(a)).isIn(a == FALSE ? FALSE : UNKNOWN);
        assertThat(UNKNOWN.or(a)).isIn(a == TRUE ? TRUE : UNKNOWN);
    }

    @Property
    void combining_conditions_matches_the_truth_tables(@ForAll Truth a, @ForAll Truth b) {
        Condition ca = Conditions.truth("a", f -> a);
        Condition cb = Conditions.truth("b", f -> b);
        assertThat(ca.and(cb).evaluate(null)).isEqualTo(a.and(b));
        assertThat(ca.or(cb).evaluate(null)).isEqualTo(a.or(b));
        assertThat(ca.negate().evaluate(null)).isEqualTo(a.not());
    }
}
