package org.openmla.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.openmla.core.json.MlaJson;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.MlaRequest;
import org.openmla.testkit.fixtures.Requests;

/**
 * How long a lifecycle transition and reading a request from JSON take. Run:
 * {@code java -jar mla-bench/target/mla-bench.jar LifecycleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LifecycleBenchmark {

    static final Actor OFFICER = Actor.of("officer-17", "CENTRAL_AUTHORITY");

    RequestLifecycle lifecycle;
    RequestCase received;
    Clock clock;
    MlaJson json;
    String requestJson;

    @Setup
    public void setUp() {
        lifecycle = RequestLifecycle.standard();
        MlaRequest request = Requests.untoc().build();
        clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        received = lifecycle.apply(RequestCase.create(request.id()), Command.of(CommandType.RECEIVE, OFFICER, 0), clock).requestCase();
        json = MlaJson.create();
        requestJson = json.writeRequest(request);
    }

    /** @return the case after starting the review */
    @Benchmark
    public TransitionResult startReview() {
        return lifecycle.apply(received, Command.of(CommandType.START_REVIEW, OFFICER, received.version()), clock);
    }

    /** @return the request read from its JSON document, all checks included */
    @Benchmark
    public MlaRequest readRequestJson() {
        return json.readRequest(requestJson);
    }
}
