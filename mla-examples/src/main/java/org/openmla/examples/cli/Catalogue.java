package org.openmla.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;

/**
 * The assessment keys and refusal grounds a user may name: the standard ones, those the packs declare
 * ({@link RulePack#assessments()}, {@link RulePack#grounds()}) and the grounds the packs' rules name. Immutable.
 */
final class Catalogue {

    /** An assessment key and the packs that declare it ("standard" for the standard keys). */
    record KnownAssessment(AssessmentKey key, List<String> declaredBy) {}

    /** A refusal ground and the packs whose rules name or declare it. */
    record KnownGround(RefusalGround ground, List<String> usedBy) {}

    private final Map<String, KnownAssessment> assessments;
    private final Map<String, KnownGround> grounds;

    private Catalogue(Map<String, KnownAssessment> assessments, Map<String, KnownGround> grounds) {
        this.assessments = assessments;
        this.grounds = grounds;
    }

    static Catalogue of(RulePackRegistry registry) {
        Map<String, AssessmentKey> keys = new LinkedHashMap<>();
        Map<String, TreeSet<String>> keyPacks = new LinkedHashMap<>();
        StandardAssessments.all().forEach(k -> {
            keys.put(k.id(), k);
            keyPacks.computeIfAbsent(k.id(), x -> new TreeSet<>()).add("standard");
        });
        Map<String, RefusalGround> gs = new LinkedHashMap<>();
        Map<String, TreeSet<String>> groundPacks = new LinkedHashMap<>();
        StandardGrounds.all().forEach(g -> {
            gs.put(g.id(), g);
            groundPacks.computeIfAbsent(g.id(), x -> new TreeSet<>()).add("standard");
        });
        for (CompiledRulePack pack : registry.packs()) {
            for (String id : pack.lineage()) {
                registry.find(id).map(CompiledRulePack::definition).ifPresent(def -> {
                    for (AssessmentKey k : def.assessments()) {
                        keys.putIfAbsent(k.id(), k);
                        keyPacks.computeIfAbsent(k.id(), x -> new TreeSet<>()).add(pack.id());
                    }
                    for (RefusalGround g : def.grounds()) {
                        gs.putIfAbsent(g.id(), g);
                        groundPacks.computeIfAbsent(g.id(), x -> new TreeSet<>()).add(pack.id());
                    }
                });
            }
            for (Rule r : pack.rules()) {
                r.ground().ifPresent(g -> {
                    gs.putIfAbsent(g.id(), g);
                    groundPacks.computeIfAbsent(g.id(), x -> new TreeSet<>()).add(pack.id());
                });
            }
        }
        Map<String, KnownAssessment> a = new LinkedHashMap<>();
        keys.forEach((id, k) -> a.put(id, new KnownAssessment(k, List.copyOf(keyPacks.get(id)))));
        Map<String, KnownGround> g = new LinkedHashMap<>();
        gs.forEach((id, ground) -> g.put(id, new KnownGround(ground, List.copyOf(groundPacks.get(id)))));
        return new Catalogue(a, g);
    }

    List<KnownAssessment> assessments() {
        return new ArrayList<>(assessments.values());
    }

    List<KnownGround> grounds() {
        return new ArrayList<>(grounds.values());
    }

    Optional<KnownAssessment> assessment(String id) {
        return Optional.ofNullable(assessments.get(id));
    }

    Optional<KnownGround> ground(String id) {
        return Optional.ofNullable(grounds.get(id));
    }
}
