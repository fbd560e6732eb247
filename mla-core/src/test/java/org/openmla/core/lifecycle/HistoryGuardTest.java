package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.lifecycle.LifecyclePack.CASE_ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openmla.core.InvalidValueException;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.RunningDeadline;

/**
 * Every guard, read back: for each guard's scenario of {@link GuardTest}, the entry the lifecycle would have written had
 * it not checked its guards is appended to the case's history; reading that history back rejects it, naming the guard
 * (or, where the model itself cannot hold such an entry, refusing to build it). The entry the passing command writes
 * reads back. The guards that read the decision beyond its outcomes ({@link DecisionFacts#GUARDS}) are re-run on the
 * facts the entry's reference records.
 */
class HistoryGuardTest {

    /** What {@link RequestLifecycle} records for a command, written here without its guards. */
    static Transition unguarded(RequestCase c, Command cmd, Instant at) {
        Optional<Decision> decision = cmd.decision();
        List<RunningDeadline> declared = new ArrayList<>();
        if (decision.isPresent()) {
            Set<String> known = new LinkedHashSet<>();
            c.deadlines().forEach(d -> known.add(d.ruleId()));
            decision.get().deadlines().stream().filter(d -> known.add(d.ruleId())).forEach(declared::add);
        }
        List<Integer> accepted = cmd.type() != CommandType.ACCEPT ? List.of()
                : cmd.measures().isEmpty() ? IntStream.range(0, decision.orElseThrow().measures().size()).boxed().toList() : cmd.measures();
        List<Integer> executed = switch (cmd.type()) {
            case EXECUTE_PARTIALLY -> cmd.measures();
            case COMPLETE_EXECUTION -> {
                Set<Integer> left = new TreeSet<>(c.acceptedMeasures());
                left.removeAll(c.executedMeasures());
                yield List.copyOf(left);
            }
            default -> List.of();
        };
        CaseState to = TransitionTable.standard().target(c.state(), cmd.type()).orElseThrow();
        return new Transition(c.version() + 1, at, cmd.actor(), c.state(), to, cmd.type(), cmd.reason(), new TransitionDetail(
                decision.map(DecisionRef::of), accepted, executed, cmd.groundIds(), cmd.consultation(), declared, cmd.extension()));
    }

    static List<Transition> with(RequestCase c, Transition t) {
        List<Transition> h = new ArrayList<>(c.history());
        h.add(t);
        return h;
    }

    @ParameterizedTest
    @EnumSource(Guard.class)
    void an_entry_that_does_not_meet_the_guard_is_rejected_when_read(Guard guard) {
        GuardTest.Scenario s = GuardTest.SCENARIOS.get(guard);
        RequestCase c = s.given().get();
        Command failing = s.failing().apply(c);

        Transition forged;
        try {
            forged = unguarded(c, failing, s.failingClock().instant());
        } catch (InvalidValueException notEvenBuilt) {
            return; // the model cannot hold the entry, so no reader can return it (e.g. a measure the decision does not have)
        }
        assertThatThrownBy(() -> RequestCase.replay(CASE_ID, with(c, forged))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("history[" + c.history().size() + "]").hasMessageContaining(guard.id());
    }

    @ParameterizedTest
    @EnumSource(Guard.class)
    void the_entry_the_lifecycle_writes_for_the_passing_command_reads_back(Guard guard) {
        GuardTest.Scenario s = GuardTest.SCENARIOS.get(guard);
        RequestCase c = s.given().get();
        TransitionResult r = GuardTest.LIFECYCLE.apply(c, s.passing().apply(c), GuardTest.NOW);
        RequestCase after = r.requestCase();

        assertThat(unguarded(c, s.passing().apply(c), GuardTest.NOW.instant())).isEqualTo(after.history().get(after.history().size() - 1));
        assertThat(RequestCase.replay(CASE_ID, new ArrayList<>(after.history()))).isEqualTo(after);
    }

    @ParameterizedTest
    @EnumSource(Guard.class)
    void a_reference_without_facts_is_not_checked_against_the_guards_that_read_them(Guard guard) {
        GuardTest.Scenario s = GuardTest.SCENARIOS.get(guard);
        RequestCase c = s.given().get();
        Transition forged;
        try {
            forged = unguarded(c, s.failing().apply(c), s.failingClock().instant());
        } catch (InvalidValueException notEvenBuilt) {
            return;
        }
        Optional<DecisionRef> ref = forged.detail().decision();
        if (!DecisionFacts.GUARDS.contains(guard) || ref.isEmpty()) {
            return;
        }
        DecisionRef d = ref.get();
        TransitionDetail x = forged.detail();
        Transition withoutFacts = new Transition(forged.version(), forged.at(), forged.actor(), forged.from(), forged.to(), forged.command(),
                forged.reason(), new TransitionDetail(Optional.of(new DecisionRef(d.decisionId(), d.inputDigest(), d.outcome(), d.partial(),
                        d.measureOutcomes(), d.lawDate(), d.packs())), x.acceptedMeasures(), x.executedMeasures(), x.groundIds(), x.consultation(),
                        x.declaredDeadlines(), x.extension()));
        // the documented limit of older case documents: CaseDocument.guardsNotRechecked() names these guards
        try {
            RequestCase.replay(CASE_ID, with(c, withoutFacts));
        } catch (InvalidValueException e) {
            assertThat(e.getMessage()).doesNotContain(guard.id());
        }
    }
}
