package org.openmla.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Evaluation;
import org.openmla.core.rules.RulePackRegistry;
import org.openmla.core.rules.RulesEngine;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.resolver.LegalBasisResolver;

/**
 * The steps {@code mla evaluate FILE} takes to its first decision, timed one by one in a fresh JVM: JVM start to
 * {@code main}, {@code MlaJson.create()}, reading the request (with its checks), pack discovery, party data and the
 * resolver, the first evaluation. Run by {@code mla-bench/cold-start.sh} on the command line's class path.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        long atMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        MlaJson json = MlaJson.create();
        long t1 = System.nanoTime();
        MlaRequest request = json.readRequest(Path.of(args[0]));
        long t2 = System.nanoTime();
        RulePackRegistry registry = RulePackRegistry.discover();
        long t3 = System.nanoTime();
        PartyData data = BuiltInPacks.partyData();
        LegalBasisResolver resolver = LegalBasisResolver.builder(data, registry).relationships(BuiltInPacks.relationships()).build();
        long t4 = System.nanoTime();
        Decision decision = resolver.prepare(request, LocalDate.of(2026, 3, 2), List.of()).evaluation()
                .map((Evaluation e) -> RulesEngine.of(registry).evaluate(e)).orElseThrow();
        long t5 = System.nanoTime();
        System.out.printf(Locale.ROOT, "jvm-to-main %d ms | MlaJson.create %d ms | read request %d ms | pack discovery %d ms | party data %d ms"
                + " | first evaluation %d ms | total %d ms | %s%n", atMain, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4),
                atMain + ms(t5 - t0), decision.outcome());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
