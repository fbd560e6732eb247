package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state against every command: the table's rows are made, everything else is an illegal transition. */
class TransitionMatrixTest {

    static final TransitionTable TABLE = TransitionTable.standard();
    static final Map<CaseState, RequestCase> CASES = new EnumMap<>(CaseState.class);

    static RequestCase caseIn(CaseState state) {
        return CASES.computeIfAbsent(state, CaseWalk::caseIn);
    }

    static Stream<Arguments> allowed() {
        return TABLE.rules().stream().map(r -> Arguments.of(r.from(), r.command(), r.to()));
    }

    static Stream<Arguments> forbidden() {
        List<Arguments> out = new ArrayList<>();
        for (CaseState s : CaseState.values()) {
            for (CommandType c : CommandType.values()) {
                if (TABLE.target(s, c).isEmpty()) {
                    out.add(Arguments.of(s, c));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowed")
    void every_row_of_the_table_is_a_transition_the_lifecycle_makes(CaseState from, CommandType command, CaseState to) {
        RequestCase c = caseIn(from);
        assertThat(c.state()).isEqualTo(from);

        TransitionResult r = RequestLifecycle.standard().apply(c, CaseWalk.wellFormed(command, c), LifecyclePack.clockAt("2026-03-05T08:00:00Z"));

        assertThat(r).as(() -> r instanceof TransitionResult.Rejected j ? j.explain() : "").isInstanceOf(TransitionResult.Applied.class);
        TransitionResult.Applied applied = (TransitionResult.Applied) r;
        assertThat(applied.requestCase().state()).isEqualTo(to);
        assertThat(applied.requestCase().version()).isEqualTo(c.version() + 1);
        assertThat(applied.transition()).satisfies(t -> {
            assertThat(t.from()).isEqualTo(from);
            assertThat(t.to()).isEqualTo(to);
            assertThat(t.command()).isEqualTo(command);
            assertThat(t.actor()).isEqualTo(LifecyclePack.OFFICER);
        });
    }

    @ParameterizedTest(name = "{1} in {0} is illegal")
    @MethodSource("forbidden")
    void every_other_pair_is_an_illegal_transition_and_leaves_the_case_as_it_was(CaseState from, CommandType command) {
        RequestCase c = caseIn(from);

        TransitionResult r = RequestLifecycle.standard().apply(c, CaseWalk.wellFormed(command, c), LifecyclePack.clockAt("2026-03-05T08:00:00Z"));

        assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> {
            assertThat(j.reason()).isEqualTo(TransitionResult.Reason.ILLEGAL_TRANSITION);
            assertThat(j.unmetGuards()).isEmpty();
            assertThat(j.explain()).contains(command + " is not allowed in state " + from);
        });
        assertThat(r.requestCase()).isSameAs(c);
    }

    @Test
    void the_matrix_covers_every_state_and_command() {
        assertThat(allowed().count() + forbidden().count()).isEqualTo((long) CaseState.values().length * CommandType.values().length);
    }

    @Test
    void a_closed_case_accepts_no_command_and_every_other_state_has_a_way_out() {
        assertThat(TABLE.commandsFrom(CaseState.CLOSED)).isEmpty();
        for (CaseState s : CaseState.values()) {
            if (s != CaseState.CLOSED) {
                assertThat(TABLE.commandsFrom(s)).as(s.name()).anyMatch(c -> TABLE.target(s, c).filter(to -> to != s).isPresent());
            }
        }
    }

    @Test
    void every_state_can_be_reached_from_draft() {
        List<CaseState> reached = new ArrayList<>(List.of(CaseState.DRAFT));
        for (int i = 0; i < reached.size(); i++) {
            CaseState s = reached.get(i);
            for (CommandType c : TABLE.commandsFrom(s)) {
                Optional<CaseState> to = TABLE.target(s, c);
                if (to.isPresent() && !reached.contains(to.get())) {
                    reached.add(to.get());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
    }

    @Test
    void the_deadline_events_are_the_documented_commands() {
        assertThat(TABLE.eventCommands()).containsExactly(
                Map.entry(org.openmla.core.rules.DeadlineEvent.RECEIPT, List.of(CommandType.RECEIVE)),
                Map.entry(org.openmla.core.rules.DeadlineEvent.ACKNOWLEDGEMENT, List.of(CommandType.ACKNOWLEDGE)),
                Map.entry(org.openmla.core.rules.DeadlineEvent.DECISION, List.of(CommandType.ACCEPT, CommandType.REFUSE)),
                Map.entry(org.openmla.core.rules.DeadlineEvent.EXECUTION, List.of(CommandType.COMPLETE_EXECUTION)),
                Map.entry(org.openmla.core.rules.DeadlineEvent.ARREST, List.of(CommandType.RECORD_ARREST)),
                Map.entry(org.openmla.core.rules.DeadlineEvent.CONSENT_TO_SURRENDER, List.of(CommandType.RECORD_CONSENT_TO_SURRENDER)));
    }
}
