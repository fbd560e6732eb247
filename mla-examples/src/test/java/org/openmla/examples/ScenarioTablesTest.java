package org.openmla.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.examples.custompack.ExampleTreatyPack;
import org.openmla.testkit.RuleCoverage;
import org.openmla.testkit.scenario.Scenarios;

/**
 * Runs every scenario table of this module ({@code src/test/resources/scenarios}): the decisions on the shipped sample
 * requests ({@code samples.yaml}) and the example bilateral treaty ({@code custompack/}), with the packs found through
 * the service loader, as the command line finds them. Every rule the example treaty defines itself must be made
 * decisive or adverse by some scenario.
 */
class ScenarioTablesTest {

    private static final Scenarios TABLES = Scenarios.in("src/test/resources/scenarios").using(RulePackRegistry.discover());

    @TestFactory
    Stream<DynamicNode> scenario_tables() {
        return TABLES.tests();
    }

    @AfterAll
    static void every_rule_of_the_example_treaty_is_exercised() {
        RuleCoverage.PackCoverage pack = TABLES.coverage().report().pack(ExampleTreatyPack.ID).orElseThrow();
        List<String> untestedOwnRules = pack.untested().stream().filter(r -> r.definedBy().equals(ExampleTreatyPack.ID))
                .map(r -> r.citation() + " (" + r.ruleId() + ")").toList();
        assertThat(untestedOwnRules).as("rules of %s that no scenario made decisive or adverse", ExampleTreatyPack.ID).isEmpty();
    }
}
