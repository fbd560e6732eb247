package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.lifecycle.LifecyclePack.CASE_ID;
import static org.openmla.core.lifecycle.LifecyclePack.OFFICER;
import static org.openmla.core.lifecycle.LifecyclePack.clockAt;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openmla.core.InvalidValueException;
import org.openmla.core.decision.Decision;

/** {@code apply(case, type, actor, expectedVersion, clock)}: the same checks, exceptions and listener calls as applying {@code Command.of}. */
class PlainApplyTest {

    private final RequestLifecycle lifecycle = RequestLifecycle.standard();
    private final Clock clock = clockAt("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(value = CommandType.class, names = {"RECORD_DECISION", "ACCEPT", "REFUSE", "POSTPONE", "RECORD_CONSULTATION", "EXTEND_DEADLINE"})
    void a_command_that_needs_more_than_its_type_is_refused_as_command_of_refuses_it(CommandType type) {
        RequestCase c = RequestCase.create(CASE_ID);
        InvalidValueException expected = catchInvalid(() -> Command.of(type, OFFICER, 0));
        assertThatThrownBy(() -> lifecycle.apply(c, type, OFFICER, 0, clock)).isInstanceOf(InvalidValueException.class)
                .hasMessage(expected.getMessage());
    }

    @Test
    void a_missing_actor_type_or_a_negative_version_is_refused_as_command_of_refuses_it() {
        RequestCase c = RequestCase.create(CASE_ID);
        assertThatThrownBy(() -> lifecycle.apply(c, CommandType.RECEIVE, null, 0, clock))
                .hasMessage(catchInvalid(() -> Command.of(CommandType.RECEIVE, null, 0)).getMessage());
        assertThatThrownBy(() -> lifecycle.apply(c, null, OFFICER, 0, clock))
                .hasMessage(catchInvalid(() -> Command.of(null, OFFICER, 0)).getMessage());
        assertThatThrownBy(() -> lifecycle.apply(c, CommandType.RECEIVE, OFFICER, -1, clock))
                .hasMessage(catchInvalid(() -> Command.of(CommandType.RECEIVE, OFFICER, -1)).getMessage());
        assertThatThrownBy(() -> lifecycle.apply(null, CommandType.RECEIVE, OFFICER, 0, clock)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> lifecycle.apply(c, CommandType.RECEIVE, OFFICER, 0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_command_with_a_decision_is_refused_as_the_command_would_be() {
        RequestCase c = RequestCase.create(CASE_ID);
        Decision granted = LifecyclePack.GRANTED;
        assertThatThrownBy(() -> lifecycle.apply(c, CommandType.RECEIVE, OFFICER, 0, granted, clock)).isInstanceOf(InvalidValueException.class)
                .hasMessage(catchInvalid(() -> new Command(CommandType.RECEIVE, OFFICER, 0, Optional.empty(), Optional.of(granted), List.of(), List.of(),
                        Optional.empty(), Optional.empty())).getMessage());
        assertThatThrownBy(() -> lifecycle.apply(c, CommandType.ACCEPT, null, 0, granted, clock))
                .hasMessage(catchInvalid(() -> Command.accept(null, 0, granted)).getMessage());
        assertThatThrownBy(() -> lifecycle.apply(c, CommandType.ACCEPT, OFFICER, -1, granted, clock))
                .hasMessage(catchInvalid(() -> Command.accept(OFFICER, -1, granted)).getMessage());
        assertThatThrownBy(() -> lifecycle.apply(c, null, OFFICER, 0, granted, clock)).isInstanceOf(InvalidValueException.class)
                .hasMessage(catchInvalid(() -> new Command(null, OFFICER, 0, Optional.empty(), Optional.of(granted), List.of(), List.of(),
                        Optional.empty(), Optional.empty())).getMessage());
        assertThatThrownBy(() -> lifecycle.apply(c, CommandType.ACCEPT, OFFICER, 0, (Decision) null, clock)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> lifecycle.apply(null, CommandType.ACCEPT, OFFICER, 0, granted, clock)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_decision_recorded_and_accepted_by_its_parts_is_the_case_the_commands_make() {
        RequestCase c = CaseWalk.caseIn(CaseState.UNDER_REVIEW);
        Clock later = clockAt("2026-03-09T08:00:00Z");
        RequestCase byParts = lifecycle.apply(c, CommandType.RECORD_DECISION, OFFICER, c.version(), LifecyclePack.GRANTED, later).requestCase();
        byParts = lifecycle.apply(byParts, CommandType.ACCEPT, OFFICER, byParts.version(), LifecyclePack.GRANTED, later).requestCase();
        RequestCase byCommands = lifecycle.apply(c, Command.recordDecision(OFFICER, c.version(), LifecyclePack.GRANTED), later).requestCase();
        byCommands = lifecycle.apply(byCommands, Command.accept(OFFICER, byCommands.version(), LifecyclePack.GRANTED), later).requestCase();

        assertThat(byParts.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(byParts).isEqualTo(byCommands);
        assertThat(byParts.deadlines()).isEqualTo(byCommands.deadlines());
        assertThat(byParts.acceptedMeasures()).isEqualTo(byCommands.acceptedMeasures());
    }

    @Test
    void listeners_hear_of_transitions_and_rejections_as_they_do_for_commands() {
        List<String> calls = new ArrayList<>();
        RequestLifecycle heard = RequestLifecycle.builder().listener(new LifecycleListener() {
            @Override
            public void onTransition(RequestCase before, Transition t, RequestCase after) {
                calls.add(before.version() + "->" + after.version() + " " + t.command() + " by " + t.actor().officerId());
            }

            @Override
            public void onRejection(TransitionResult.Rejected rejected) {
                calls.add("rejected " + rejected.command() + " " + rejected.reason());
            }
        }).build();
        RequestCase received = heard.apply(RequestCase.create(CASE_ID), CommandType.RECEIVE, OFFICER, 0, clock).requestCase();
        heard.apply(received, CommandType.START_REVIEW, OFFICER, 0, clock);
        heard.apply(received, CommandType.CLOSE, OFFICER, 1, clock);
        heard.apply(received, CommandType.ACKNOWLEDGE, OFFICER, 1, clock);

        assertThat(calls).containsExactly("0->1 RECEIVE by off-0017", "rejected START_REVIEW STALE_VERSION", "rejected CLOSE ILLEGAL_TRANSITION",
                "1->2 ACKNOWLEDGE by off-0017");
    }

    @Test
    void a_guard_not_met_is_reported_with_the_full_check() {
        RequestCase received = lifecycle.apply(RequestCase.create(CASE_ID), CommandType.RECEIVE, OFFICER, 0, clock).requestCase();
        RequestCase acknowledged = lifecycle.apply(received, CommandType.ACKNOWLEDGE, OFFICER, 1, clock).requestCase();

        TransitionResult again = lifecycle.apply(acknowledged, CommandType.ACKNOWLEDGE, OFFICER, 2, clock);

        assertThat(again).isEqualTo(lifecycle.apply(acknowledged, Command.of(CommandType.ACKNOWLEDGE, OFFICER, 2), clock));
        assertThat(((TransitionResult.Rejected) again).guards()).containsExactly(Guard.ACKNOWLEDGE_ONCE);
    }

    private static InvalidValueException catchInvalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("no InvalidValueException");
    }
}
