package org.openmla.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.rules.ConditionNodes;

/** What a pack asks and names: its declared assessments and grounds merged with those its rules use, one per id. */
final class PackVocabulary {
    private PackVocabulary() {}

    /**
     * The assessments declared and those the rules' conditions ask, one per id: a key declared or asked with two
     * different questions is rejected when the pack is built.
     */
    static List<AssessmentKey> assessmentsOf(String packId, List<AssessmentKey> declared, List<Rule> rules) {
        Map<String, AssessmentKey> byId = new LinkedHashMap<>();
        declared.forEach(k -> add(packId, byId, k, "declared"));
        for (Rule r : rules) {
            ConditionNodes.assessmentsOf(r.appliesWhen(), k -> add(packId, byId, k, "asked by rule " + r.id()));
            ConditionNodes.assessmentsOf(r.when(), k -> add(packId, byId, k, "asked by rule " + r.id()));
        }
        return List.copyOf(byId.values());
    }

    private static void add(String packId, Map<String, AssessmentKey> byId, AssessmentKey k, String where) {
        AssessmentKey known = byId.putIfAbsent(k.id(), k);
        if (known != null && !known.question().equals(k.question())) {
            throw new InvalidValueException("RulePack " + packId, "assessment " + k.id() + " is " + where + " with another question than before");
        }
    }

    /** The grounds declared and those the rules name, one per id: a ground named with two descriptions is rejected. */
    static List<RefusalGround> groundsOf(String packId, List<RefusalGround> declared, List<Rule> rules) {
        Map<String, RefusalGround> byId = new LinkedHashMap<>();
        List<RefusalGround> all = new ArrayList<>(declared);
        rules.forEach(r -> r.ground().ifPresent(all::add));
        for (RefusalGround g : all) {
            RefusalGround known = byId.putIfAbsent(g.id(), g);
            if (known != null && !known.equals(g)) {
                throw new InvalidValueException("RulePack " + packId, "ground " + g.id() + " is named with two different descriptions");
            }
        }
        return List.copyOf(byId.values());
    }
}
