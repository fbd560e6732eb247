package org.openmla.bench;

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
import org.openmla.bench.peers.UntocEvaluations;
import org.openmla.core.internal.rules.InputDigest;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.PackRef;

/**
 * The input digest of a complete UNTOC evaluation on its own: {@code sameRequest} digests evaluations of one request
 * (its part memoised), {@code newRequests} cycles through 1,024 requests (the memo keeps 64). Run:
 * {@code java -jar mla-bench/target/mla-bench.jar DigestBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DigestBenchmark {

    private static final List<PackRef> PACKS = List.of(new PackRef("UNTOC", "1.0.0"));
    List<Evaluation> evaluations;
    int next;

    @Setup
    public void setUp() {
        evaluations = UntocEvaluations.generate(18, 1024);
    }

    /** @return the digest of an evaluation whose request was digested before */
    @Benchmark
    public String sameRequest() {
        return InputDigest.of(evaluations.get(0), PACKS);
    }

    /** @return the digest of the next of 1,024 evaluations of different requests */
    @Benchmark
    public String newRequests() {
        next = (next + 1) & 1023;
        return InputDigest.of(evaluations.get(next), PACKS);
    }
}
