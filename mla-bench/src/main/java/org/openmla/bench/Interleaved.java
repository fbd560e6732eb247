package org.openmla.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.openmla.bench.peers.EasyRulesUntoc;
import org.openmla.bench.peers.HandWrittenUntoc;
import org.openmla.bench.peers.LifecyclePath;
import org.openmla.bench.peers.OurLifecyclePath;
import org.openmla.bench.peers.SpringStateMachineLifecycle;
import org.openmla.bench.peers.Stateless4jLifecycle;
import org.openmla.bench.peers.SwitchLifecycle;
import org.openmla.bench.peers.UntocEvaluations;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;

/**
 * Ratios that survive a loaded machine: each implementation runs in turn, in rounds, on one thread, and is timed by
 * that thread's CPU time (not the wall clock, which other processes stretch); the median time per operation of the
 * rounds is reported. Run: {@code java -cp mla-bench/target/mla-bench.jar org.openmla.bench.Interleaved [rounds [lifecycle]]}.
 */
public final class Interleaved {
    private Interleaved() {}

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final long TURN_NANOS = 50_000_000L;
    private static final long WARMUP_NANOS = 1_500_000_000L;
    private static final long BATCH_NANOS = 200_000L;

    /** Median CPU nanoseconds per operation, by implementation, in the order given. */
    static Map<String, Double> measure(Map<String, LongSupplier> implementations, int rounds) {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, Integer> batches = new LinkedHashMap<>();
        implementations.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (Map.Entry<String, LongSupplier> e : implementations.entrySet()) { // until the JIT has compiled the hot paths
            batches.put(e.getKey(), batch(e.getValue()));
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, LongSupplier> e : implementations.entrySet()) {
                samples.get(e.getKey()).add(turn(e.getValue(), TURN_NANOS, batches.get(e.getKey())));
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        samples.forEach((k, v) -> {
            double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(a);
            out.put(k, a[a.length / 2]);
        });
        return out;
    }

    /**
     * Warms the implementation up and returns how many calls to make between two reads of the thread's CPU clock, so
     * that a batch lasts about {@link #BATCH_NANOS}: reading the clock costs about half a microsecond here, which would
     * otherwise be counted as part of the cheapest implementations' work (it tripled the hand-written switch's step).
     */
    private static int batch(LongSupplier implementation) {
        long calls = 0;
        long start = MX.getCurrentThreadCpuTime();
        long now = start;
        while (now - start < WARMUP_NANOS) {
            implementation.getAsLong();
            calls++;
            now = MX.getCurrentThreadCpuTime();
        }
        return (int) Math.max(1, Math.min(1_000_000, BATCH_NANOS * calls / (now - start)));
    }

    /** @return CPU nanoseconds per operation over a turn of at least {@code nanos}, the clock read every {@code batch} calls */
    private static double turn(LongSupplier implementation, long nanos, int batch) {
        long ops = 0;
        long start = MX.getCurrentThreadCpuTime();
        long now = start;
        while (now - start < nanos) {
            for (int i = 0; i < batch; i++) {
                ops += implementation.getAsLong();
            }
            now = MX.getCurrentThreadCpuTime();
        }
        return (double) (now - start) / ops;
    }

    /** @return the decision implementations, each deciding the next of 64 generated complete UNTOC requests per call */
    static Map<String, LongSupplier> decisions() {
        RulesEngine engine = RulesEngine.of(BuiltInPacks.registry());
        EasyRulesUntoc map = new EasyRulesUntoc(EasyRulesUntoc.Style.MAP_FACT);
        EasyRulesUntoc perFact = new EasyRulesUntoc(EasyRulesUntoc.Style.FACT_PER_ASSESSMENT);
        List<Evaluation> evaluations = UntocEvaluations.generate(18, 64);
        int[] next = new int[1];
        Map<String, LongSupplier> m = new LinkedHashMap<>();
        m.put("OpenMLA RulesEngine.evaluate", () -> {
            engine.evaluate(evaluations.get(next[0]++ & 63));
            return 1;
        });
        m.put("OpenMLA RulesEngine.evaluate, its findings read", () -> {
            engine.evaluate(evaluations.get(next[0]++ & 63)).findings().get(0); // the Finding objects are made on first read
            return 1;
        });
        m.put("Easy Rules 4.1, one fact per assessment", () -> {
            perFact.decide(evaluations.get(next[0]++ & 63));
            return 1;
        });
        m.put("Easy Rules 4.1, assessments in one map fact", () -> {
            map.decide(evaluations.get(next[0]++ & 63));
            return 1;
        });
        m.put("hand-written if/else", () -> {
            HandWrittenUntoc.decide(evaluations.get(next[0]++ & 63));
            return 1;
        });
        return m;
    }

    /** @return the lifecycle implementations, each walking the ten-step path per call (ten operations) */
    static Map<String, LongSupplier> lifecycles() {
        OurLifecyclePath ours = new OurLifecyclePath();
        Outcome granted = ours.decision().outcome();
        Stateless4jLifecycle stateless = new Stateless4jLifecycle();
        SpringStateMachineLifecycle spring = new SpringStateMachineLifecycle();
        Instant at = OurLifecyclePath.CLOCK.instant();
        Map<String, LongSupplier> m = new LinkedHashMap<>();
        m.put("OpenMLA RequestLifecycle.apply", () -> {
            ours.walk();
            return 10;
        });
        m.put("Spring Statemachine 4.0.1, restored per step", () -> {
            CaseState s = CaseState.DRAFT;
            for (CommandType type : LifecyclePath.COMMANDS) {
                s = spring.apply(s, type, type.carriesDecision() ? granted : null).orElseThrow();
            }
            return 10;
        });
        m.put("stateless4j 2.6.0", () -> {
            CaseState s = CaseState.DRAFT;
            for (CommandType type : LifecyclePath.COMMANDS) {
                s = stateless.apply(s, type, type.carriesDecision() ? granted : null);
            }
            return 10;
        });
        m.put("hand-written switch", () -> {
            SwitchLifecycle.Case c = SwitchLifecycle.Case.create();
            for (CommandType type : LifecyclePath.COMMANDS) {
                c = SwitchLifecycle.apply(c, type, c.version(), type.carriesDecision() ? granted : null, at).orElseThrow();
            }
            return 10;
        });
        m.put("OpenMLA RequestLifecycle.apply, every step a Command", () -> {
            ours.walkWithCommands();
            return 10;
        });
        return m;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        boolean lifecycleOnly = args.length > 1 && args[1].equals("lifecycle");
        if (!lifecycleOnly) {
            print("decision", measure(decisions(), rounds));
        }
        print("lifecycle step", measure(lifecycles(), rounds));
    }

    private static void print(String what, Map<String, Double> medians) {
        double first = medians.values().iterator().next();
        medians.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-48s %12.3f us per %s  (x%.2f of ours)%n", k, v / 1000, what, v / first));
    }
}
