package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.rules.TimeLimit;

/** Deadline arithmetic on the calendar, and the deadlines of a case: start, due, overdue, met, extended, lapsed. */
class DeadlineTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final DeadlineCalendar CALENDAR = DeadlineCalendar.of(AMSTERDAM);

    @Nested
    class Arithmetic {

        @ParameterizedTest(name = "{0} + {1} {2} = {3}")
        @CsvSource(delimiter = '|', textBlock = """
                # start                                   | amount | unit   | due                                        | hours elapsed
                # month ends clamp to the shorter month
                2026-01-31T10:00+01:00[Europe/Amsterdam]  | 1      | MONTHS | 2026-02-28T10:00+01:00[Europe/Amsterdam]   | 672
                2026-03-31T10:00+02:00[Europe/Amsterdam]  | 1      | MONTHS | 2026-04-30T10:00+02:00[Europe/Amsterdam]   | 720
                2026-01-31T10:00Z[UTC]                    | 1      | MONTHS | 2026-02-28T10:00Z[UTC]                     | 672
                # leap years: 29 February exists in 2028 only
                2028-01-31T10:00+01:00[Europe/Amsterdam]  | 1      | MONTHS | 2028-02-29T10:00+01:00[Europe/Amsterdam]   | 696
                2028-02-29T10:00+01:00[Europe/Amsterdam]  | 12     | MONTHS | 2029-02-28T10:00+01:00[Europe/Amsterdam]   | 8760
                2028-02-01T10:00+01:00[Europe/Amsterdam]  | 28     | DAYS   | 2028-02-29T10:00+01:00[Europe/Amsterdam]   | 672
                2028-02-29T10:00+01:00[Europe/Amsterdam]  | 1      | MONTHS | 2028-03-29T10:00+02:00[Europe/Amsterdam]   | 695
                # Amsterdam, last Sunday of March: days keep the wall time, hours keep the time line
                2026-03-28T10:00+01:00[Europe/Amsterdam]  | 1      | DAYS   | 2026-03-29T10:00+02:00[Europe/Amsterdam]   | 23
                2026-03-28T10:00+01:00[Europe/Amsterdam]  | 24     | HOURS  | 2026-03-29T11:00+02:00[Europe/Amsterdam]   | 24
                2026-03-15T10:00+01:00[Europe/Amsterdam]  | 30     | DAYS   | 2026-04-14T10:00+02:00[Europe/Amsterdam]   | 719
                2026-03-25T09:00+01:00[Europe/Amsterdam]  | 1      | WEEKS  | 2026-04-01T09:00+02:00[Europe/Amsterdam]   | 167
                2026-01-15T12:00+01:00[Europe/Amsterdam]  | 90     | DAYS   | 2026-04-15T12:00+02:00[Europe/Amsterdam]   | 2159
                # a wall time that does not exist moves forward by the gap
                2026-03-28T02:30+01:00[Europe/Amsterdam]  | 1      | DAYS   | 2026-03-29T03:30+02:00[Europe/Amsterdam]   | 24
                # Amsterdam, last Sunday of October
                2026-10-24T10:00+02:00[Europe/Amsterdam]  | 1      | DAYS   | 2026-10-25T10:00+01:00[Europe/Amsterdam]   | 25
                2026-10-24T10:00+02:00[Europe/Amsterdam]  | 24     | HOURS  | 2026-10-25T09:00+01:00[Europe/Amsterdam]   | 24
                # an ambiguous wall time keeps the start's offset
                2026-10-24T02:30+02:00[Europe/Amsterdam]  | 1      | DAYS   | 2026-10-25T02:30+02:00[Europe/Amsterdam]   | 24
                2026-10-25T02:30+01:00[Europe/Amsterdam]  | 1      | DAYS   | 2026-10-26T02:30+01:00[Europe/Amsterdam]   | 24
                # other zones, other dates
                2026-03-07T12:00-05:00[America/New_York]  | 1      | DAYS   | 2026-03-08T12:00-04:00[America/New_York]   | 23
                2026-04-04T12:00+11:00[Australia/Sydney]  | 1      | DAYS   | 2026-04-05T12:00+10:00[Australia/Sydney]   | 25
                # working days skip Saturdays and Sundays, keep the wall time, and start counting on the next day
                2026-03-06T10:00+01:00[Europe/Amsterdam]  | 5      | WORKING_DAYS | 2026-03-13T10:00+01:00[Europe/Amsterdam] | 168
                2026-03-07T10:00+01:00[Europe/Amsterdam]  | 5      | WORKING_DAYS | 2026-03-13T10:00+01:00[Europe/Amsterdam] | 144
                2026-03-09T10:00+01:00[Europe/Amsterdam]  | 1      | WORKING_DAYS | 2026-03-10T10:00+01:00[Europe/Amsterdam] | 24
                2026-03-27T10:00+01:00[Europe/Amsterdam]  | 1      | WORKING_DAYS | 2026-03-30T10:00+02:00[Europe/Amsterdam] | 71
                """)
        void limits_are_added_on_the_calendar_of_the_zone(String start, long amount, TimeLimit.Unit unit, String due, long hours) {
            ZonedDateTime from = ZonedDateTime.parse(start);
            DeadlineCalendar calendar = DeadlineCalendar.of(from.getZone());

            Instant end = calendar.plus(from.toInstant(), new TimeLimit(amount, unit));

            assertThat(end).isEqualTo(ZonedDateTime.parse(due).toInstant());
            assertThat(Duration.between(from.toInstant(), end).toMinutes()).isEqualTo(hours * 60);
        }

        @Test
        void working_days_skip_the_public_holidays_of_the_calendar_and_only_those() {
            Instant thursday = ZonedDateTime.parse("2026-04-02T10:00+02:00[Europe/Amsterdam]").toInstant();
            DeadlineCalendar easter = CALENDAR.withPublicHolidays(List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 3)));

            assertThat(easter.plus(thursday, TimeLimit.workingDays(5))).isEqualTo(ZonedDateTime.parse("2026-04-13T10:00+02:00[Europe/Amsterdam]").toInstant());
            assertThat(CALENDAR.plus(thursday, TimeLimit.workingDays(5))).isEqualTo(ZonedDateTime.parse("2026-04-09T10:00+02:00[Europe/Amsterdam]").toInstant());
            assertThat(easter.plus(thursday, TimeLimit.days(5))).isEqualTo(CALENDAR.plus(thursday, TimeLimit.days(5)));
            assertThat(easter.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
            assertThat(easter.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
            assertThat(easter.publicHolidays()).hasSize(2);
            assertThat(easter.toString()).contains("2 public holidays");
        }

        @Test
        void a_time_limit_in_a_java_time_unit_has_the_same_meaning() {
            assertThat(new TimeLimit(5, ChronoUnit.DAYS)).isEqualTo(TimeLimit.days(5));
            assertThatThrownBy(() -> new TimeLimit(5, ChronoUnit.HALF_DAYS)).hasMessageContaining("TimeLimit.unit");
        }

        @Test
        void the_same_instant_falls_due_at_different_instants_on_different_calendars() {
            Instant receipt = Instant.parse("2026-03-20T23:30:00Z"); // 00:30 on 21 March in Amsterdam

            Instant utc = DeadlineCalendar.of(ZoneOffset.UTC).plus(receipt, TimeLimit.days(30));
            Instant amsterdam = CALENDAR.plus(receipt, TimeLimit.days(30));
            Instant utcHours = DeadlineCalendar.of(ZoneOffset.UTC).plus(receipt, TimeLimit.hours(720));
            Instant amsterdamHours = CALENDAR.plus(receipt, TimeLimit.hours(720));

            assertThat(utc).isEqualTo(Instant.parse("2026-04-19T23:30:00Z"));
            assertThat(amsterdam).isEqualTo(Instant.parse("2026-04-19T22:30:00Z")); // 00:30 on 20 April, summer time
            assertThat(utcHours).isEqualTo(amsterdamHours).isEqualTo(utc);
        }
    }

    @Nested
    class OfACase {

        /** Received at 09:00 Amsterdam time on Monday 2 March 2026, the LCX decision recorded an hour later. */
        CaseWalk received() {
            return CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(v -> Command.recordDecision(OFFICER, v, GRANTED));
        }

        @Test
        void the_first_decision_declares_the_deadlines_and_they_run_from_receipt() {
            RequestCase c = received().get();

            assertThat(c.deadlines()).extracting(CaseDeadline::ruleId, CaseDeadline::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ACK, CaseDeadline.Status.RUNNING),
                    org.assertj.core.groups.Tuple.tuple(DECIDE, CaseDeadline.Status.RUNNING),
                    org.assertj.core.groups.Tuple.tuple(EXECUTE, CaseDeadline.Status.PENDING));
            assertThat(c.deadline(ACK).orElseThrow().startedAt()).contains(Instant.parse("2026-03-02T08:00:00Z"));
            assertThat(CALENDAR.dueAt(c.deadline(ACK).orElseThrow())).contains(Instant.parse("2026-03-09T08:00:00Z"));
            // 30 days from 09:00 on 2 March is 09:00 on 1 April, summer time having begun on 29 March
            assertThat(CALENDAR.dueAt(c.deadline(DECIDE).orElseThrow())).contains(Instant.parse("2026-04-01T07:00:00Z"));
            assertThat(CALENDAR.dueAt(c.deadline(EXECUTE).orElseThrow())).isEmpty();
        }

        @Test
        void what_is_due_and_what_is_overdue_at_an_instant() {
            RequestCase c = received().get();

            assertThat(CALENDAR.due(c, Instant.parse("2026-03-05T12:00:00Z"))).extracting(DueDeadline::ruleId).containsExactly(ACK, DECIDE);
            assertThat(CALENDAR.overdue(c, Instant.parse("2026-03-05T12:00:00Z"))).isEmpty();
            // at the due instant itself it is still on time
            assertThat(CALENDAR.due(c, Instant.parse("2026-03-09T08:00:00Z"))).extracting(DueDeadline::ruleId).containsExactly(ACK, DECIDE);
            assertThat(CALENDAR.overdue(c, Instant.parse("2026-03-09T08:00:00.001Z"))).extracting(DueDeadline::ruleId).containsExactly(ACK);
            assertThat(CALENDAR.due(c, Instant.parse("2026-03-09T08:00:00.001Z"))).extracting(DueDeadline::ruleId).containsExactly(DECIDE);
            assertThat(CALENDAR.overdue(c, Instant.parse("2026-04-02T00:00:00Z"))).extracting(DueDeadline::ruleId).containsExactly(ACK, DECIDE);
        }

        @Test
        void the_event_meets_the_deadline_on_time_or_late() {
            RequestCase onTime = received().after(Duration.ofDays(2)).then(CommandType.ACKNOWLEDGE).get();
            RequestCase late = received().after(Duration.ofDays(8)).then(CommandType.ACKNOWLEDGE).get();

            CaseDeadline metOnTime = onTime.deadline(ACK).orElseThrow();
            CaseDeadline metLate = late.deadline(ACK).orElseThrow();
            assertThat(metOnTime.status()).isEqualTo(CaseDeadline.Status.MET);
            assertThat(CALENDAR.metLate(metOnTime)).isFalse();
            assertThat(metLate.status()).isEqualTo(CaseDeadline.Status.MET);
            assertThat(CALENDAR.metLate(metLate)).isTrue();
            assertThat(CALENDAR.running(late)).extracting(DueDeadline::ruleId).containsExactly(DECIDE);
        }

        @Test
        void an_event_before_the_deadline_was_declared_still_meets_it() {
            RequestCase c = CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(CommandType.ACKNOWLEDGE)
                    .then(v -> Command.recordDecision(OFFICER, v, GRANTED)).get();

            assertThat(c.deadline(ACK).orElseThrow().metAt()).contains(Instant.parse("2026-03-02T09:00:00Z"));
        }

        @Test
        void an_urgent_request_gets_the_urgent_limit() {
            RequestCase c = CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(v -> Command.recordDecision(OFFICER, v, URGENT)).get();

            assertThat(c.deadline(DECIDE).orElseThrow().limit()).isEqualTo(TimeLimit.days(5));
            assertThat(CALENDAR.dueAt(c.deadline(DECIDE).orElseThrow())).contains(Instant.parse("2026-03-07T08:00:00Z"));
        }

        @Test
        void the_first_declaration_of_a_deadline_counts() {
            RequestCase c = received().then(CommandType.START_REVIEW).then(v -> Command.recordDecision(OFFICER, v, URGENT)).get();

            assertThat(c.deadlines()).hasSize(3);
            assertThat(c.deadline(DECIDE).orElseThrow().limit()).isEqualTo(TimeLimit.days(30));
            assertThat(c.last().orElseThrow().detail().declaredDeadlines()).isEmpty();
        }

        @Test
        void extensions_add_up_and_move_the_due_instant() {
            RequestCase c = received()
                    .then(v -> Command.extendDeadline(SUPERVISOR, v, DECIDE, TimeLimit.days(20)).because("Awaiting a court order."))
                    .then(v -> Command.extendDeadline(SUPERVISOR, v, DECIDE, TimeLimit.days(10)).because("The court adjourned."))
                    .get();

            CaseDeadline decide = c.deadline(DECIDE).orElseThrow();
            assertThat(decide.extensions()).extracting(e -> e.by().amount()).containsExactly(20L, 10L);
            // 60 days from 09:00 on 2 March is 09:00 on 1 May
            assertThat(CALENDAR.dueAt(decide)).contains(ZonedDateTime.parse("2026-05-01T09:00+02:00[Europe/Amsterdam]").toInstant());
            assertThat(CALENDAR.dueAt(c.deadline(ACK).orElseThrow())).contains(Instant.parse("2026-03-09T08:00:00Z"));
        }

        @Test
        void the_execution_deadline_runs_from_the_acceptance_and_only_complete_execution_meets_it() {
            CaseWalk w = received().then(CommandType.START_REVIEW).then(v -> Command.accept(OFFICER, v, GRANTED));
            Instant accepted = w.get().last().orElseThrow().at();
            RequestCase partly = w.then(CommandType.START_EXECUTION).then(v -> Command.executePartially(OFFICER, v, List.of(0, 1))).get();
            RequestCase done = w.then(CommandType.COMPLETE_EXECUTION).get();

            assertThat(partly.deadline(DECIDE).orElseThrow().metAt()).contains(accepted);
            assertThat(partly.deadline(EXECUTE).orElseThrow().startedAt()).contains(accepted);
            assertThat(partly.deadline(EXECUTE).orElseThrow().status()).isEqualTo(CaseDeadline.Status.RUNNING);
            assertThat(CALENDAR.dueAt(partly.deadline(EXECUTE).orElseThrow())).contains(CALENDAR.plus(accepted, TimeLimit.days(90)));
            assertThat(done.deadline(EXECUTE).orElseThrow().status()).isEqualTo(CaseDeadline.Status.MET);
            assertThat(done.executedMeasures()).containsExactly(0, 1, 2);
            assertThat(done.last().orElseThrow().detail().executedMeasures()).containsExactly(2);
        }

        @Test
        void deadlines_not_met_lapse_when_the_case_is_refused_or_withdrawn() {
            RequestCase refused = CaseWalk.walkTo(CaseState.REFUSED).get();
            RequestCase withdrawn = received().then(CommandType.WITHDRAW).get();

            assertThat(refused.deadlines()).extracting(CaseDeadline::ruleId, CaseDeadline::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ACK, CaseDeadline.Status.LAPSED),
                    org.assertj.core.groups.Tuple.tuple(DECIDE, CaseDeadline.Status.MET),
                    org.assertj.core.groups.Tuple.tuple(EXECUTE, CaseDeadline.Status.LAPSED));
            assertThat(withdrawn.deadlines()).extracting(CaseDeadline::status).containsOnly(CaseDeadline.Status.LAPSED);
            assertThat(CALENDAR.overdue(withdrawn, Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
        }

        @Test
        void on_the_requesting_side_receipt_is_recorded_after_submission() {
            RequestCase c = CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.SUBMIT).after(Duration.ofDays(2)).then(CommandType.RECEIVE)
                    .then(v -> Command.recordDecision(OFFICER, v, GRANTED)).get();

            assertThat(c.deadline(DECIDE).orElseThrow().startedAt()).contains(Instant.parse("2026-03-04T09:00:00Z"));
        }
    }
}
