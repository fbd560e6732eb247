package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Time limits read as people write them in explanations: one week, not one weeks. */
class TimeLimitTextTest {

    @Test
    void a_limit_of_one_unit_is_written_in_the_singular() {
        assertThat(TimeLimit.weeks(1)).hasToString("1 week");
        assertThat(TimeLimit.days(1)).hasToString("1 day");
        assertThat(TimeLimit.hours(1)).hasToString("1 hour");
        assertThat(TimeLimit.months(1)).hasToString("1 month");
        assertThat(TimeLimit.workingDays(1)).hasToString("1 working day");
    }

    @Test
    void a_limit_of_several_units_is_written_in_the_plural() {
        assertThat(TimeLimit.days(30)).hasToString("30 days");
        assertThat(TimeLimit.hours(24)).hasToString("24 hours");
        assertThat(TimeLimit.weeks(2)).hasToString("2 weeks");
        assertThat(TimeLimit.months(3)).hasToString("3 months");
        assertThat(TimeLimit.workingDays(5)).hasToString("5 working days");
    }
}
