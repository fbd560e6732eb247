package org.openmla.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decision id and input digest of every sample scenario ({@code samples.yaml}) are pinned in
 * {@code src/test/resources/digests/sample-decisions.tsv}: how the digest is computed (lazily, memoised, buffered) may
 * change, its value may not, or stored decisions could no longer be matched to their input. A change to a pack made
 * for the law bumps the pack's version, which changes these values: update the file in the same commit, on purpose.
 */
class DecisionIdPinTest {

    static final Path PINS = Path.of("src/test/resources/digests/sample-decisions.tsv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_pinned_sample_decision_keeps_its_id_and_input_digest() throws IOException {
        Map<String, JsonNode> scenarios = new LinkedHashMap<>();
        for (JsonNode s : new YAMLMapper().readTree(SampleDecisionsTest.TABLE.toFile()).get("scenarios")) {
            scenarios.put(s.get("name").asText(), s);
        }
        List<String> pinned = Files.readAllLines(PINS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(pinned).as("pinned decisions").hasSizeGreaterThanOrEqualTo(20);
        List<String> actual = new ArrayList<>();
        for (String line : pinned) {
            String name = line.split("\t", -1)[0];
            assertThat(scenarios).as("samples.yaml still has the pinned scenario '%s'", name).containsKey(name);
            JsonNode decision = decide(scenarios.get(name));
            actual.add(name + "\t" + decision.get("decisionId").asText() + "\t" + decision.get("inputDigest").asText());
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample-decisions.actual.tsv"), actual, StandardCharsets.UTF_8);
        assertThat(actual).as("decision ids and digests (actual values in target/sample-decisions.actual.tsv)").containsExactlyElementsOf(pinned);
    }

    @Test
    void evaluating_the_same_input_twice_gives_the_same_id() throws IOException {
        JsonNode first = new YAMLMapper().readTree(SampleDecisionsTest.TABLE.toFile()).get("scenarios").get(1);
        assertThat(decide(first).get("decisionId")).isEqualTo(decide(first).get("decisionId"));
    }

    private static JsonNode decide(JsonNode scenario) throws IOException {
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
        args.add(SampleDecisionsTest.TABLE.getParent().resolve(scenario.get("request").asText()).normalize().toString());
        args.add("--on");
        args.add(scenario.get("lawDate").asText());
        scenario.get("packs").forEach(p -> args.addAll(List.of("--pack", p.asText())));
        for (Map.Entry<String, JsonNode> e : fields(scenario.path("assessments"))) {
            if (!e.getValue().isNull() && !"unknown".equals(e.getValue().asText())) {
                args.addAll(List.of("--assess", e.getKey() + "=" + e.getValue().asBoolean()));
            }
        }
        for (Map.Entry<String, JsonNode> m : fields(scenario.path("measureAssessments"))) {
            for (Map.Entry<String, JsonNode> e : fields(m.getValue())) {
                if (!e.getValue().isNull() && !"unknown".equals(e.getValue().asText())) {
                    args.addAll(List.of("--assess", e.getKey() + "@" + (Integer.parseInt(m.getKey()) + 1) + "=" + e.getValue().asBoolean()));
                }
            }
        }
        for (JsonNode p : scenario.path("proposedRefusals")) {
            args.addAll(List.of("--propose-refusal", p.isTextual() ? p.asText() : p.get("ground").asText()
                    + (p.has("measure") ? "@" + (p.get("measure").asInt() + 1) : "")));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as("exit code of mla %s\n%s", String.join(" ", args), run.err()).isIn(MlaCli.EXIT_OK, MlaCli.EXIT_FAILURE);
        return JSON.readTree(run.out());
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }
}
