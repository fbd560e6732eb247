package org.openmla.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.openmla.bench.peers.UntocEvaluations;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;

/**
 * Decides a number of varied complete UNTOC requests (1,024 generated ones, in turn) on 1 and 2 threads and reports
 * the total time, the scaling factor, the garbage collections and the bytes allocated per decision. Run:
 * {@code java -cp mla-bench/target/mla-bench.jar org.openmla.bench.Throughput [decisions]} (default 1,000,000).
 */
public final class Throughput {
    private Throughput() {}

    /** One run on a number of threads. */
    record Run(int threads, long decisions, double seconds, long gcCount, long gcMillis, double bytesPerDecision) {
        double perSecond() {
            return decisions / seconds;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long decisions = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        RulesEngine engine = RulesEngine.of(BuiltInPacks.registry());
        List<Evaluation> evaluations = UntocEvaluations.generate(18, 1024);
        run(engine, evaluations, Math.min(decisions / 10, 50_000), 2); // warm-up
        Run one = run(engine, evaluations, decisions, 1);
        Run two = run(engine, evaluations, decisions, 2);
        for (Run r : List.of(one, two)) {
            System.out.println(format(r));
        }
        System.out.printf(Locale.ROOT, "scaling factor (2 threads / 1 thread, decisions per second): %.2f%n", two.perSecond() / one.perSecond());
    }

    static String format(Run r) {
        return String.format(Locale.ROOT, "%d thread(s): %,d decisions in %.2f s (%,.0f per second), %d GCs (%d ms), %,.0f bytes allocated per decision",
                r.threads(), r.decisions(), r.seconds(), r.perSecond(), r.gcCount(), r.gcMillis(), r.bytesPerDecision());
    }

    static Run run(RulesEngine engine, List<Evaluation> evaluations, long decisions, int threads) throws InterruptedException {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicLong allocated = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        long gcCount0 = gcCount();
        long gcTime0 = gcMillis();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            long share = decisions / threads + (t < decisions % threads ? 1 : 0);
            int offset = t * 512;
            workers[t] = new Thread(() -> {
                long before = mx.getCurrentThreadAllocatedBytes();
                long outcomes = 0;
                for (long i = 0; i < share; i++) {
                    Decision d = engine.evaluate(evaluations.get((int) ((i + offset) & 1023)));
                    outcomes += d.outcome().ordinal();
                }
                allocated.addAndGet(mx.getCurrentThreadAllocatedBytes() - before);
                sink.addAndGet(outcomes);
            }, "decider-" + t);
        }
        long start = System.nanoTime();
        for (Thread w : workers) {
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink.get() < 0) {
            throw new IllegalStateException();
        }
        return new Run(threads, decisions, seconds, gcCount() - gcCount0, gcMillis() - gcTime0, (double) allocated.get() / decisions);
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}
