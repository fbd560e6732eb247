package org.openmla.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.rules.StandardAssessments.DISCRIMINATORY_PURPOSE;
import static org.openmla.core.rules.StandardAssessments.DUAL_CRIMINALITY;
import static org.openmla.core.rules.StandardAssessments.INTERFERES_WITH_PROCEEDINGS;
import static org.openmla.core.rules.StandardAssessments.POLITICAL_OFFENCE;
import static org.openmla.testkit.MlaAssertions.assertThat;
import static org.openmla.testkit.fixtures.CaseFixture.OFFICER;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.model.MeasureType;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.testkit.fixtures.CaseFixture;
import org.openmla.testkit.fixtures.PackFixture;
import org.openmla.testkit.fixtures.RequestFixture;
import org.openmla.testkit.fixtures.Requests;
import org.openmla.testkit.scenario.Scenarios;

/**
 * The examples of {@code docs/testing-compliance-logic.md}, run, and the page checked against them: every Java example
 * of the page appears in this file, every scenario file of the page runs, and every failure message the page shows is
 * the message the kit produces (decision ids and digests aside).
 */
class TestingComplianceLogicDocTest {

    static final Path PAGE = Path.of("..", "docs", "testing-compliance-logic.md");
    static final Path THIS_FILE = Path.of("src", "test", "java", "org", "openmla", "testkit", "TestingComplianceLogicDocTest.java");
    static final RulePackRegistry REGISTRY = SelfTestPack.registry();

    // ---- the examples of the page ----

    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    static final RequestFixture BANK_RECORDS = Requests.untoc().withId("NL-TEST-2026-0101").between("NL", "BE")
            .withOnlyLegalBasis("TESTLAND").withOnlyMeasure(MeasureType.BANK_AND_BUSINESS_RECORDS);
    static final PackFixture TESTLAND = PackFixture.forPacks(REGISTRY, "TESTLAND");

    static Decision politicalOffence() {
        return TESTLAND.given(BANK_RECORDS)
                .assessing(DISCRIMINATORY_PURPOSE, false)
                .assessing(POLITICAL_OFFENCE, true)
                .assessing(DUAL_CRIMINALITY, true)
                .assessing(INTERFERES_WITH_PROCEEDINGS, false)
                .proposingRefusal("BANK_SECRECY")
                .whenEvaluatedOn(LAW_DATE)
                .decision();
    }

    @Test
    void assertions_on_a_decision() {
        Decision decision = politicalOffence();

        assertThat(decision)
                .mayBeRefused()
                .isDeterminedBy("TESTLAND art. 4(2)(a)")
                .hasFinding("TESTLAND art. 4(2)(a)")
                .hasNoFinding("TESTLAND art. 4(1)(a)")
                .hasNoOpenQuestions()
                .hasCondition("TESTLAND art. 7")
                .requiresConsultation()
                .hasDeadline("TESTLAND art. 10")
                .refusalCheck("BANK_SECRECY").isForbidden().and()
                .measure(0).mayBeRefused();
    }

    static String assertionFailure() {
        return messageOf(() -> assertThat(politicalOffence()).isGranted());
    }

    @Test
    void the_pack_fixture() {
        TESTLAND.given(BANK_RECORDS)
                .assessing(DISCRIMINATORY_PURPOSE, false)
                .assessing(POLITICAL_OFFENCE, true)
                .assessing(DUAL_CRIMINALITY, true)
                .assessing(INTERFERES_WITH_PROCEEDINGS, false)
                .whenEvaluatedOn(LAW_DATE)
                .expectOutcome(Outcome.MAY_REFUSE)
                .expectFinding("TESTLAND art. 4(2)(a)")
                .expectNoOpenQuestions()
                .expectConsultation();
    }

    static String packFixtureFailure() {
        return messageOf(() -> TESTLAND.given(BANK_RECORDS.withOffence(org.openmla.core.model.OffenceCategory.TERRORISM, 15))
                .assessing(DISCRIMINATORY_PURPOSE, false)
                .assessing(POLITICAL_OFFENCE, true)
                .whenEvaluatedOn(LAW_DATE)
                .expectFinding("TESTLAND art. 4(3)")
                .expectOutcome(Outcome.MAY_REFUSE));
    }

    @Test
    void the_case_fixture() {
        Decision decision = politicalOffence();

        CaseFixture.forCase("NL-TEST-2026-0101")
                .given(CommandType.RECEIVE)
                .given(Command.recordDecision(OFFICER, 0, decision))
                .given(CommandType.START_REVIEW)
                .when(Command.refuse(OFFICER, 0, decision, "POLITICAL_OFFENCE"))
                .expectRejectedBecause("refuse.reasons-given")
                .expectRejectedBecause("refuse.consulted")
                .expectState(CaseState.UNDER_REVIEW);

        CaseFixture.forCase("NL-TEST-2026-0101")
                .given(CommandType.RECEIVE)
                .given(Command.recordDecision(OFFICER, 0, decision))
                .whenWaiting(Duration.ofDays(31))
                .expectOverdueDeadline("TESTLAND art. 10");
    }

    static String caseFixtureFailure() {
        Decision decision = politicalOffence();
        return messageOf(() -> CaseFixture.forCase("NL-TEST-2026-0101")
                .given(CommandType.RECEIVE)
                .given(Command.recordDecision(OFFICER, 0, decision))
                .given(CommandType.START_REVIEW)
                .when(Command.refuse(OFFICER, 0, decision, "POLITICAL_OFFENCE").because("The offence is a political offence."))
                .expectState(CaseState.REFUSED));
    }

    // ---- the page, checked ----

    @TempDir
    Path dir;

