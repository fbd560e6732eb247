package org.openmla.bench;

import java.time.Instant;
import java.time.LocalDate;
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
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Evaluation;
import org.openmla.core.rules.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.testkit.fixtures.Requests;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.resolver.LegalBasisResolver;

/**
 * How long a decision takes once packs are compiled: the engine evaluating a complete UNTOC request (the
 * resolver's work done beforehand), and the resolver preparing the evaluation (legal basis, profiles, system
 * assessments). Run: {@code java -jar mla-bench/target/mla-bench.jar DecisionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecisionBenchmark {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    RulesEngine engine;
    LegalBasisResolver resolver;
    MlaRequest request;
    List<Assessment> assessments;
    Evaluation evaluation;

    @Setup
    public void setUp() {
        engine = RulesEngine.of(BuiltInPacks.registry());
        resolver = BuiltInPacks.resolver();
        request = Requests.untoc().build();
        assessments = StandardAssessments.all().stream()
                .filter(k -> k != StandardAssessments.MLA_TREATY_BINDS && k != StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS)
                .map(k -> Assessment.of(k, k == StandardAssessments.DUAL_CRIMINALITY || k == StandardAssessments.DETAINED_PERSON_CONSENT,
                        "bench", AT, null))
                .toList();
        evaluation = resolver.prepare(request, LAW_DATE, assessments).evaluation()
                .orElseThrow(() -> new IllegalStateException("no instrument applies to the benchmark request"));
    }

    /** @return the decision on a complete UNTOC request */
    @Benchmark
    public Decision evaluate() {
        return engine.evaluate(evaluation);
    }

    /** @return the evaluation the resolver prepares for the request */
    @Benchmark
    public Object prepare() {
        return resolver.prepare(request, LAW_DATE, assessments);
    }
}
