package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openmla.core.decision.Outcome;

/**
 * Requests walked through the lifecycle as a requested authority would handle them, each step checked: one granted
 * in part after more information and a consultation, and executed in two goes; one refused; one postponed and then
 * accepted.
 */
class LifecycleScenarioTest {

    static final DeadlineCalendar CALENDAR = DeadlineCalendar.of(ZoneId.of("Europe/Amsterdam"));

    final List<String> heard = new ArrayList<>();
    final RequestLifecycle lifecycle = RequestLifecycle.builder().listener((before, t, after) -> heard.add(t.from() + ">" + t.to())).build();
    RequestCase c = RequestCase.create(CASE_ID);
    Instant now = Instant.parse("2026-03-02T08:00:00Z");

    Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    void later(Duration d) {
        now = now.plus(d);
    }

    void applied(Function<Long, Command> command, CaseState expected) {
        long before = c.version();
        TransitionResult r = lifecycle.apply(c, command.apply(c.version()), clock());
        assertThat(r).as(() -> r instanceof TransitionResult.Rejected j ? j.explain() : "").isInstanceOf(TransitionResult.Applied.class);
        c = r.requestCase();
        assertThat(c.state()).isEqualTo(expected);
        assertThat(c.version()).isEqualTo(before + 1);
        assertThat(c.last().orElseThrow().at()).isEqualTo(now);
        later(Duration.ofHours(1));
    }

    void applied(CommandType type, CaseState expected) {
        applied(v -> Command.of(type, OFFICER, v), expected);
    }

