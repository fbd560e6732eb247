package org.openmla.bench;

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

/**
 * What the resolver costs when it has not seen the pair of States on the date lately: {@link DecisionBenchmark#prepare}
 * measures the request it has prepared before (the pair's resolution, the check and the pack choice are kept per
 * resolver), this one moves the law date by a day at every call, over more dates than the resolver keeps, so that every
 * call works the resolution out anew. Run: {@code java -jar mla-bench/target/mla-bench.jar ResolverBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResolverBenchmark {

    /** More dates than the resolver keeps pairs and dates, so none is found kept. */
    static final int DATES = 1000;

    DecisionBenchmark decisions;
    int day;

    @Setup
    public void setUp() {
        decisions = new DecisionBenchmark();
        decisions.setUp();
    }

    /** @return the evaluation the resolver prepares for the request on a date it has not resolved the pair for lately */
    @Benchmark
    public Object prepareNewDate() {
        day = (day + 1) % DATES;
        return decisions.resolver.prepare(decisions.request, DecisionBenchmark.LAW_DATE.plusDays(day), decisions.assessments);
    }
}
