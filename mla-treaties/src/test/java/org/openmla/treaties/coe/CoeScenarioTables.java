package org.openmla.treaties.coe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.CompiledRulePack;

/** The Council of Europe scenario tables, for the documentation test's index of scenarios by provision. */
public final class CoeScenarioTables {
    private CoeScenarioTables() {}

    static List<Scenario> forPack(String packId) {
        return switch (packId) {
            case "ETS30" -> Ets30ScenarioTest.scenarios().toList();
            case "ETS185" -> Ets185ScenarioTest.scenarios().toList();
            case "CETS224" -> Cets224ScenarioTest.scenarios().toList();
            default -> List.of();
        };
    }

    /** @return scenario names by each provision their expectations name, in table order; empty for another family's pack */
    public static Map<Citation, List<String>> index(String packId) {
        Map<Citation, List<String>> byCitation = new LinkedHashMap<>();
        List<Scenario> scenarios = forPack(packId);
        if (scenarios.isEmpty()) {
            return byCitation;
        }
        CompiledRulePack pack = CoeFixtures.ENGINE.registry().get(packId);
        for (Scenario s : scenarios) {
            for (String cite : s.exercised(id -> pack.rule(id).map(r -> r.citation().toString()))) {
                byCitation.computeIfAbsent(Citation.parse(cite), c -> new ArrayList<>()).add(s.toString());
            }
        }
        return byCitation;
    }
}
