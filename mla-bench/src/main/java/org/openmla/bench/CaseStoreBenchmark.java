package org.openmla.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.DecisionRef;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionDetail;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.rules.TimeLimit;
import org.openmla.store.CaseStore;
import org.openmla.store.DueCaseDeadline;
import org.openmla.store.StoredCase;
import org.openmla.testkit.fixtures.Requests;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The case store on H2 in memory holding a caseload of {@code cases} requests received over the last 120 days, each
 * with an acknowledgement deadline (5 days) and a decision deadline (30 days), most met: how long "what is overdue
 * now?" takes from the deadline index ({@link CaseStore#dueBefore}), against loading one case with its history. The
 * target for 100,000 cases is under 50 ms for the overdue query. Filling the database takes a few minutes per benchmark. Run:
 * {@code java -jar mla-bench/target/mla-bench.jar CaseStoreBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaseStoreBenchmark {

    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    static final Actor OFFICER = Actor.of("off-0017", "CASE_OFFICER");
    static final RunningDeadline ACKNOWLEDGE = new RunningDeadline("BENCH_ACK", Citation.parse("UNTOC art. 18(13)"), "Acknowledge receipt.",
            DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.ACKNOWLEDGEMENT, TimeLimit.days(5)), false);
    static final RunningDeadline DECIDE = new RunningDeadline("BENCH_DECIDE", Citation.parse("UNTOC art. 18(24)"), "Decide on the request.",
            DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION, TimeLimit.days(30)), false);
    static final DecisionRef GRANT = new DecisionRef("dec-bench", "sha256:0f", Outcome.GRANT, false, List.of(Outcome.GRANT, Outcome.GRANT),
            java.time.LocalDate.of(2026, 7, 1), List.of(new PackRef("UNTOC", "1.0.0")));

    @Param("100000")
    int cases;

    CaseStore store;
    RequestId someCase;

    @Setup
    public void fill() throws Exception {
        store = CaseStore.open("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", DeadlineCalendar.of(ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        List<Future<?>> done = new ArrayList<>();
        int slice = 1000;
        for (int from = 0; from < cases; from += slice) {
            int start = from;
            done.add(pool.submit(() -> {
                for (int i = start; i < Math.min(cases, start + slice); i++) {
                    String id = String.format("BENCH-%07d", i);
                    MlaRequest request = Requests.untoc().withId(id).build();
                    store.save(request, history(RequestId.of(id), i));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        someCase = RequestId.of(String.format("BENCH-%07d", cases / 2));
    }

    /**
     * Received {@code i mod 120} days before now; acknowledged after 2 days (every 50th case never), decided after 20
     * days (every 20th case never): some 1 in 20 cases older than 30 days is overdue.
     */
    static RequestCase history(RequestId id, int i) {
        Instant received = NOW.minus(Duration.ofDays(i % 120)).minus(Duration.ofMinutes(i % 1440));
        List<Transition> h = new ArrayList<>();
        h.add(new Transition(1, received, OFFICER, CaseState.DRAFT, CaseState.RECEIVED, CommandType.RECEIVE, Optional.empty(), TransitionDetail.NONE));
        h.add(new Transition(2, received.plusSeconds(60), OFFICER, CaseState.RECEIVED, CaseState.RECEIVED, CommandType.RECORD_DECISION, Optional.empty(),
                new TransitionDetail(Optional.of(GRANT), List.of(), List.of(), List.of(), Optional.empty(), List.of(ACKNOWLEDGE, DECIDE), Optional.empty())));
        Instant ack = received.plus(Duration.ofDays(2));
        if (i % 50 != 0 && ack.isBefore(NOW)) {
            h.add(new Transition(3, ack, OFFICER, CaseState.RECEIVED, CaseState.RECEIVED, CommandType.ACKNOWLEDGE, Optional.empty(), TransitionDetail.NONE));
            h.add(new Transition(4, ack.plusSeconds(60), OFFICER, CaseState.RECEIVED, CaseState.UNDER_REVIEW, CommandType.START_REVIEW, Optional.empty(),
                    TransitionDetail.NONE));
            Instant decided = received.plus(Duration.ofDays(20));
            if (i % 20 != 0 && decided.isBefore(NOW)) {
                h.add(new Transition(5, decided, OFFICER, CaseState.UNDER_REVIEW, CaseState.ACCEPTED, CommandType.ACCEPT, Optional.empty(),
                        new TransitionDetail(Optional.of(GRANT), List.of(0, 1), List.of(), List.of(), Optional.empty(), List.of(), Optional.empty())));
            }
        }
        return RequestCase.replay(id, h);
    }

    /** @return every deadline overdue now, from the index */
    @Benchmark
    public List<DueCaseDeadline> overdueNow() {
        return store.dueBefore(NOW);
    }

    /** @return the 100 most overdue deadlines, from the index */
    @Benchmark
    public List<DueCaseDeadline> hundredMostOverdue() {
        return store.dueBefore(NOW, 100);
    }

    /** @return one case loaded, its history replayed and verified */
    @Benchmark
    public Optional<StoredCase> loadOneCase() {
        return store.load(someCase);
    }
}
