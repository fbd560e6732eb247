package org.openmla.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openmla.bench.peers.EasyRulesUntoc;
import org.openmla.bench.peers.HandWrittenUntoc;
import org.openmla.bench.peers.LifecyclePath;
import org.openmla.bench.peers.OurLifecyclePath;
import org.openmla.bench.peers.PeerDecision;
import org.openmla.bench.peers.SpringStateMachineLifecycle;
import org.openmla.bench.peers.Stateless4jLifecycle;
import org.openmla.bench.peers.SwitchLifecycle;
import org.openmla.bench.peers.UntocEvaluations;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;

/**
 * Our engine and lifecycle side by side with the peers a user would pick instead, on the same work (PeersAgreeTest and
 * LifecyclePeersTest check that it is the same): a complete UNTOC decision ({@code decide*}, one op is one decision,
 * cycling through 64 generated requests), and one step of the ten-step lifecycle path ({@code step*}, one op is
 * one step). Run: {@code java -jar mla-bench/target/mla-bench.jar PeersBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PeersBenchmark {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    RulesEngine engine;
    EasyRulesUntoc easyPerFact;
    EasyRulesUntoc easyMap;
    List<Evaluation> evaluations;
    int next;

    OurLifecyclePath ours;
    Outcome granted;
    Stateless4jLifecycle stateless;
    SpringStateMachineLifecycle spring;

    @Setup
    public void setUp() {
        engine = RulesEngine.of(BuiltInPacks.registry());
        easyPerFact = new EasyRulesUntoc(EasyRulesUntoc.Style.FACT_PER_ASSESSMENT);
        easyMap = new EasyRulesUntoc(EasyRulesUntoc.Style.MAP_FACT);
        evaluations = UntocEvaluations.generate(18, 64);
        ours = new OurLifecyclePath();
        granted = ours.decision().outcome();
        stateless = new Stateless4jLifecycle();
        spring = new SpringStateMachineLifecycle();
    }

    private Evaluation nextEvaluation() {
        Evaluation e = evaluations.get(next);
        next = (next + 1) & 63;
        return e;
    }

    /** @return our engine's decision */
    @Benchmark
    public Decision decideEngine() {
        return engine.evaluate(nextEvaluation());
    }

    /**
     * @return our engine's decision, its findings read: a decision keeps its results in columns and makes the
     *     {@code Finding} objects when they are first asked for, which this one does
     */
    @Benchmark
    public Decision decideEngineFindingsRead() {
        Decision d = engine.evaluate(nextEvaluation());
        d.findings().get(0);
        return d;
    }

    /** @return the hand-written evaluator's decision */
    @Benchmark
    public PeerDecision decideHandWritten() {
        return HandWrittenUntoc.decide(nextEvaluation());
    }

    /** @return Easy Rules' decision, assessments in one map fact */
    @Benchmark
    public PeerDecision decideEasyRulesMapFact() {
        return easyMap.decide(nextEvaluation());
    }

    /** @return Easy Rules' decision, one fact per assessment */
    @Benchmark
    public PeerDecision decideEasyRulesFactPerAssessment() {
        return easyPerFact.decide(nextEvaluation());
    }

    /** @return the case after the path, with our lifecycle */
    @Benchmark
    @OperationsPerInvocation(10)
    public RequestCase stepOurLifecycle() {
        return ours.walk();
    }

    /** @return the case after the path, with our lifecycle, every step given a {@link org.openmla.core.lifecycle.Command} */
    @Benchmark
    @OperationsPerInvocation(10)
    public RequestCase stepOurLifecycleCommands() {
        return ours.walkWithCommands();
    }

    /** @return the case after the path, with a hand-written switch */
    @Benchmark
    @OperationsPerInvocation(10)
    public SwitchLifecycle.Case stepSwitch() {
        SwitchLifecycle.Case c = SwitchLifecycle.Case.create();
        for (CommandType type : LifecyclePath.COMMANDS) {
            c = SwitchLifecycle.apply(c, type, c.version(), type.carriesDecision() ? granted : null, AT).orElseThrow();
        }
        return c;
    }

    /** @return the state after the path, with stateless4j */
    @Benchmark
    @OperationsPerInvocation(10)
    public CaseState stepStateless4j() {
        CaseState s = CaseState.DRAFT;
        for (CommandType type : LifecyclePath.COMMANDS) {
            s = stateless.apply(s, type, type.carriesDecision() ? granted : null);
        }
        return s;
    }

    /** @param bh sink */
    @Benchmark
    @OperationsPerInvocation(10)
    public void stepSpringStatemachine(Blackhole bh) {
        CaseState s = CaseState.DRAFT;
        for (CommandType type : LifecyclePath.COMMANDS) {
            s = spring.apply(s, type, type.carriesDecision() ? granted : null).orElseThrow();
        }
        bh.consume(s);
    }
}
