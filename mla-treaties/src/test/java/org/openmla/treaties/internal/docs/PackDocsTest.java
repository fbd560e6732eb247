package org.openmla.treaties.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.rules.Citation;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.testkit.scenario.ScenarioSummary;
import org.openmla.treaties.PackScenarios;

/**
 * {@code docs/packs/*.md} are generated from the packs. This test regenerates each and fails when the committed file
 * differs; run it with {@code -Dopenmla.docs.write=true} to write the files instead (see docs/packs/README.md).
 */
class PackDocsTest {

    static final Path DOCS = Path.of(System.getProperty("openmla.docs.dir", "../docs/packs"));

    /** Every scenario of the packs' YAML tables, as written. */
    static final List<ScenarioSummary> SCENARIOS = PackScenarios.summaries();

    /** @return the names of the pack's scenarios by each provision they say they exercise, in file and table order */
    static Map<Citation, List<String>> scenarioIndex(String packId) {
        Map<Citation, List<String>> index = new LinkedHashMap<>();
        for (ScenarioSummary s : SCENARIOS) {
            if (s.packs().contains(packId)) {
                s.provisions().forEach(c -> index.computeIfAbsent(c, k -> new ArrayList<>()).add(s.name()));
            }
        }
        return index;
    }

    static Stream<PackDocumentation> documentation() {
        return DocumentationResource.builtIn().stream();
    }

    @ParameterizedTest(name = "docs/packs/{0}")
    @MethodSource("documentation")
    void the_committed_documentation_is_generated_from_the_pack(PackDocumentation doc) throws IOException {
        CompiledRulePack pack = BuiltInPacks.registry().get(doc.packId());
        String generated = PackDocGenerator.render(pack, doc, scenarioIndex(doc.packId()));
        Path file = DOCS.resolve(doc.fileName());
        if (Boolean.getBoolean("openmla.docs.write")) {
            Files.createDirectories(DOCS);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).as("docs/packs/%s exists; regenerate with -Dopenmla.docs.write=true", doc.fileName()).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/packs/%s is out of date; regenerate with -Dopenmla.docs.write=true (see docs/packs/README.md)", doc.fileName())
                .isEqualTo(generated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentation")
    void the_documentation_covers_every_rule_and_every_provision_it_lists(PackDocumentation doc) {
        assertThat(PackDocGenerator.problems(BuiltInPacks.registry().get(doc.packId()), doc)).isEmpty();
    }

    @Test
    void every_paragraph_of_the_un_articles_is_encoded_or_explained() {
        for (String article : List.of("UNTOC art. 18", "UNCAC art. 46")) {
            PackDocumentation doc = unDocumentation().filter(d -> article.startsWith(d.packId())).findFirst().orElseThrow();
            List<Citation> listed = doc.coverage().stream().map(ProvisionCoverage::provision).toList();
            IntStream.rangeClosed(1, 30).forEach(p -> assertThat(listed).as(article + "(" + p + ")").contains(Citation.parse(article + "(" + p + ")")));
        }
    }

    static Stream<PackDocumentation> unDocumentation() {
        return org.openmla.treaties.un.UnPacks.all().stream().map(p -> DocumentationResource.load(p.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentation")
    void every_encoded_provision_and_every_un_paragraph_but_a_few_has_a_scenario(PackDocumentation doc) {
        Map<Citation, List<String>> index = scenarioIndex(doc.packId());
        List<String> scenarioLess = List.of("(4)", "(5)", "(6)", "(17)", "(24)", "(30)", "art. 3", "art. 4(5)", "art. 6", "art. 14", "art. 15", "art. 20");
        for (ProvisionCoverage c : doc.coverage()) {
            boolean exercised = index.keySet().stream().anyMatch(k -> k.isWithin(c.provision()));
            boolean unPack = doc.packId().startsWith("UN");
            if (c.encoded() || (unPack && scenarioLess.stream().noneMatch(s -> c.provision().toString().endsWith(s)))) {
                assertThat(exercised).as(c.provision() + " has a scenario").isTrue();
            }
        }
    }

    @Test
    void the_generated_document_names_each_rule_with_its_citation_kind_and_caveat() {
        PackDocumentation doc = documentation().filter(d -> d.packId().equals("UN_MODEL_TREATY")).findFirst().orElseThrow();

        String md = PackDocGenerator.render(BuiltInPacks.registry().get("UN_MODEL_TREATY"), doc);

        assertThat(md).startsWith(PackDocGenerator.GENERATED_MARK)
                .contains("### `mt.4.1.d` — UN_MODEL_TREATY art. 4(1)(d)", "**Kind:** DISCRETIONARY_REFUSAL", "**Caveat:** unverified:",
                        "## Provisions not encoded as rules, and why", "**UN_MODEL_TREATY art. 4(5)**", "NOT_ADDRESSED");
    }

    @Test
    void a_documentation_that_misses_a_rule_is_reported() {
        PackDocumentation doc = documentation().filter(d -> d.packId().equals("UNTOC")).findFirst().orElseThrow();
        PackDocumentation missing = new PackDocumentation(doc.packId(), doc.fileName(), doc.title(), doc.introduction(), doc.layering(),
                doc.dualCriminality(), doc.coverage().stream().filter(c -> !c.provision().equals(Citation.parse("UNTOC art. 18(22)"))).toList());

        assertThat(PackDocGenerator.problems(BuiltInPacks.registry().get("UNTOC"), missing))
                .containsExactly("rule untoc.18.22 (UNTOC art. 18(22)) falls within no listed provision");
    }
}