    void rejected(Function<Long, Command> command, Guard... unmet) {
        RequestCase before = c;
        TransitionResult r = lifecycle.apply(c, command.apply(c.version()), clock());
        assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> {
            assertThat(j.reason()).isEqualTo(TransitionResult.Reason.GUARD_FAILED);
            assertThat(j.guards()).containsExactly(unmet);
        });
        assertThat(r.requestCase()).isSameAs(before);
    }

    @Test
    void a_request_granted_in_part_after_more_information_and_a_consultation_executed_in_two_goes() {
        applied(CommandType.RECEIVE, CaseState.RECEIVED);
        applied(v -> Command.recordDecision(OFFICER, v, DEFICIENT), CaseState.RECEIVED);
        assertThat(c.deadlines()).extracting(CaseDeadline::ruleId).containsExactly(ACK, DECIDE, EXECUTE);
        assertThat(CALENDAR.due(c, now)).extracting(DueDeadline::ruleId).containsExactly(ACK, DECIDE);

        later(Duration.ofDays(1));
        applied(CommandType.ACKNOWLEDGE, CaseState.RECEIVED);
        assertThat(c.deadline(ACK).orElseThrow().status()).isEqualTo(CaseDeadline.Status.MET);
        applied(CommandType.START_REVIEW, CaseState.UNDER_REVIEW);

        // the summary of the facts is missing: the request cannot be accepted, more information is asked
        rejected(v -> Command.accept(OFFICER, v, DEFICIENT), Guard.ACCEPT_OUTCOME_ALLOWS);
        applied(v -> Command.of(CommandType.REQUEST_INFORMATION, OFFICER, v).because("Please provide a summary of the facts."),
                CaseState.ADDITIONAL_INFORMATION_REQUESTED);
        later(Duration.ofDays(10));
        applied(CommandType.RECEIVE_INFORMATION, CaseState.UNDER_REVIEW);

        // re-evaluated: the bank records would need dual criminality, which the conduct lacks here
        applied(v -> Command.recordDecision(OFFICER, v, NO_DUAL_CRIMINALITY), CaseState.UNDER_REVIEW);
        assertThat(c.latestDecision().orElseThrow().outcome()).isEqualTo(Outcome.MAY_REFUSE);
        assertThat(c.latestDecision().orElseThrow().measureOutcomes())
                .containsExactly(Outcome.MAY_REFUSE, Outcome.GRANT_WITH_CONDITIONS, Outcome.GRANT_WITH_CONDITIONS);
        String partly = "The bank records are refused: the conduct is not an offence here (LCX art. 3(4)).";
        rejected(v -> Command.acceptMeasures(OFFICER, v, NO_DUAL_CRIMINALITY, List.of(1, 2)).because(partly), Guard.ACCEPT_PARTIAL_CONSULTED);
        applied(CommandType.CONSULT, CaseState.IN_CONSULTATION);
        later(Duration.ofDays(3));
        applied(v -> Command.recordConsultation(OFFICER, v, ConsultationRecord.covering(NO_DUAL_CRIMINALITY, ConsultationRecord.Result.NO_AGREEMENT))
                .because("The requesting State maintains the request for the bank records."), CaseState.IN_CONSULTATION);
        applied(v -> Command.acceptMeasures(SUPERVISOR, v, NO_DUAL_CRIMINALITY, List.of(1, 2)).because(partly), CaseState.ACCEPTED);
        assertThat(c.acceptedMeasures()).containsExactly(1, 2);
        assertThat(c.deadline(DECIDE).orElseThrow().status()).isEqualTo(CaseDeadline.Status.MET);
        assertThat(CALENDAR.metLate(c.deadline(DECIDE).orElseThrow())).isFalse();
        assertThat(c.deadline(EXECUTE).orElseThrow().status()).isEqualTo(CaseDeadline.Status.RUNNING);

        applied(CommandType.START_EXECUTION, CaseState.IN_EXECUTION);
        rejected(v -> Command.executePartially(OFFICER, v, List.of(0)), Guard.EXECUTION_MEASURES_ACCEPTED);
        later(Duration.ofDays(20));
        applied(v -> Command.executePartially(OFFICER, v, List.of(1)), CaseState.PARTIALLY_EXECUTED);
        assertThat(c.executedMeasures()).containsExactly(1);
        assertThat(CALENDAR.running(c)).extracting(DueDeadline::ruleId).containsExactly(EXECUTE);
        later(Duration.ofDays(20));
        applied(CommandType.COMPLETE_EXECUTION, CaseState.EXECUTED);
        assertThat(c.executedMeasures()).containsExactly(1, 2);
        assertThat(c.deadlines()).extracting(CaseDeadline::status).containsOnly(CaseDeadline.Status.MET);
        applied(CommandType.CLOSE, CaseState.CLOSED);

        assertThat(lifecycle.apply(c, Command.of(CommandType.WITHDRAW, OFFICER, c.version()), clock()))
                .isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> assertThat(j.reason()).isEqualTo(TransitionResult.Reason.ILLEGAL_TRANSITION));
        assertThat(c.history()).extracting(Transition::command).containsExactly(CommandType.RECEIVE, CommandType.RECORD_DECISION,
                CommandType.ACKNOWLEDGE, CommandType.START_REVIEW, CommandType.REQUEST_INFORMATION, CommandType.RECEIVE_INFORMATION,
                CommandType.RECORD_DECISION, CommandType.CONSULT, CommandType.RECORD_CONSULTATION, CommandType.ACCEPT, CommandType.START_EXECUTION,
                CommandType.EXECUTE_PARTIALLY, CommandType.COMPLETE_EXECUTION, CommandType.CLOSE);
        assertThat(c.history().get(9)).satisfies(t -> {
            assertThat(t.actor()).isEqualTo(SUPERVISOR);
            assertThat(t.reason()).contains(partly);
            assertThat(t.detail().decision().orElseThrow().decisionId()).isEqualTo(NO_DUAL_CRIMINALITY.decisionId());
        });
        assertThat(heard).hasSize(14).first().isEqualTo("DRAFT>RECEIVED");
        assertThat(RequestCase.replay(CASE_ID, c.history())).isEqualTo(c);
    }

    @Test
    void a_request_refused_on_a_ground_found_after_consulting_with_reasons() {
        applied(CommandType.RECEIVE, CaseState.RECEIVED);
        applied(CommandType.ACKNOWLEDGE, CaseState.RECEIVED);
        applied(CommandType.START_REVIEW, CaseState.UNDER_REVIEW);
        applied(v -> Command.recordDecision(OFFICER, v, ESSENTIAL_INTERESTS), CaseState.UNDER_REVIEW);
        String reasons = "Execution would prejudice the essential interests of the requested State.";

        rejected(v -> Command.refuse(OFFICER, v, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS").because(reasons), Guard.REFUSE_CONSULTED);
        applied(CommandType.CONSULT, CaseState.IN_CONSULTATION);
        applied(v -> Command.recordConsultation(OFFICER, v, ConsultationRecord.covering(ESSENTIAL_INTERESTS, ConsultationRecord.Result.NO_AGREEMENT)),
                CaseState.IN_CONSULTATION);
        rejected(v -> Command.refuse(OFFICER, v, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS"), Guard.REFUSE_REASONS_GIVEN);
        rejected(v -> Command.refuse(OFFICER, v, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS", "BANK_SECRECY").because(reasons),
                Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND);
        applied(v -> Command.refuse(SUPERVISOR, v, ESSENTIAL_INTERESTS, org.openmla.core.rules.StandardGrounds.ESSENTIAL_INTERESTS).because(reasons),
                CaseState.REFUSED);

        assertThat(c.last().orElseThrow().detail().groundIds()).containsExactly("ESSENTIAL_INTERESTS");
        assertThat(c.deadline(DECIDE).orElseThrow().status()).isEqualTo(CaseDeadline.Status.MET);
        assertThat(c.deadline(EXECUTE).orElseThrow().status()).isEqualTo(CaseDeadline.Status.LAPSED);
        applied(CommandType.CLOSE, CaseState.CLOSED);
        assertThat(RequestCase.replay(CASE_ID, c.history())).isEqualTo(c);
    }

    @Test
    void a_request_postponed_while_a_domestic_investigation_runs_then_accepted() {
        applied(CommandType.RECEIVE, CaseState.RECEIVED);
        applied(v -> Command.recordDecision(OFFICER, v, INTERFERES), CaseState.RECEIVED);
        applied(CommandType.START_REVIEW, CaseState.UNDER_REVIEW);
        rejected(v -> Command.postpone(OFFICER, v, GRANTED).because("No reason really."), Guard.POSTPONE_GROUND_FOUND, Guard.POSTPONE_CONSULTED);
        applied(CommandType.CONSULT, CaseState.IN_CONSULTATION);
        applied(v -> Command.recordConsultation(OFFICER, v, ConsultationRecord.covering(INTERFERES, ConsultationRecord.Result.NO_AGREEMENT)),
                CaseState.IN_CONSULTATION);
        applied(v -> Command.postpone(OFFICER, v, INTERFERES).because("Execution now would alert the suspects of a domestic investigation."),
                CaseState.POSTPONED);
        later(Duration.ofDays(14));
        applied(v -> Command.of(CommandType.RESUME_REVIEW, OFFICER, v).because("The domestic searches have taken place."), CaseState.UNDER_REVIEW);
        applied(v -> Command.accept(OFFICER, v, GRANTED), CaseState.ACCEPTED);

        assertThat(c.acceptedMeasures()).containsExactly(0, 1, 2);
        assertThat(c.history()).extracting(Transition::to).contains(CaseState.POSTPONED);
        assertThat(RequestCase.replay(CASE_ID, c.history())).isEqualTo(c);
    }
}
