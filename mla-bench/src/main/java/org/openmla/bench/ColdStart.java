package org.openmla.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.resolver.LegalBasisResolver;

/**
 * The steps {@code mla evaluate FILE} takes to its first decision, timed one by one in a fresh JVM: JVM start to
 * {@code main}, {@code MlaJson.create()}, reading the request (with its checks), pack discovery, party data and the
 * resolver, the first evaluation; each in wall time and in the main thread's CPU time. Run by {@code mla-bench/cold-start.sh} on the command line's class path.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        long atMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long[] wall = new long[6];
        long[] cpu = new long[6];
        mark(wall, cpu, 0);
        MlaJson json = MlaJson.create();
        mark(wall, cpu, 1);
        MlaRequest request = json.readRequest(Path.of(args[0]));
        mark(wall, cpu, 2);
        RulePackRegistry registry = RulePackRegistry.discover();
        mark(wall, cpu, 3);
        PartyData data = BuiltInPacks.partyData();
        LegalBasisResolver resolver = LegalBasisResolver.builder(data, registry).relationships(BuiltInPacks.relationships()).build();
        mark(wall, cpu, 4);
        Decision decision = resolver.prepare(request, LocalDate.of(2026, 3, 2), List.of()).evaluation()
                .map((Evaluation e) -> RulesEngine.of(registry).evaluate(e)).orElseThrow();
        mark(wall, cpu, 5);
        String[] steps = {"MlaJson.create", "read request", "pack discovery", "party data", "first evaluation"};
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "JVM start to main %d ms", atMain));
        for (int i = 0; i < steps.length; i++) {
            out.append(String.format(Locale.ROOT, " | %s %d ms (CPU %d)", steps[i], (wall[i + 1] - wall[i]) / 1_000_000,
                    (cpu[i + 1] - cpu[i]) / 1_000_000));
        }
        out.append(String.format(Locale.ROOT, " | total %d ms | %s", atMain + (wall[5] - wall[0]) / 1_000_000, decision.outcome()));
        System.out.println(out);
    }

    private static void mark(long[] wall, long[] cpu, int i) {
        wall[i] = System.nanoTime();
        cpu[i] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
