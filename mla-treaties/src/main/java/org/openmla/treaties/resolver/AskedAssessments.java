package org.openmla.treaties.resolver;

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

    /** @return the keys evaluations under these packs may carry */
    static Set<String> askedBy(RulePackRegistry registry, Collection<String> packIds) {
        Set<String> asked = new HashSet<>();
        for (String id : packIds) {
            asked.addAll(registry.assessmentKeys(registry.get(id)));
        }
        return asked;
    }

    /**
     * The assessments whose keys the packs ask, in their order.
     *
     * @throws InvalidValueException on {@code hostAssessments} naming the keys no registered pack asks (not their values)
     */
    static List<Assessment> keep(RulePackRegistry registry, Set<String> asked, List<Assessment> assessments) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Assessment a : assessments) {
            if (!asked.contains(a.key()) && registry.allVersions().stream().noneMatch(p -> askedBy(registry, p).contains(a.key()))) {
                unknown.add(a.key());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("hostAssessments", (unknown.size() == 1 ? "key " : "keys ") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " asked by no registered rule pack (misspelt?)");
        }
        return assessments.stream().filter(a -> asked.contains(a.key())).toList();
    }

    private static Set<String> askedBy(RulePackRegistry registry, CompiledRulePack pack) {
        return registry.assessmentKeys(pack);
    }
}
