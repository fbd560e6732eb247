package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.openmla.core.decision.Decision;
import org.openmla.core.rules.TimeLimit;

/**
 * Random command sequences, mostly ones the table allows from the current state, some illegal, some stale: whatever
 * happens, the history only grows, a rejection leaves the snapshot as it was, and replaying any prefix of the history
 * rebuilds the snapshot it produced.
 */
class ReplayProperties {

    static final List<Decision> DECISIONS = List.of(GRANTED, ESSENTIAL_INTERESTS, INTERFERES, NO_DUAL_CRIMINALITY, DEFICIENT, POLITICAL_OPEN,
            URGENT, DISCRIMINATORY);
    static final List<String> GROUNDS = List.of("ESSENTIAL_INTERESTS", "DUAL_CRIMINALITY", "BANK_SECRECY", "lcx.3.2.a", "POLITICAL_OFFENCE");
    static final List<String> DEADLINES = List.of(ACK, DECIDE, EXECUTE);
    static final RequestLifecycle LIFECYCLE = RequestLifecycle.standard();

    /** One step: which command (an index into the allowed ones, or any), its variant, and how long after the last. */
    record Step(int pick, int variant, int minutesLater) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 60 * 24 * 20)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void replaying_the_history_rebuilds_every_snapshot(@ForAll("steps") List<Step> steps) {
        RequestCase c = RequestCase.create(CASE_ID);
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        List<RequestCase> snapshots = new ArrayList<>(List.of(c));
        for (Step s : steps) {
            now = now.plus(Duration.ofMinutes(s.minutesLater()));
            Command command = command(c, s);
            TransitionResult r = LIFECYCLE.apply(c, command, Clock.fixed(now, ZoneOffset.UTC));
            if (r instanceof TransitionResult.Applied a) {
                assertThat(a.requestCase().history().subList(0, c.history().size())).isEqualTo(c.history());
                assertThat(a.requestCase().history()).hasSize(c.history().size() + 1).last().isEqualTo(a.transition());
                c = a.requestCase();
                snapshots.add(c);
            } else {
                assertThat(r.requestCase()).isSameAs(c);
            }
            Statistics.label("result").collect(r instanceof TransitionResult.Rejected j ? j.reason().name() : "APPLIED");
        }
        snapshots.stream().map(RequestCase::state).distinct().forEach(state -> Statistics.label("states reached").collect(state));
        for (RequestCase snapshot : snapshots) {
            RequestCase replayed = RequestCase.replay(CASE_ID, snapshot.history());
            assertThat(replayed).isEqualTo(snapshot);
            assertThat(replayed.deadlines()).isEqualTo(snapshot.deadlines());
            assertThat(replayed.acceptedMeasures()).isEqualTo(snapshot.acceptedMeasures());
            assertThat(replayed.executedMeasures()).isEqualTo(snapshot.executedMeasures());
        }
    }

    static Command command(RequestCase c, Step s) {
        List<CommandType> allowed = new ArrayList<>(TransitionTable.standard().commandsFrom(c.state()));
        if (s.pick() % 31 != 0 && allowed.stream().anyMatch(t -> t != CommandType.WITHDRAW && t != CommandType.CLOSE)) {
            allowed.removeIf(t -> t == CommandType.WITHDRAW || t == CommandType.CLOSE); // end cases rarely, to walk deeper
        }
        List<CommandType> moving = allowed.stream().filter(t -> TransitionTable.standard().target(c.state(), t).orElseThrow() != c.state()).toList();
        if (s.pick() % 3 != 0 && !moving.isEmpty()) {
            allowed = new ArrayList<>(moving); // and mostly move on
        }
        CommandType type = s.pick() % 10 == 0 || allowed.isEmpty()
                ? CommandType.values()[s.variant() % CommandType.values().length]
                : allowed.get(s.pick() % allowed.size());
        long version = s.pick() % 17 == 0 ? Math.max(0, c.version() - 1 - s.variant() % 2) : c.version();
        int v = s.variant();
        Actor actor = v % 3 == 0 ? SUPERVISOR : OFFICER;
        if (v % 3 == 0 && version == c.version()) {
            // one that tends to meet the guards, to walk deeper: consult first where a refusal or postponement needs it
            boolean needsConsultation = (type == CommandType.REFUSE || type == CommandType.POSTPONE) && c.consultations().isEmpty();
            if (needsConsultation && c.state() == CaseState.IN_CONSULTATION) {
                return CaseWalk.wellFormed(CommandType.RECORD_CONSULTATION, c);
            }
            if (needsConsultation && c.state() == CaseState.UNDER_REVIEW) {
                return Command.of(CommandType.CONSULT, actor, version);
            }
            return CaseWalk.wellFormed(type, c);
        }
        Decision decision = DECISIONS.get(v % DECISIONS.size());
        List<Integer> subset = subset(v / 7);
        Command command = switch (type) {
            case RECORD_DECISION -> Command.recordDecision(actor, version, decision);
            case ACCEPT -> subset.size() == 3 ? Command.accept(actor, version, decision) : Command.acceptMeasures(actor, version, decision, subset);
            case REFUSE -> Command.refuse(actor, version, decision, GROUNDS.get(v / 11 % GROUNDS.size()));
            case POSTPONE -> Command.postpone(actor, version, decision);
            case RECORD_CONSULTATION -> Command.recordConsultation(actor, version,
                    ConsultationRecord.covering(decision, ConsultationRecord.Result.values()[v % ConsultationRecord.Result.values().length]));
            case EXECUTE_PARTIALLY -> Command.executePartially(actor, version, v % 5 == 0 ? List.of() : subset);
            case EXTEND_DEADLINE -> Command.extendDeadline(actor, version, DEADLINES.get(v % 3), TimeLimit.days(1 + v % 15));
            default -> Command.of(type, actor, version);
        };
        return v % 4 == 0 ? command : command.because("Reasons " + v);
    }

    /** A non-empty subset of the three measures. */
    static List<Integer> subset(int bits) {
        int mask = 1 + bits % 7;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(i);
            }
        }
        return out;
    }
}
