package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Finding;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.Verdict;

/** Checks that a scenario table makes every rule of a pack fire at least once. */
final class PackCoverage {
    private PackCoverage() {}

    /**
     * A rule fires when its finding is adverse (the ground holds, the requirement is unmet, the condition attaches,
     * ...) or, for an exception, when it applies.
     */
    static boolean fires(Rule rule, Finding f) {
        if (rule.exceptionTo().isPresent()) {
            return f.verdict() == Verdict.TRUE;
        }
        return f.verdict() == Verdict.of(rule.kind().adverseVerdict());
    }

    static void assertEveryRuleFires(String packId, List<Scenario> scenarios) {
        List<Rule> rules = CoeFixtures.ENGINE.registry().get(packId).rules();
        Set<String> fired = new TreeSet<>();
        for (Scenario s : scenarios) {
            Decision d = s.decide(CoeFixtures.ENGINE);
            for (Rule r : rules) {
                if (d.findings().stream().anyMatch(f -> f.ruleId().equals(r.id()) && fires(r, f))) {
                    fired.add(r.id());
                }
            }
        }
        Set<String> silent = new TreeSet<>();
        rules.forEach(r -> silent.add(r.id()));
        silent.removeAll(fired);
        assertThat(silent).as("rules of %s that no scenario makes fire", packId).isEmpty();
        assertThat(scenarios).as("scenarios for %s", packId).hasSizeGreaterThanOrEqualTo(15);
    }
}
