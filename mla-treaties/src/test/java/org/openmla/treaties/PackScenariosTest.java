package org.openmla.treaties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openmla.core.rules.RulePack;
import org.openmla.testkit.scenario.ScenarioSummary;

/** The scenario tables as a whole: one folder per built-in pack, each with enough scenarios, each applying its folder's pack. */
class PackScenariosTest {

    static final Map<String, String> FOLDERS = Map.of("UNTOC", "untoc", "UNCAC", "uncac", "UN_MODEL_TREATY", "un-model-treaty",
            "ETS30", "ets30", "ETS185", "ets185", "CETS224", "cets224", "EIO", "eio", "EEVIDENCE", "eevidence", "EAW", "eaw");

    @Test
    void every_built_in_pack_has_a_folder_of_at_least_15_scenarios_that_apply_it_alone() {
        List<ScenarioSummary> all = PackScenarios.summaries();
        Map<String, Integer> counts = new TreeMap<>();

        for (ScenarioSummary s : all) {
            String folder = s.file().substring(0, s.file().indexOf('/'));
            assertThat(s.packs()).as("packs of '%s' in %s", s.name(), s.file()).hasSize(1);
            assertThat(FOLDERS.get(s.packs().get(0))).as("folder of '%s' in %s", s.name(), s.file()).isEqualTo(folder);
            counts.merge(s.packs().get(0), 1, Integer::sum);
        }

        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(BuiltInPacks.packs().stream().map(RulePack::id).toList());
        assertThat(counts).allSatisfy((pack, n) -> assertThat(n).as("scenarios of %s", pack).isGreaterThanOrEqualTo(15));
    }
}
