package org.openmla.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.Outcome;
import org.openmla.testkit.fixtures.Requests;

/**
 * What a case's history costs: an eight-step path from receipt to closing, a step on a case with a 300-entry history,
 * and reading that history back (the whole-history check a stored case gets once). Run:
 * {@code java -jar mla-bench/target/mla-bench.jar HistoryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HistoryBenchmark {

    static final Actor OFFICER = Actor.of("officer-17", "CENTRAL_AUTHORITY");

    RequestLifecycle lifecycle;
    Clock clock;
    Decision granted;
    RequestCase draft;
    RequestCase longCase;

    @Setup
    public void setUp() {
        lifecycle = RequestLifecycle.standard();
        MlaRequest request = Requests.untoc().build();
        clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        List<MeasureResult> measures = new ArrayList<>();
        for (int i = 0; i < request.measures().size(); i++) {
            measures.add(new MeasureResult(i, request.measures().get(i).type(), Outcome.GRANT, List.of()));
        }
        granted = new Decision("d-bench", "sha256:bench", request.id(), LocalDate.of(2026, 3, 1), List.of(), Outcome.GRANT, false, measures,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        draft = RequestCase.create(request.id());
        RequestCase c = step(draft, CommandType.RECEIVE);
        c = step(c, CommandType.START_REVIEW);
        while (c.history().size() < 300) {
            c = lifecycle.apply(c, Command.recordDecision(OFFICER, c.version(), granted), clock).requestCase();
        }
        longCase = c;
    }

    private RequestCase step(RequestCase c, CommandType type) {
        return lifecycle.apply(c, Command.of(type, OFFICER, c.version()), clock).requestCase();
    }

    /** @return the case after receipt, acknowledgement, a decision, review, acceptance, execution and closing */
    @Benchmark
    public RequestCase eightStepPath() {
        RequestCase c = step(draft, CommandType.RECEIVE);
        c = step(c, CommandType.ACKNOWLEDGE);
        c = lifecycle.apply(c, Command.recordDecision(OFFICER, c.version(), granted), clock).requestCase();
        c = step(c, CommandType.START_REVIEW);
        c = lifecycle.apply(c, Command.accept(OFFICER, c.version(), granted), clock).requestCase();
        c = step(c, CommandType.START_EXECUTION);
        c = step(c, CommandType.COMPLETE_EXECUTION);
        return step(c, CommandType.CLOSE);
    }

    /** @return one more decision recorded on a case with 300 history entries */
    @Benchmark
    public TransitionResult stepOnLongHistory() {
        return lifecycle.apply(longCase, Command.recordDecision(OFFICER, longCase.version(), granted), clock);
    }

    /** @return the 300-entry case rebuilt from its history, checked whole */
    @Benchmark
    public RequestCase replayLongHistory() {
        return RequestCase.replay(longCase.caseId(), new ArrayList<>(longCase.history()));
    }
}
