package org.openmla.treaties.resolver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.engine.RulePackRegistry;

/**
 * Which assessments go into an evaluation the resolver prepares. The engine refuses a key that no selected pack asks;
 * the resolver chooses the packs on the host's behalf, so an assessment meant for an instrument it did not choose is
 * set aside rather than refused. A key that no registered pack asks at all is most often a misspelling and is refused,
 * as the command line refuses it.
 */
final class AskedAssessments {
    private AskedAssessments() {}

    /** @return the keys evaluations under these packs may carry, unmodifiable */
    static Set<String> askedBy(RulePackRegistry registry, Collection<String> packIds) {
        Set<String> asked = new HashSet<>();
        for (String id : packIds) {
            asked.addAll(registry.assessmentKeys(registry.get(id)));
        }
        return Set.copyOf(asked);
    }

    /** @return the keys some registered pack, in some version, asks, unmodifiable */
    static Set<String> askedByAny(RulePackRegistry registry) {
        Set<String> known = new HashSet<>();
        for (CompiledRulePack p : registry.allVersions()) {
            known.addAll(registry.assessmentKeys(p));
        }
        return Set.copyOf(known);
    }

    /**
     * The assessments whose keys the packs ask, in their order.
     *
     * @throws InvalidValueException on {@code hostAssessments} naming the keys no registered pack asks (not their values)
     */
    static List<Assessment> keep(RulePackRegistry registry, Set<String> asked, List<Assessment> assessments) {
        return keep(asked, askedByAny(registry), assessments);
    }

    /**
     * The assessments whose keys the packs ask, in their order; the list itself when all of them are asked.
     *
     * @param asked the keys the packs ask
     * @param known the keys any registered pack asks ({@link #askedByAny})
     * @param assessments the host's assessments, unmodifiable
     * @throws InvalidValueException on {@code hostAssessments} naming the keys no registered pack asks (not their values)
     */
    static List<Assessment> keep(Set<String> asked, Set<String> known, List<Assessment> assessments) {
        int setAside = 0;
        Set<String> unknown = null;
        for (int i = 0; i < assessments.size(); i++) {
            String key = assessments.get(i).key();
            if (!asked.contains(key)) {
                setAside++;
                if (!known.contains(key)) {
                    if (unknown == null) {
                        unknown = new LinkedHashSet<>();
                    }
                    unknown.add(key);
                }
            }
        }
        if (unknown != null) {
            throw new InvalidValueException("hostAssessments", (unknown.size() == 1 ? "key " : "keys ") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " asked by no registered rule pack (misspelt?)");
        }
        if (setAside == 0) {
            return assessments;
        }
        List<Assessment> kept = new ArrayList<>(assessments.size() - setAside);
        for (Assessment a : assessments) {
            if (asked.contains(a.key())) {
                kept.add(a);
            }
        }
        return List.copyOf(kept);
    }
}
