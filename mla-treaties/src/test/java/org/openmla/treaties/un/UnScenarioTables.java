package org.openmla.treaties.un;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmla.core.rules.Citation;
import org.openmla.treaties.scenario.Scenario;

/** The UN scenario tables, for the documentation test's index of scenarios by provision. */
public final class UnScenarioTables {
    private UnScenarioTables() {}

    /** @return the scenarios of a pack by id */
    public static List<Scenario> forPack(String packId) {
        return switch (packId) {
            case "UNTOC" -> UntocScenariosTest.scenarios().toList();
            case "UNCAC" -> UncacScenariosTest.scenarios().toList();
            case "UN_MODEL_TREATY" -> ModelTreatyScenariosTest.scenarios().toList();
            default -> List.of();
        };
    }

    /** @return scenario names by the provision each cites, in table order */
    public static Map<Citation, List<String>> index(String packId) {
        Map<Citation, List<String>> byCitation = new LinkedHashMap<>();
        for (Scenario s : forPack(packId)) {
            byCitation.computeIfAbsent(Citation.parse(s.citation()), c -> new java.util.ArrayList<>()).add(s.toString().replaceFirst("^\\[[^]]*] ", ""));
        }
        return byCitation;
    }
}