    /** Failure messages shown on the page, by the name in their {@code <!-- message: name -->} marker. */
    static Map<String, Supplier<String>> messages() {
        Map<String, Supplier<String>> m = new LinkedHashMap<>();
        m.put("assertion", TestingComplianceLogicDocTest::assertionFailure);
        m.put("pack-fixture", TestingComplianceLogicDocTest::packFixtureFailure);
        m.put("case-fixture", TestingComplianceLogicDocTest::caseFixtureFailure);
        return m;
    }

    record Block(String marker, String language, String text) {}

    static List<Block> blocks() throws IOException {
        List<Block> out = new ArrayList<>();
        Matcher m = Pattern.compile("<!-- ([a-z-]+)(?:: ([^ ]+))? -->\\n```([a-z]*)\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(new Block(m.group(1) + (m.group(2) == null ? "" : ":" + m.group(2)), m.group(3), m.group(4)));
        }
        return out;
    }

    @Test
    void every_java_example_of_the_page_is_code_of_this_test() throws IOException {
        List<String> source = trimmedLines(Files.readString(THIS_FILE, StandardCharsets.UTF_8));
        List<Block> examples = blocks().stream().filter(b -> b.marker().equals("example")).toList();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (Block b : examples) {
            assertThat(java.util.Collections.indexOfSubList(source, trimmedLines(b.text()))).as("example on the page:\n" + b.text())
                    .isNotNegative();
        }
    }

    @Test
    void every_failure_message_of_the_page_is_the_message_the_kit_gives() throws IOException {
        List<Block> shown = blocks().stream().filter(b -> b.marker().startsWith("message:")).toList();
        Map<String, Supplier<String>> known = new LinkedHashMap<>(messages());
        Map<String, String> fromScenarios = scenarioMessages();
        known.put("scenario", () -> fromScenarios.get("scenario"));
        known.put("malformed", () -> fromScenarios.get("malformed"));
        known.put("coverage", () -> fromScenarios.get("coverage"));

        assertThat(shown).extracting(b -> b.marker().substring("message:".length())).containsExactlyInAnyOrderElementsOf(known.keySet());
        for (Block b : shown) {
            String actual = normalize(known.get(b.marker().substring("message:".length())).get()).stripTrailing();
            String page = normalize(b.text()).stripTrailing();
            if (page.endsWith("\n...")) {
                assertThat(actual).as(b.marker()).startsWith(page.substring(0, page.length() - 3));
            } else {
                assertThat(actual).as(b.marker()).isEqualTo(page);
            }
        }
    }

    @Test
    void every_scenario_file_of_the_page_runs() throws IOException {
        List<Block> files = blocks().stream().filter(b -> b.marker().startsWith("scenario-file:")).toList();
        assertThat(files).isNotEmpty();
        for (Block b : files) {
            Path folder = Files.createDirectories(dir.resolve(b.marker().replace(':', '_')));
            writePage(folder, b);
            List<String> failures = run(Scenarios.in(folder).using(REGISTRY).printingCoverageTo(quiet()), new ArrayList<>());
            assertThat(failures).as(b.marker()).isEmpty();
        }
    }

    private Map<String, String> scenarioMessages() {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (Block b : blocks()) {
                if (!b.marker().startsWith("failing-scenario-file:")) {
                    continue;
                }
                Path folder = Files.createDirectories(dir.resolve(b.marker().replace(':', '_')));
                writePage(folder, b);
                ByteArrayOutputStream printed = new ByteArrayOutputStream();
                List<String> failures = run(Scenarios.in(folder).using(REGISTRY).printingCoverageTo(new PrintStream(printed, true, StandardCharsets.UTF_8)),
                        new ArrayList<>());
                String name = b.marker().substring("failing-scenario-file:".length());
                out.put(name.startsWith("malformed") ? "malformed" : "scenario", failures.get(0));
                if (!name.startsWith("malformed")) {
                    out.put("coverage", printed.toString(StandardCharsets.UTF_8).strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the scenario file and the request file it refers to (the self-test's). */
    private static void writePage(Path folder, Block b) throws IOException {
        String name = b.marker().substring(b.marker().indexOf(':') + 1);
        Files.writeString(folder.resolve(name), b.text(), StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("requests"));
        Files.copy(Path.of("src", "test", "resources", "scenarios", "testland", "requests", "bank-records.json"),
                folder.resolve("requests").resolve("bank-records.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> run(Scenarios scenarios, List<String> failures) {
        flatten(scenarios.tests(), failures);
        return failures;
    }

    private static void flatten(Stream<? extends DynamicNode> nodes, List<String> failures) {
        nodes.forEach(n -> {
            if (n instanceof DynamicContainer c) {
                flatten(c.getChildren(), failures);
            } else {
                try {
                    ((DynamicTest) n).getExecutable().execute();
                } catch (Throwable e) {
                    failures.add(e.getMessage());
                }
            }
        });
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static String messageOf(Runnable failing) {
        try {
            failing.run();
        } catch (AssertionError e) {
            return e.getMessage();
        }
        throw new AssertionError("the example did not fail");
    }

    /** Decision ids and input digests depend on the engine's digest, not on the kit: they are not compared. */
    static String normalize(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<decision id>")
                .replaceAll("input digest [0-9a-f]{64}", "input digest <digest>");
    }

    private static List<String> trimmedLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void print_the_messages_for_the_page() {
        // Run with -Dtestkit.printDocMessages=true to regenerate the page's messages.
        if (Boolean.getBoolean("testkit.printDocMessages")) {
            messages().forEach((k, v) -> System.out.println("<!-- message: " + k + " -->\n```text\n" + v.get() + "\n```\n"));
            scenarioMessages().forEach((k, v) -> System.out.println("<!-- message: " + k + " -->\n```text\n" + v + "\n```\n"));
        }
        assertThat(messages()).isNotEmpty();
    }
}
