package org.openmla.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.StackProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openmla.bench.peers.UntocEvaluations;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;

/**
 * Runs the short profile and writes {@code docs/PERFORMANCE.md}: ratios by thread CPU time in turns
 * ({@link Interleaved}), JMH times with {@code -prof gc} allocation and GC counts, throughput on 1 and 2 threads
 * ({@link Throughput}) and a stack profile of a decision. Run by {@code mla-bench/run.sh}.
 */
public final class PerformanceReport {
    private PerformanceReport() {}

    /** One JMH result: time per op in µs, bytes allocated per op, GCs during the measurement. */
    record Jmh(double micros, double bytes, double gcs) {}

    public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/PERFORMANCE.md");
        long decisions = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000L;
        String jar = args.length > 2 ? args[2] : "mla-bench/target/mla-bench.jar";
        Instant started = Instant.now();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        System.err.println("run.sh: ratios by CPU time in turns...");
        Map<String, Double> decisionCpu = Interleaved.measure(Interleaved.decisions(), 7);
        Map<String, Double> lifecycleCpu = Interleaved.measure(Interleaved.lifecycles(), 7);

        System.err.println("run.sh: JMH with -prof gc...");
        Options gc = new OptionsBuilder().include("PeersBenchmark\\.").include("DecisionBenchmark\\.").include("DigestBenchmark\\.").include("ResolverBenchmark\\.")
                .addProfiler(GCProfiler.class).forks(1).warmupIterations(3).warmupTime(TimeValue.milliseconds(700))
                .measurementIterations(3).measurementTime(TimeValue.milliseconds(700)).shouldFailOnError(true).build();
        Map<String, Jmh> jmh = new LinkedHashMap<>();
        for (RunResult r : new Runner(gc).run()) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            Map<String, Result> secondary = r.getSecondaryResults();
            jmh.put(name, new Jmh(r.getPrimaryResult().getScore(), score(secondary, "gc.alloc.rate.norm"), score(secondary, "gc.count")));
        }

        System.err.println("run.sh: stack profile of a decision...");
        Options stack = new OptionsBuilder().include("PeersBenchmark\\.decideEngine$").addProfiler(StackProfiler.class, "lines=1;top=15")
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(2).measurementTime(TimeValue.seconds(2))
                .build();
        String profile = "";
        Collection<RunResult> stacked = new Runner(stack).run();
        for (RunResult r : stacked) {
            Result s = r.getSecondaryResults().get("stack");
            profile = s == null ? "" : s.extendedInfo();
        }

        System.err.println("run.sh: throughput, " + decisions + " decisions on 1 and 2 threads...");
        RulesEngine engine = RulesEngine.of(BuiltInPacks.registry());
        List<Evaluation> evaluations = UntocEvaluations.generate(18, 1024);
        Throughput.run(engine, evaluations, Math.min(decisions / 10, 50_000), 2);
        Throughput.Run one = Throughput.run(engine, evaluations, decisions, 1);
        Throughput.Run two = Throughput.run(engine, evaluations, decisions, 2);
        double findings = evaluations.stream().limit(64).mapToInt(e -> engine.evaluate(e).findings().size()).average().orElse(0);

        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by `mla-bench/run.sh` (about three minutes on two cores); do not edit by hand. ")
                .append("Issue 18 sets the targets; the benchmarks are in `mla-bench`.\n\n");
        md.append("- Run: ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(", ")
                .append(Duration.between(started, Instant.now())).append(" in all.\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(cpuModel()).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(", load average ")
                .append(String.format(Locale.ROOT, "%.1f", load)).append(" when the run started")
                .append(System.getenv("PERF_NOTE") == null || System.getenv("PERF_NOTE").isBlank() ? "" : "; " + System.getenv("PERF_NOTE").strip())
                .append(".\n");
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append(", default options.\n");
        md.append("- Reproduce: `mla-bench/run.sh` (builds `mla-bench/target/mla-bench.jar`, then runs ")
                .append("`java -cp ").append(jar).append(" org.openmla.bench.PerformanceReport docs/PERFORMANCE.md ").append(decisions)
                .append("`); one benchmark: `java -jar ").append(jar).append(" PeersBenchmark.decideEngine -prof gc`.\n\n");
        md.append("Where the load average is above the number of cores, other processes shared the machine: wall-clock times (the JMH ")
                .append("columns and the throughput) are inflated and noisy. The ratios come from the CPU time of the measuring thread, ")
                .append("each implementation in turn after a warm-up, seven rounds, median (`Interleaved`, the clock read once per batch of ")
                .append("calls lasting about 0.2 ms, so that its own cost is not counted as work), which other processes disturb much less. ")
                .append("Allocation per operation (`-prof gc`) does not depend on the load.\n\n");

        md.append("## A complete UNTOC decision\n\n");
        md.append("The same rules and findings in each implementation: `PeersAgreeTest` checks outcome and findings (rule, scope, verdict) ")
                .append("on 1,500 generated requests. Each operation decides the next of 64 generated complete requests (every assessment ")
                .append("given); on average a decision has ").append(String.format(Locale.ROOT, "%.1f", findings)).append(" findings.\n\n");
        table(md, decisionCpu, List.of("decideEngine", "decideEngineFindingsRead", "decideEasyRulesFactPerAssessment", "decideEasyRulesMapFact", "decideHandWritten"),
                jmh, "decision");
        double ours = decisionCpu.get("OpenMLA RulesEngine.evaluate");
        double easyMap = decisionCpu.get("Easy Rules 4.1, assessments in one map fact");
        double hand = decisionCpu.get("hand-written if/else");
        Jmh engineJmh = jmh.get("decideEngine");
        Jmh readJmh = jmh.get("decideEngineFindingsRead");
        Jmh handJmh = jmh.get("decideHandWritten");
        md.append('\n').append("Targets (issue 18): ")
                .append(String.format(Locale.ROOT, "Easy Rules (map fact) / ours = **%.2f×** (target ≥ 10×); ours / hand-written = **%.2f×** "
                        + "(target ≤ 1.5×); ours allocates **%,.0f B** per decision, %,.0f B beyond the hand-written evaluator (which "
                        + "allocates its findings and little else), %,.0f B per finding (target ≤ 2 KiB beyond the findings). "
                        + "A decision keeps its findings in columns (about 16 B per finding and 4 B per recorded fact) and makes the `Finding` objects "
                        + "when they are first read: read, a decision costs %s CPU (%.2f× hand-written) and %,.0f B.\n\n",
                        easyMap / ours, ours / hand, engineJmh.bytes(), engineJmh.bytes() - handJmh.bytes(), engineJmh.bytes() / findings,
                        micros(decisionCpu.get("OpenMLA RulesEngine.evaluate, its findings read") / 1000),
                        decisionCpu.get("OpenMLA RulesEngine.evaluate, its findings read") / hand, readJmh == null ? Double.NaN : readJmh.bytes()));
        md.append("Other decision benchmarks (JMH, the test kit's requests with every assessment given; `DecisionBenchmark`, `DigestBenchmark`):\n\n");
        Map<String, int[]> sizes = decisionSizes();
        md.append("| benchmark | JMH time per op | allocated per op | findings (facts) of its decision |\n|---|---|---|---|\n");
        appendJmh(md, jmh, sizes, "evaluate", "UNTOC, the engine on a complete evaluation under the UNTOC pack");
        appendJmh(md, jmh, sizes, "evaluateWithId", "the same, its decision id asked for (the input digest computed)");
        appendJmh(md, jmh, sizes, "evaluateEio", "EIO with three measures");
        appendJmh(md, jmh, sizes, "prepare", "the resolver preparing the same request (NL to CH: UNTOC, ETS 30 and its protocols, every "
                + "question answered), the pair and date already resolved (the resolver keeps its answers)");
        appendJmh(md, jmh, sizes, "prepareNewDate", "the resolver preparing it on a date it has not resolved the pair for (`ResolverBenchmark`)");
        appendJmh(md, jmh, sizes, "prepareAndEvaluate", "both: the resolver, then the engine on every pack it selected");
        appendJmh(md, jmh, sizes, "sameRequest", "the input digest alone, the request's part memoised");
        appendJmh(md, jmh, sizes, "newRequests", "the input digest alone, 1,024 different requests");
        md.append("\nA decision keeps its findings in columns: about 16 B per finding and 4 B per fact it records, before any `Finding` ")
                .append("object is made.\n");
        md.append("\n");

        md.append("## A lifecycle step\n\n");
        md.append("A ten-step path (receive, acknowledge, review, ask for and receive information, record the decision, accept, execute, ")
                .append("close); each implementation is given the case's state before each step, as a host with stored cases must. ")
                .append("`LifecyclePeersTest` checks that all four walk the same states and reject the same two commands. Ours is given each step ")
                .append("by its parts (`apply(case, type, actor, expectedVersion[, decision], clock)`), as the peers are given them; the last row ")
                .append("gives every step as a `Command`.\n\n");
        table(md, lifecycleCpu, List.of("stepOurLifecycle", "stepSpringStatemachine", "stepStateless4j", "stepSwitch", "stepOurLifecycleCommands"), jmh, "step");
        double ourStep = lifecycleCpu.get("OpenMLA RequestLifecycle.apply");
        md.append('\n').append(String.format(Locale.ROOT, "Targets (issue 18): Spring Statemachine / ours = **%.0f×** (target ≥ 20×); ours / switch = "
                + "**%.1f×** (target ≤ 2×).%n%n", lifecycleCpu.get("Spring Statemachine 4.0.1, restored per step") / ourStep,
                ourStep / lifecycleCpu.get("hand-written switch")));

        md.append("## Throughput\n\n");
        md.append(String.format(Locale.ROOT, "%,d decisions of 1,024 generated complete UNTOC requests, in turn (`Throughput`):%n%n", decisions));
        md.append("| threads | total time | decisions per second | GCs (time) | allocated per decision |\n|---|---|---|---|---|\n");
        for (Throughput.Run r : List.of(one, two)) {
            md.append(String.format(Locale.ROOT, "| %d | %.2f s | %,.0f | %d (%d ms) | %,.0f B |%n", r.threads(), r.seconds(), r.perSecond(),
                    r.gcCount(), r.gcMillis(), r.bytesPerDecision()));
        }
        md.append(String.format(Locale.ROOT, "%nScaling factor, 2 threads over 1: **%.2f×** (target: 10⁶ decisions in < 5 s on 2 cores).%n%n",
                two.perSecond() / one.perSecond()));

        Path coldStart = Path.of("mla-bench/target/cold-start.md");
        if (Files.isRegularFile(coldStart)) {
            md.append("## Cold start\n\n").append("From the last `mla-bench/cold-start.sh` run on this machine:\n\n")
                    .append(Files.readString(coldStart, StandardCharsets.UTF_8)).append('\n');
        }
        md.append("## Where the time of a decision goes\n\n");
        md.append("JMH's stack profiler on `PeersBenchmark.decideEngine`, the hottest methods (top frame of the samples of the running benchmark thread):\n\n```\n")
                .append(trimProfile(profile)).append("```\n");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.err.println("run.sh: wrote " + out);
    }

    private static void table(StringBuilder md, Map<String, Double> cpu, List<String> benchmarks, Map<String, Jmh> jmh, String op) {
        md.append("| implementation | CPU time per ").append(op).append(" | × ours | JMH time per ").append(op)
                .append(" | allocated per ").append(op).append(" (`-prof gc`) | GCs in JMH measurement |\n|---|---|---|---|---|---|\n");
        double ours = cpu.values().iterator().next();
        int i = 0;
        for (Map.Entry<String, Double> e : cpu.entrySet()) {
            Jmh j = jmh.get(benchmarks.get(i++));
            md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %s |%n", e.getKey(), micros(e.getValue() / 1000), e.getValue() / ours,
                    j == null ? "–" : micros(j.micros()), j == null ? "–" : String.format(Locale.ROOT, "%,.0f B", j.bytes()),
                    j == null ? "–" : String.format(Locale.ROOT, "%.0f", j.gcs())));
        }
    }

    private static void appendJmh(StringBuilder md, Map<String, Jmh> jmh, Map<String, int[]> sizes, String name, String what) {
        Jmh j = jmh.get(name);
        if (j != null) {
            int[] size = sizes.get(name);
            md.append(String.format(Locale.ROOT, "| `%s`: %s | %s | %,.0f B | %s |%n", name, what, micros(j.micros()), j.bytes(),
                    size == null ? "–" : String.format(Locale.ROOT, "%d (%d)", size[0], size[1])));
        }
    }

    /** @return the number of findings and of recorded facts of the decision each decision benchmark makes */
    private static Map<String, int[]> decisionSizes() {
        DecisionBenchmark b = new DecisionBenchmark();
        b.setUp();
        Map<String, int[]> out = new LinkedHashMap<>();
        out.put("evaluate", size(b.evaluate()));
        out.put("evaluateWithId", size(b.evaluate()));
        out.put("evaluateEio", size(b.evaluateEio()));
        out.put("prepareAndEvaluate", size(b.prepareAndEvaluate()));
        return out;
    }

    private static int[] size(org.openmla.core.decision.Decision d) {
        int facts = 0;
        for (org.openmla.core.decision.Finding f : d.findings()) {
            facts += f.facts().size();
        }
        return new int[] {d.findings().size(), facts};
    }

    private static String micros(double us) {
        return us >= 100 ? String.format(Locale.ROOT, "%,.0f µs", us) : String.format(Locale.ROOT, us < 1 ? "%.3f µs" : "%.2f µs", us);
    }

    private static double score(Map<String, Result> secondary, String key) {
        Result r = secondary.get(key);
        return r == null ? Double.NaN : r.getScore();
    }

    private static String trimProfile(String profile) {
        List<String> lines = new ArrayList<>();
        boolean inRunnable = false;
        for (String line : profile.split("\n")) {
            if (line.contains("[Thread state: RUNNABLE]")) {
                inRunnable = true;
                continue;
            }
            if (inRunnable && line.contains("[Thread state:")) {
                break;
            }
            if (inRunnable && !line.isBlank() && !line.contains("<stack is empty")) {
                lines.add(line.stripTrailing());
            }
        }
        return lines.isEmpty() ? "(no profile)\n" : String.join("\n", lines) + "\n";
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the model is not known
        }
        return System.getProperty("os.arch");
    }
}
