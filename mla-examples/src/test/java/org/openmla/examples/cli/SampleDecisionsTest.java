package org.openmla.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openmla.core.rules.Citation;

/**
 * {@code mla evaluate --format json} gives, for every scenario of {@code samples.yaml}, the decision the scenario
 * expects: the same request file, law date, packs, assessments and proposed refusals, given as options. So the
 * command line, the samples and the scenario table cannot drift apart. (The scenario table itself is run by the test
 * kit in {@code ScenarioTablesTest}.)
 */
class SampleDecisionsTest {

    static final Path TABLE = Path.of("src/test/resources/scenarios/samples.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> every_sample_scenario_gives_the_same_decision_on_the_command_line() throws IOException {
        JsonNode table = new YAMLMapper().readTree(TABLE.toFile());
        assertThat(table.path("defaults").isMissingNode()).as("samples.yaml names everything per scenario").isTrue();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode scenario : table.get("scenarios")) {
            tests.add(DynamicTest.dynamicTest(scenario.get("name").asText(), () -> check(scenario)));
        }
        return tests.stream();
    }

    @Test
    void every_sample_request_has_scenarios() throws IOException {
        JsonNode table = new YAMLMapper().readTree(TABLE.toFile());
        List<String> covered = StreamSupport.stream(table.get("scenarios").spliterator(), false)
                .map(s -> Path.of(s.get("request").asText()).getFileName().toString()).distinct().toList();
        try (Stream<Path> files = Files.list(Path.of("requests"))) {
            assertThat(covered).containsExactlyInAnyOrderElementsOf(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList());
        }
    }

    private static void check(JsonNode scenario) throws IOException {
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
        args.add(TABLE.getParent().resolve(scenario.get("request").asText()).normalize().toString());
        args.add("--on");
        args.add(scenario.get("lawDate").asText());
        scenario.get("packs").forEach(p -> args.addAll(List.of("--pack", p.asText())));
        fields(scenario.path("assessments")).forEach(e -> {
            if (!e.getValue().isNull() && !"unknown".equals(e.getValue().asText())) {
                args.addAll(List.of("--assess", e.getKey() + "=" + e.getValue().asBoolean()));
            }
        });
        fields(scenario.path("measureAssessments")).forEach(m -> fields(m.getValue()).forEach(e -> {
            if (!e.getValue().isNull() && !"unknown".equals(e.getValue().asText())) {
                args.addAll(List.of("--assess", e.getKey() + "@" + (Integer.parseInt(m.getKey()) + 1) + "=" + e.getValue().asBoolean()));
            }
        }));
        for (JsonNode p : scenario.path("proposedRefusals")) {
            args.addAll(List.of("--propose-refusal", p.isTextual() ? p.asText() : p.get("ground").asText()
                    + (p.has("measure") ? "@" + (p.get("measure").asInt() + 1) : "")));
        }
        for (String unsupported : List.of("requestChanges", "requestedState", "requestingState")) {
            assertThat(scenario.has(unsupported)).as("samples.yaml scenarios run on the sample files and party data as they are: no " + unsupported).isFalse();
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as("exit code of mla %s\n%s", String.join(" ", args), run.err()).isZero();
        JsonNode decision = JSON.readTree(run.out());
        JsonNode expect = scenario.get("expect");
        List<String> packs = StreamSupport.stream(decision.get("packs").spliterator(), false).map(p -> p.get("id").asText()).toList();
        assertThat(packs).as("packs").containsExactlyElementsOf(StreamSupport.stream(scenario.get("packs").spliterator(), false)
                .map(JsonNode::asText).toList());
        assertThat(decision.get("lawDate").asText()).isEqualTo(scenario.get("lawDate").asText());
        fields(expect).forEach(e -> expectation(e.getKey(), e.getValue(), decision));
    }

    private static void expectation(String key, JsonNode value, JsonNode d) {
        String why = key + " in " + d.toPrettyString();
        switch (key) {
            case "outcome" -> assertThat(d.get("outcome").asText()).as(why).isEqualTo(value.asText());
            case "partial" -> assertThat(d.get("partial").asBoolean()).as(why).isEqualTo(value.asBoolean());
            case "measures" -> fields(value).forEach(m -> assertThat(d.get("measures").get(Integer.parseInt(m.getKey())).get("outcome").asText())
                    .as(why).isEqualTo(m.getValue().asText()));
            case "findings" -> {
                if (value.isEmpty()) {
                    assertThat(stream(d.get("findings")).filter(f -> f.get("adverse").asBoolean())).as(why).isEmpty();
                }
                value.forEach(f -> assertThat(stream(d.get("findings")).filter(found -> matches(found, f))).as(why + "\nexpected " + f).isNotEmpty());
            }
            case "absentFindings" -> value.forEach(c -> assertThat(stream(d.get("findings"))
                    .filter(f -> f.get("adverse").asBoolean() && within(f.get("citation").asText(), c.asText()))).as(why).isEmpty());
            case "determinedBy" -> {
                List<String> determining = stream(d.get("determiningRules")).map(JsonNode::asText).toList();
                List<String> cited = stream(d.get("findings")).filter(f -> f.get("adverse").asBoolean() && determining.contains(f.get("rule").asText()))
                        .map(f -> f.get("citation").asText()).toList();
                if (value.isEmpty()) {
                    assertThat(determining).as(why).isEmpty();
                }
                value.forEach(c -> assertThat(cited).as(why).anyMatch(found -> within(found, c.asText())));
            }
            case "openQuestions" -> {
                List<String> open = stream(d.get("openQuestions")).map(q -> q.get("key").asText()).toList();
                if (value.isEmpty()) {
                    assertThat(open).as(why).isEmpty();
                }
                value.forEach(k -> assertThat(open).as(why).contains(k.asText()));
            }
            case "conditions" -> {
                List<String> cited = stream(d.get("conditions")).map(c -> c.get("citation").asText()).toList();
                if (value.isEmpty()) {
                    assertThat(cited).as(why).isEmpty();
                }
                value.forEach(c -> assertThat(cited).as(why).anyMatch(found -> within(found, c.asText())));
            }
            case "consultation" -> assertThat(d.get("consultations").isEmpty()).as(why).isEqualTo(!value.asBoolean());
            case "deadlines" -> {
                if (value.isEmpty()) {
                    assertThat(d.get("deadlines")).as(why).isEmpty();
                }
                value.forEach(x -> {
                    String citation = x.isTextual() ? x.asText() : x.get("citation").asText();
                    assertThat(stream(d.get("deadlines")).filter(dl -> within(dl.get("citation").asText(), citation)
                            && (x.isTextual() || limit(dl).equals(x.get("limit").asText())))).as(why + "\nexpected " + x).isNotEmpty();
                });
            }
            case "refusalChecks" -> fields(value).forEach(c -> assertThat(stream(d.get("proposedRefusals"))
                    .filter(p -> p.get("ground").asText().equals(c.getKey()) && p.get("answer").asText().equals(c.getValue().asText())))
                    .as(why + "\nexpected " + c).isNotEmpty());
            default -> fail("SampleDecisionsTest does not check the expectation '" + key + "'; add it to the test");
        }
    }

    private static boolean matches(JsonNode found, JsonNode expected) {
        if (expected.isTextual()) {
            return found.get("adverse").asBoolean() && within(found.get("citation").asText(), expected.asText());
        }
        boolean verdict = expected.has("verdict") ? found.get("verdict").asText().equals(expected.get("verdict").asText()) : found.get("adverse").asBoolean();
        boolean measure = !expected.has("measure") || (found.has("measureIndex") && found.get("measureIndex").asInt() == expected.get("measure").asInt());
        return verdict && measure && within(found.get("citation").asText(), expected.get("citation").asText());
    }

    private static String limit(JsonNode deadline) {
        JsonNode l = deadline.get("limit");
        String unit = l.get("unit").asText().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        long amount = l.get("amount").asLong();
        return amount + " " + (amount == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }

    private static boolean within(String found, String expected) {
        return Citation.parse(found).isWithin(Citation.parse(expected));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static Stream<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            out.add(it.next());
        }
        return out.stream();
    }
}
