package org.openmla.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
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
import org.openmla.bench.peers.UntocEvaluations;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.engine.StateProfile;
import org.openmla.testkit.fixtures.Requests;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.resolver.LegalBasisResolver;

/**
 * How long a decision takes once packs are compiled, on the test kit's requests with every assessment given: the
 * engine evaluating a complete UNTOC request under the UNTOC pack, the same with its decision id asked for (the input
 * digest is computed then), an EIO request with three measures, the resolver preparing the evaluation of the UNTOC
 * request (every instrument binding both States: UNTOC, ETS 30 and its protocols, ...), and both. Run: {@code java -jar mla-bench/target/mla-bench.jar DecisionBenchmark -prof gc}.
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
    Evaluation eio;

    @Setup
    public void setUp() {
        engine = RulesEngine.of(BuiltInPacks.registry());
        resolver = BuiltInPacks.resolver();
        request = Requests.untoc().build();
        // the UNTOC pack alone, as the peers decide it
        evaluation = Evaluation.of(request).pack("UNTOC").lawDate(LAW_DATE)
                .requestedState(new StateProfile(request.requestedState(), Set.of(), Set.of(LanguageCode.of("en"), LanguageCode.of("fr"))))
                .requestingState(StateProfile.empty(request.requestingParty().state()))
                .assessments(UntocEvaluations.completeAssessments(AT)).build();
        // through the resolver the request between two Council of Europe members is decided under every instrument that
        // binds both (UNTOC, ETS 30 and its protocols, ...): every question those packs ask is answered, "no" unless UNTOC's
        assessments = new ArrayList<>(UntocEvaluations.completeAssessments(AT));
        Set<String> given = new HashSet<>();
        assessments.forEach(a -> given.add(a.key()));
        Evaluation prepared = resolver.prepare(request, LAW_DATE, assessments).evaluation()
                .orElseThrow(() -> new IllegalStateException("no instrument applies to the benchmark request"));
        for (Evaluation.PackSelector s : prepared.packs()) {
            for (AssessmentKey k : BuiltInPacks.registry().get(s.id()).definition().assessments()) {
                if (given.add(k.id())) {
                    assessments.add(new Assessment(k.id(), false, Optional.empty(), "officer-17", AT, Optional.empty()));
                }
            }
        }
        assessments = List.copyOf(assessments);
        MlaRequest eioRequest = Requests.eio().change(b -> b.measure(Measure.builder(MeasureType.BANK_ACCOUNT_INFORMATION)
                .description("Accounts held by the suspect.").build())).build();
        if (eioRequest.measures().size() != 3) {
            throw new IllegalStateException("the EIO benchmark request should have three measures");
        }
        List<Assessment> eioAssessments = new ArrayList<>();
        for (AssessmentKey k : BuiltInPacks.registry().get("EIO").definition().assessments()) {
            eioAssessments.add(new Assessment(k.id(), false, Optional.empty(), "officer-17", AT, Optional.empty()));
        }
        eio = resolver.prepare(eioRequest, LAW_DATE, eioAssessments).evaluation()
                .orElseThrow(() -> new IllegalStateException("no instrument applies to the EIO benchmark request"));
        for (Decision d : List.of(engine.evaluate(evaluation), engine.evaluate(eio), prepareAndEvaluate())) {
            if (d.outcome() == Outcome.PENDING_ASSESSMENT || d.outcome() == Outcome.ENGINE_ERROR) {
                throw new IllegalStateException("a benchmark request is not complete: " + d.outcome() + " " + d.openQuestions());
            }
        }
    }

    /** @return the decision on a complete UNTOC request */
    @Benchmark
    public Decision evaluate() {
        return engine.evaluate(evaluation);
    }

    /** @return the id of the decision on a complete UNTOC request (the input digest computed) */
    @Benchmark
    public String evaluateWithId() {
        return engine.evaluate(evaluation).decisionId();
    }

    /** @return the decision on a complete EIO request with three measures */
    @Benchmark
    public Decision evaluateEio() {
        return engine.evaluate(eio);
    }

    /** @return the evaluation the resolver prepares for the request */
    @Benchmark
    public Object prepare() {
        return resolver.prepare(request, LAW_DATE, assessments);
    }

    /** @return the decision on the request, prepared by the resolver */
    @Benchmark
    public Decision prepareAndEvaluate() {
        return engine.evaluate(resolver.prepare(request, LAW_DATE, assessments).evaluation().orElseThrow());
    }
}
