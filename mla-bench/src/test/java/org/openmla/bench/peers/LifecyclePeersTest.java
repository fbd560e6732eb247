package org.openmla.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.decision.Outcome;

/** Every lifecycle peer walks the benchmark's path through the same states as ours, and rejects what ours rejects on it. */
class LifecyclePeersTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private final OurLifecyclePath ours = new OurLifecyclePath();
    private final Outcome granted = ours.decision().outcome();

    @Test
    void every_peer_walks_the_path_through_the_same_states_as_our_lifecycle() {
        List<CaseState> ourStates = new ArrayList<>();
        RequestCase c = ours.newCase();
        for (CommandType type : LifecyclePath.COMMANDS) {
            c = ((TransitionResult.Applied) ours.step(c, type)).requestCase();
            ourStates.add(c.state());
        }
        assertThat(ourStates).isEqualTo(LifecyclePath.STATES);
        assertThat(ours.walk().history()).hasSize(10);
        assertThat(ours.walkWithCommands()).as("the same case whether the steps are given as Commands or by their parts").isEqualTo(ours.walk());

        List<CaseState> switched = new ArrayList<>();
        SwitchLifecycle.Case sc = SwitchLifecycle.Case.create();
        for (CommandType type : LifecyclePath.COMMANDS) {
            sc = SwitchLifecycle.apply(sc, type, sc.version(), outcome(type), AT).orElseThrow();
            switched.add(sc.state());
        }
        assertThat(switched).isEqualTo(LifecyclePath.STATES);
        assertThat(sc.version()).isEqualTo(10);

        Stateless4jLifecycle stateless = new Stateless4jLifecycle();
        SpringStateMachineLifecycle spring = new SpringStateMachineLifecycle();
        CaseState s = CaseState.DRAFT;
        CaseState sp = CaseState.DRAFT;
        List<CaseState> viaStateless = new ArrayList<>();
        List<CaseState> viaSpring = new ArrayList<>();
        for (CommandType type : LifecyclePath.COMMANDS) {
            s = stateless.apply(s, type, outcome(type));
            viaStateless.add(s);
            sp = spring.apply(sp, type, outcome(type)).orElseThrow();
            viaSpring.add(sp);
        }
        assertThat(viaStateless).isEqualTo(LifecyclePath.STATES);
        assertThat(viaSpring).isEqualTo(LifecyclePath.STATES);
    }

    @Test
    void every_peer_rejects_a_command_out_of_turn_and_an_acceptance_on_a_refusal() {
        RequestCase received = ((TransitionResult.Applied) ours.step(ours.newCase(), CommandType.RECEIVE)).requestCase();
        assertThat(ours.step(received, CommandType.ACCEPT)).isInstanceOf(TransitionResult.Rejected.class);
        assertThat(SwitchLifecycle.apply(new SwitchLifecycle.Case(CaseState.RECEIVED, 1, null), CommandType.ACCEPT, 1, granted, AT)).isEmpty();
        assertThat(SwitchLifecycle.apply(new SwitchLifecycle.Case(CaseState.UNDER_REVIEW, 3, null), CommandType.ACCEPT, 3, Outcome.MAY_REFUSE, AT))
                .isEmpty();
        Stateless4jLifecycle stateless = new Stateless4jLifecycle();
        assertThatThrownBy(() -> stateless.apply(CaseState.RECEIVED, CommandType.ACCEPT, granted)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stateless.apply(CaseState.UNDER_REVIEW, CommandType.ACCEPT, Outcome.MAY_REFUSE))
                .isInstanceOf(IllegalStateException.class);
        SpringStateMachineLifecycle spring = new SpringStateMachineLifecycle();
        assertThat(spring.apply(CaseState.RECEIVED, CommandType.ACCEPT, granted)).isEmpty();
        assertThat(spring.apply(CaseState.UNDER_REVIEW, CommandType.ACCEPT, Outcome.MAY_REFUSE)).isEmpty();
        assertThat(spring.apply(CaseState.UNDER_REVIEW, CommandType.ACCEPT, granted)).contains(CaseState.ACCEPTED);
    }

    private Outcome outcome(CommandType type) {
        return type.carriesDecision() ? granted : null;
    }
}
