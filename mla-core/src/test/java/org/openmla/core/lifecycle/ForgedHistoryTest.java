package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;

/**
 * Histories the lifecycle could not have written, one per kind of forgery found in review, are rejected when read back
 * ({@link RequestCase#replay}); the lifecycle's own histories still read back.
 */
class ForgedHistoryTest {

    static Transition entry(Transition like, long version, CaseState from, CaseState to, CommandType command, Optional<String> reason,
            TransitionDetail detail) {
        return new Transition(version, like.at(), like.actor(), from, to, command, reason, detail);
    }

    static TransitionDetail decided(Decision d, List<Integer> accepted, List<Integer> executed, List<String> grounds) {
        return new TransitionDetail(Optional.of(DecisionRef.of(d)), accepted, executed, grounds, Optional.empty(), List.of(), Optional.empty());
    }

    static TransitionDetail executed(List<Integer> measures) {
        return new TransitionDetail(Optional.empty(), List.of(), measures, List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    /** The history up to the review, plus the forged entries. */
    static List<Transition> reviewedThen(Transition... forged) {
        List<Transition> h = new ArrayList<>(CaseWalk.caseIn(CaseState.UNDER_REVIEW).history());
        h.addAll(List.of(forged));
        return h;
    }

    static Transition last(List<Transition> h) {
        return h.get(h.size() - 1);
    }

    /** Forged entries the model refuses to build at all are rejected just the same when read. */
    static void assertRejected(Runnable forge, String... containing) {
        var thrown = assertThatThrownBy(forge::run).isInstanceOf(InvalidValueException.class);
        for (String s : containing) {
            thrown.hasMessageContaining(s);
        }
    }

    static void assertRejected(List<Transition> h, String... containing) {
        var thrown = assertThatThrownBy(() -> RequestCase.replay(CASE_ID, h)).isInstanceOf(InvalidValueException.class);
        for (String s : containing) {
            thrown.hasMessageContaining(s);
        }
    }

    @Test
    void the_lifecycles_own_histories_read_back() {
        for (CaseState s : CaseState.values()) {
            RequestCase c = CaseWalk.caseIn(s);
            assertThat(RequestCase.replay(CASE_ID, new ArrayList<>(c.history()))).isEqualTo(c);
        }
    }

    @Test
    void an_acceptance_resting_on_a_must_refuse_decision_with_no_measures_listed_is_rejected() {
        assertThat(DISCRIMINATORY.outcome()).isEqualTo(Outcome.MUST_REFUSE);
        List<Transition> h = reviewedThen();
        Transition t = last(h);
        h.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.ACCEPTED, CommandType.ACCEPT, Optional.empty(),
                decided(DISCRIMINATORY, List.of(), List.of(), List.of())));

        assertRejected(h, "history[" + (h.size() - 1) + "]", "acceptedMeasures is empty", "accept.outcome-allows: outcome MUST_REFUSE");
    }

    @Test
    void an_acceptance_on_an_engine_error_followed_by_execution_is_rejected() {
        List<Transition> h = reviewedThen();
        Transition t = last(h);
        assertRejected(() -> {
            h.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.ACCEPTED, CommandType.ACCEPT, Optional.empty(),
                    decided(ENGINE_ERROR, List.of(0, 1, 2), List.of(), List.of())));
            h.add(entry(t, h.size() + 1, CaseState.ACCEPTED, CaseState.IN_EXECUTION, CommandType.START_EXECUTION, Optional.empty(), TransitionDetail.NONE));
            RequestCase.replay(CASE_ID, h);
        }, "an acceptance cannot rest on a decision with outcome ENGINE_ERROR");
    }

    @Test
    void a_partial_acceptance_on_an_engine_error_is_rejected() {
        List<Transition> h = reviewedThen();
        assertRejected(() -> RequestCase.replay(CASE_ID, List.of(entry(last(h), h.size() + 1, CaseState.UNDER_REVIEW, CaseState.ACCEPTED,
                CommandType.ACCEPT, Optional.of("Only the records."), new TransitionDetail(Optional.of(new DecisionRef("d-1", "sha256:00",
                        Outcome.ENGINE_ERROR, false, List.of(Outcome.GRANT, Outcome.GRANT), LAW_DATE, List.of())), List.of(0), List.of(), List.of(),
                        Optional.empty(), List.of(), Optional.empty())))), "an acceptance cannot rest on a decision with outcome ENGINE_ERROR");
    }

    @Test
    void a_refusal_on_an_engine_error_is_rejected() {
        List<Transition> h = reviewedThen();
        h.add(entry(last(h), h.size() + 1, CaseState.UNDER_REVIEW, CaseState.REFUSED, CommandType.REFUSE, Optional.of("Reasons."),
                decided(ENGINE_ERROR, List.of(), List.of(), List.of("ESSENTIAL_INTERESTS"))));

        assertRejected(h, "decision.complete: outcome ENGINE_ERROR");
    }

    @Test
    void executing_a_measure_the_request_does_not_have_is_rejected() {
        List<Transition> h = new ArrayList<>(CaseWalk.caseIn(CaseState.IN_EXECUTION).history());
        h.add(entry(last(h), h.size() + 1, CaseState.IN_EXECUTION, CaseState.PARTIALLY_EXECUTED, CommandType.EXECUTE_PARTIALLY, Optional.empty(),
                executed(List.of(7))));

        assertRejected(h, "execution.measures-accepted: not accepted: measures [7]");
    }

    @Test
    void accepting_a_measure_the_decision_does_not_have_is_rejected() {
        List<Transition> h = reviewedThen();
        assertRejected(() -> RequestCase.replay(CASE_ID, List.of(entry(last(h), h.size() + 1, CaseState.UNDER_REVIEW, CaseState.ACCEPTED,
                CommandType.ACCEPT, Optional.of("Reasons."), decided(GRANTED, List.of(0, 7), List.of(), List.of())))), "measure 7 is not a measure");
    }

    @Test
    void a_second_acknowledgement_is_rejected() {
        List<Transition> h = reviewedThen();
        Transition t = last(h);
        h.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CommandType.ACKNOWLEDGE, Optional.empty(), TransitionDetail.NONE));
        h.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CommandType.ACKNOWLEDGE, Optional.empty(), TransitionDetail.NONE));

        assertRejected(h, "history[" + (h.size() - 1) + "]", "acknowledge.once");
    }

    @Test
    void accepted_measures_out_of_order_are_rejected() {
        List<Transition> h = reviewedThen();
        h.add(entry(last(h), h.size() + 1, CaseState.UNDER_REVIEW, CaseState.ACCEPTED, CommandType.ACCEPT, Optional.of("Reasons."),
                decided(GRANTED, List.of(1, 0), List.of(), List.of())));

        assertRejected(h, "acceptedMeasures are not distinct and in ascending order");
    }

    @Test
    void completing_execution_of_measures_other_than_those_left_is_rejected() {
        List<Transition> h = new ArrayList<>(CaseWalk.caseIn(CaseState.PARTIALLY_EXECUTED).history());
        h.add(entry(last(h), h.size() + 1, CaseState.PARTIALLY_EXECUTED, CaseState.EXECUTED, CommandType.COMPLETE_EXECUTION, Optional.empty(),
                executed(List.of(0, 1, 2))));

        assertRejected(h, "executedMeasures are not the accepted measures left to execute [1, 2]");
    }

    @Test
    void acting_again_on_a_decision_the_case_replaced_is_rejected() {
        List<Transition> h = reviewedThen();
        Transition t = last(h);
        h.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CommandType.RECORD_DECISION, Optional.empty(),
                decided(GRANTED_AGAIN, List.of(), List.of(), List.of())));
        h.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.ACCEPTED, CommandType.ACCEPT, Optional.empty(),
                decided(GRANTED, List.of(0, 1, 2), List.of(), List.of())));

        assertRejected(h, "decision.not-superseded");
    }

    @Test
    void a_refusal_without_reasons_is_rejected_and_closing_with_unexecuted_measures_needs_them_too() {
        List<Transition> h = new ArrayList<>(CaseWalk.caseIn(CaseState.PARTIALLY_EXECUTED).history());
        h.add(entry(last(h), h.size() + 1, CaseState.PARTIALLY_EXECUTED, CaseState.CLOSED, CommandType.CLOSE, Optional.empty(), TransitionDetail.NONE));

        assertRejected(h, "close.unexecuted.reasons-given: measures not executed: [1, 2]");
    }

    @Test
    void a_deadline_declared_twice_is_rejected() {
        List<Transition> h = reviewedThen();
        TransitionDetail again = new TransitionDetail(Optional.of(DecisionRef.of(GRANTED)), List.of(), List.of(), List.of(), Optional.empty(),
                GRANTED.deadlines(), Optional.empty());
        h.add(entry(last(h), h.size() + 1, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CommandType.RECORD_DECISION, Optional.empty(), again));

        assertRejected(h, "is declared again");
    }

    @Test
    void an_extension_beyond_the_maximum_or_of_a_deadline_that_does_not_run_is_rejected() {
        List<Transition> h = reviewedThen();
        Transition t = last(h);
        TransitionDetail tooLong = new TransitionDetail(Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of(),
                Optional.of(DeadlineExtension.of(DECIDE, org.openmla.core.rules.TimeLimit.days(365))));
        List<Transition> extended = new ArrayList<>(h);
        extended.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CommandType.EXTEND_DEADLINE, Optional.of("Reasons."), tooLong));
        assertRejected(extended, "extension.within-maximum");

        TransitionDetail unknown = new TransitionDetail(Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of(),
                Optional.of(DeadlineExtension.of("lcx.99", org.openmla.core.rules.TimeLimit.days(1))));
        List<Transition> other = new ArrayList<>(h);
        other.add(entry(t, h.size() + 1, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CommandType.EXTEND_DEADLINE, Optional.of("Reasons."), unknown));
        assertRejected(other, "extension.deadline-known");
    }

    @Test
    void the_guards_that_read_recorded_facts_are_guards_of_commands_that_carry_a_decision() {
        // the exhaustive switch in HistoryCheck re-checks every other guard from the case; these are re-run on DecisionFacts
        assertThat(DecisionFacts.GUARDS).allSatisfy(g -> assertThat(TransitionTable.standard().rules().stream()
                .filter(r -> TransitionTable.standard().guards(r.command()).contains(g))
                .allMatch(r -> r.command().carriesDecision())).isTrue());
    }
}
