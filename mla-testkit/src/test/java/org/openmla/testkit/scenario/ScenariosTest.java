package org.openmla.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.openmla.testkit.RuleCoverage;
import org.openmla.testkit.SelfTestPack;

/** Running scenario folders: names, failures, malformed files and coverage. */
class ScenariosTest {

    @TempDir
    Path dir;

    /** One dynamic test run: its path of display names and what it threw. */
    record Run(String name, Optional<Throwable> failure) {
        String message() {
            return failure.orElseThrow(() -> new AssertionError(name + " passed")).getMessage();
        }
    }

    static List<Run> run(Scenarios scenarios) {
        List<Run> out = new ArrayList<>();
        flatten(scenarios.tests(), "", out);
        return out;
    }

    private static void flatten(Stream<? extends DynamicNode> nodes, String prefix, List<Run> out) {
        nodes.forEach(n -> {
            if (n instanceof DynamicContainer c) {
                flatten(c.getChildren(), prefix + c.getDisplayName() + " / ", out);
            } else {
                DynamicTest t = (DynamicTest) n;
                try {
                    t.getExecutable().execute();
                    out.add(new Run(prefix + t.getDisplayName(), Optional.empty()));
                } catch (Throwable e) {
                    out.add(new Run(prefix + t.getDisplayName(), Optional.of(e)));
                }
            }
        });
    }

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    Scenarios scenarios() {
        return Scenarios.in(dir).using(SelfTestPack.registry()).printingCoverageTo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    static final String HEADER = """
            defaults:
              packs: [TESTLAND]
              lawDate: 2026-03-01
              request:
                schemaVersion: 1
                id: NL-TEST-2026-0102
                requestingParty: { state: NL, authority: { name: Public Prosecutor's Office Rotterdam, kind: PROSECUTOR } }
                requestedState: BE
                factsSummary: A shipment of cocaine was seized in the port.
                purpose: To hear a witness.
                measures: [ { type: TAKING_EVIDENCE } ]
            """;

    @Test
    void one_container_per_file_one_test_per_scenario_named_after_it_and_the_coverage_test_last() throws IOException {
        write("b/second.yml", HEADER + """
                scenarios:
                  - name: pending
                    expect: { outcome: PENDING_ASSESSMENT }
                """);
        write("a.yaml", HEADER + """
                scenarios:
                  - name: first scenario
                    expect: { outcome: PENDING_ASSESSMENT }
                  - name: second scenario
                    assessments: { DISCRIMINATORY_PURPOSE: true }
                    expect: { outcome: MUST_REFUSE }
                """);
        write("notes.txt", "not a scenario file");

        List<Run> runs = run(scenarios());

        assertThat(runs).extracting(Run::name).containsExactly(
                "a.yaml / first scenario", "a.yaml / second scenario", "b/second.yml / pending", "rule coverage");
        assertThat(runs).allSatisfy(r -> assertThat(r.failure()).isEmpty());
    }

    @Test
    void a_scenario_whose_decision_differs_fails_with_expected_and_actual_side_by_side_and_the_explanation() throws IOException {
        write("political.yaml", HEADER + """
                scenarios:
                  - name: a political offence may be refused
                    assessments:
                      DISCRIMINATORY_PURPOSE: false
                      POLITICAL_OFFENCE: true
                      INTERFERES_WITH_PROCEEDINGS: false
                    expect:
                      outcome: GRANT_WITH_CONDITIONS
                      findings:
                        - TESTLAND art. 4(2)(a)
                        - citation: TESTLAND art. 4(3)
                          verdict: TRUE
                      openQuestions: []
                """);

        Run run = run(scenarios()).get(0);

        assertThat(run.failure()).containsInstanceOf(AssertionError.class);
        assertThat(run.message()).startsWith("""
                Scenario 'a political offence may be refused' in political.yaml: 2 of 4 expectations not met (rows marked <|> differ)

                expected                                 |  actual
                -----------------------------------------+---------------------------------------
                outcome GRANT_WITH_CONDITIONS           <|> MAY_REFUSE
                finding TESTLAND art. 4(2)(a) [adverse]  |  [TRUE] TESTLAND art. 4(2)(a) (tl.4.2.a)
                finding TESTLAND art. 4(3) [TRUE]       <|> [FALSE] TESTLAND art. 4(3) (tl.4.3)
                no open questions                        |  none

                Explanation:
                Decision""");
        assertThat(run.message()).contains("Outcome: MAY_REFUSE\n  determined by: TESTLAND art. 4(2)(a) (tl.4.2.a)");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("an unknown expectation", """
                        scenarios:
                          - name: x
                            expect: { outcom: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.outcom: unknown property; known properties: outcome, "
                        + "partial, measures, findings, absentFindings, determinedBy, determinedByExactly, openQuestions, conditions, consultation, deadlines, "
                        + "refusalChecks, refusalReasons"),
                Arguments.of("an unknown scenario property", """
                        scenarios:
                          - name: x
                            assesments: { POLITICAL_OFFENCE: true }
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field assesments: unknown property; known properties: name, "
                        + "description, provisions, packs, lawDate, request, requestChanges, assessments, measureAssessments, requestedState, "
                        + "requestingState, proposedRefusals, expect"),
                Arguments.of("an unknown outcome", """
                        scenarios:
                          - name: x
                            expect: { outcome: GRANTED }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.outcome: 'GRANTED' is not one of [ENGINE_ERROR, "
                        + "NOT_APPLICABLE, RETURN_TO_ISSUER, DEFICIENT, MUST_REFUSE, PENDING_ASSESSMENT, MAY_REFUSE, POSTPONE, GRANT_WITH_CONDITIONS, GRANT]"),
                Arguments.of("a malformed citation", """
                        scenarios:
                          - name: x
                            expect:
                              outcome: GRANT
                              findings: [TESTLAND art. 4(2)(a), article 4 of TESTLAND]
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.findings[1]: 'article 4 of TESTLAND' is not a "
                        + "citation like 'UNTOC art. 18(21)(b)' or a rule id like 'untoc.18.21.b'"),
                Arguments.of("a finding named both by citation and by rule id", """
                        scenarios:
                          - name: x
                            expect:
                              findings: [ { citation: TESTLAND art. 7, rule: tl.7 } ]
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.findings[0].rule: give the citation or the rule id, not both"),
                Arguments.of("a citation given as a rule id", """
                        scenarios:
                          - name: x
                            expect:
                              findings: [ { rule: TESTLAND art. 7 } ]
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.findings[0].rule: 'TESTLAND art. 7' is not a rule id "
                        + "like 'untoc.18.21.b' (a citation goes in citation)"),
                Arguments.of("a malformed provision", """
                        scenarios:
                          - name: x
                            provisions: [tl.7]
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field provisions[0]: 'tl.7' is not a citation like 'UNTOC art. 18(21)(b)'"),
                Arguments.of("a refusal check without an answer", """
                        scenarios:
                          - name: x
                            proposedRefusals: [BANK_SECRECY]
                            expect:
                              refusalChecks: { BANK_SECRECY: { restsOn: TESTLAND art. 5 } }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.refusalChecks.BANK_SECRECY.answer: is required"),
                Arguments.of("an empty list of reasons", """
                        scenarios:
                          - name: x
                            expect: { refusalReasons: [] }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.refusalReasons: lists no citation"),
                Arguments.of("consultation neither a boolean nor a list", """
                        scenarios:
                          - name: x
                            expect: { consultation: TESTLAND art. 8 }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.consultation: must be true, false or a list of the rules "
                        + "requiring it (was text)"),
                Arguments.of("an unknown verdict", """
                        scenarios:
                          - name: x
                            expect:
                              findings: [ { citation: TESTLAND art. 7, verdict: MAYBE } ]
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.findings[0].verdict: 'MAYBE' is not one of "
                        + "[TRUE, FALSE, UNKNOWN, NOT_APPLICABLE, ERROR]"),
                Arguments.of("an assessment that is not a yes or no", """
                        scenarios:
                          - name: x
                            assessments: { POLITICAL_OFFENCE: yes }
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field assessments.POLITICAL_OFFENCE: must be true, false or "
                        + "unknown (was 'yes')"),
                Arguments.of("a malformed date", """
                        scenarios:
                          - name: x
                            lawDate: 1 March 2026
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field lawDate: '1 March 2026' is not a date like 2026-03-01"),
                Arguments.of("an empty value", """
                        scenarios:
                          - name: x
                            lawDate:
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field lawDate: is empty; give a value or leave the property out"),
                Arguments.of("a scenario without a name", """
                        scenarios:
                          - expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'scenario #1', field name: is required"),
                Arguments.of("a scenario that expects nothing", """
                        scenarios:
                          - name: x
                            expect: {}
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect: expects nothing; state at least the outcome"),
                Arguments.of("an unregistered pack", """
                        scenarios:
                          - name: x
                            packs: [UNTOC]
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field packs: no rule pack 'UNTOC' is registered (known: [TESTLAND])"),
                Arguments.of("an unregistered version of a pack", """
                        scenarios:
                          - name: x
                            packs: [TESTLAND@9.9]
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field packs: no rule pack TESTLAND@9.9 is registered"),
                Arguments.of("a malformed pack id", """
                        scenarios:
                          - name: x
                            packs: [testland]
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field packs[0]: 'testland' is not a pack id (upper-case, e.g. "
                        + "UNTOC) optionally followed by @version"),
                Arguments.of("an unknown language", """
                        scenarios:
                          - name: x
                            requestedState: { languages: [en, english] }
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field requestedState.languages[1]: 'english' is not an ISO 639-1 "
                        + "language code such as en or fr"),
                Arguments.of("an unknown profile property", """
                        scenarios:
                          - name: x
                            requestedState: { declaration: [X] }
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field requestedState.declaration: unknown property; known "
                        + "properties: declarations, languages"),
                Arguments.of("a malformed time limit", """
                        scenarios:
                          - name: x
                            expect: { deadlines: [ { citation: TESTLAND art. 10, limit: a month } ] }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field expect.deadlines[0].limit: 'a month' is not a time limit "
                        + "like '30 days', '8 hours', '5 working days', '2 weeks' or '3 months'"),
                Arguments.of("a measure the request does not have", """
                        scenarios:
                          - name: x
                            measureAssessments: { 3: { DUAL_CRIMINALITY: true } }
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field measureAssessments.3: the request has 1 measure (counted from 0)"),
                Arguments.of("a request that is not well formed", """
                        scenarios:
                          - name: x
                            requestChanges:
                              schemaVersion: null
                              measures: [ { type: WIRETAP } ]
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field defaults.request with requestChanges: not a well-formed "
                        + "request (2 problems):\n  /schemaVersion: required property is missing (this library reads format version 1)\n"
                        + "  /measures/0/type: "),
                Arguments.of("a request file that does not exist", """
                        scenarios:
                          - name: x
                            request: requests/missing.json
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field request: the request file 'requests/missing.json' does not "
                        + "exist (paths are relative to the scenario file)"),
                Arguments.of("two scenarios of the same name", """
                        scenarios:
                          - name: x
                            expect: { outcome: PENDING_ASSESSMENT }
                          - name: x
                            expect: { outcome: GRANT }
                        """, "Malformed scenario file bad.yaml, scenario 'x', field name: the name is used by an earlier scenario of the file; "
                        + "names must be unique"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void a_malformed_scenario_fails_its_own_test_naming_the_file_the_scenario_and_the_field(String what, String yaml, String message)
            throws IOException {
        write("bad.yaml", HEADER + yaml);

        List<Run> runs = run(scenarios());
        Run failed = runs.stream().filter(r -> r.failure().isPresent()).findFirst().orElseThrow(() -> new AssertionError("nothing failed"));

        assertThat(failed.failure()).containsInstanceOf(ScenarioFormatException.class);
        assertThat(failed.message()).startsWith(message);
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("an unknown top-level property", "scenario:\n  - name: x\n",
                        "Malformed scenario file bad.yaml, field scenario: unknown property; known properties: description, defaults, scenarios"),
                Arguments.of("no scenarios", "defaults: { packs: [TESTLAND] }\n",
                        "Malformed scenario file bad.yaml, field scenarios: is required"),
                Arguments.of("an empty list of scenarios", "scenarios: []\n",
                        "Malformed scenario file bad.yaml, field scenarios: must be a non-empty list of scenarios"),
                Arguments.of("an unknown default", "defaults: { expect: { outcome: GRANT } }\nscenarios: [ { name: x } ]\n",
                        "Malformed scenario file bad.yaml, field defaults.expect: unknown property; known properties: packs, lawDate, request, "
                                + "requestChanges, assessments, measureAssessments, requestedState, requestingState, proposedRefusals"),
                Arguments.of("an empty file", "", "Malformed scenario file bad.yaml, field (document): the file is empty; it needs a list of scenarios"),
                Arguments.of("a list instead of an object", "- name: x\n",
                        "Malformed scenario file bad.yaml, field (document): must be an object with properties [description, defaults, scenarios, from, rename] (was a list)"),
                Arguments.of("broken YAML", "scenarios:\n  - name: x\n   expect: {\n",
                        "Malformed scenario file bad.yaml, field (document): not valid YAML at line 3, column 4: "),
                Arguments.of("a key given twice", "scenarios:\n  - name: x\n    name: y\n",
                        "Malformed scenario file bad.yaml, field (document): not valid YAML at line 3, column 9: Duplicate field 'name'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void a_file_that_cannot_be_read_gives_one_failing_test_naming_the_file_and_the_field(String what, String yaml, String message)
            throws IOException {
        write("bad.yaml", yaml);

        List<Run> runs = run(scenarios());

        assertThat(runs.get(0).name()).isEqualTo("bad.yaml / (the file cannot be read)");
        assertThat(runs.get(0).failure()).containsInstanceOf(ScenarioFormatException.class);
        assertThat(runs.get(0).message()).startsWith(message);
        assertThat(runs).hasSize(2);
    }

    @Test
    void the_exception_carries_its_parts() throws IOException {
        write("bad.yaml", HEADER + "scenarios:\n  - name: x\n    expect: { outcome: GRANTED }\n");

        ScenarioFormatException e = (ScenarioFormatException) run(scenarios()).get(0).failure().orElseThrow();

        assertThat(e.file()).isEqualTo("bad.yaml");
        assertThat(e.scenario()).contains("x");
        assertThat(e.field()).isEqualTo("expect.outcome");
        assertThat(e.problem()).startsWith("'GRANTED' is not one of");
    }

    @Test
    void a_request_file_that_is_not_well_formed_is_reported_with_line_and_column() throws IOException {
        write("requests/bad.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \"X-1\",\n  \"requestingParty\": { \"state\": \"NL\" },\n"
                + "  \"requestedState\": \"BE\",\n  \"measures\": [ { \"type\": \"WIRETAP\" } ]\n}\n");
        write("s.yaml", "defaults: { packs: [TESTLAND], lawDate: 2026-03-01, request: requests/bad.json }\n"
                + "scenarios:\n  - name: x\n    expect: { outcome: GRANT }\n");

        assertThat(run(scenarios()).get(0).message()).startsWith("Malformed scenario file s.yaml, scenario 'x', field defaults.request "
                + "(requests/bad.json): not a well-formed request (1 problem):\n  line 6, column 27, /measures/0/type: is not a known MeasureType code");
    }

    @Test
    void a_patched_request_file_that_is_not_json_is_reported_by_the_request_reader_without_quoting_it() throws IOException {
        write("requests/broken.json", "{\n  \"schemaVersion\": 1,\n  \"id\": Sam Example\n}\n");
        write("s.yaml", "defaults: { packs: [TESTLAND], lawDate: 2026-03-01, request: requests/broken.json }\n"
                + "scenarios:\n  - name: x\n    requestChanges: { purpose: To hear a witness. }\n    expect: { outcome: GRANT }\n");

        String message = run(scenarios()).get(0).message();

        // Jackson 2.18 places an unrecognised token's column after the token (12), Jackson 2.23 at its
        // start (9): both are the reader's honest location, the rest of the message is ours and the same.
        assertThat(message).matches("(?s)Malformed scenario file s\\.yaml, scenario 'x', field defaults\\.request \\(requests/broken\\.json\\): "
                + "not a well-formed request \\(1 problem\\):\n  line 3, column (9|12), /id: malformed JSON: unrecognized token.*");
        assertThat(message).doesNotContain("Sam");
    }

    @Test
    void country_codes_that_yaml_might_take_for_booleans_stay_codes() throws IOException {
        write("norway.yaml", HEADER + """
                scenarios:
                  - name: a request to Norway
                    requestChanges: { requestedState: NO }
                    expect: { outcome: PENDING_ASSESSMENT }
                """);

        assertThat(run(scenarios()).get(0).failure()).isEmpty();
    }

    @Test
    void a_pack_version_can_be_named() throws IOException {
        write("versioned.yaml", HEADER + """
                scenarios:
                  - name: version 1.0.0
                    packs: [TESTLAND@1.0.0]
                    expect: { outcome: PENDING_ASSESSMENT }
                """);

        assertThat(run(scenarios()).get(0).failure()).isEmpty();
    }

    @Test
    void a_folder_without_scenario_files_fails_rather_than_passing_silently() {
        List<Run> runs = run(Scenarios.in(dir.resolve("nowhere")).using(SelfTestPack.registry()));

        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("no scenario files in " + dir.resolve("nowhere"));
            assertThat(r.message()).endsWith("(the folder does not exist)");
        });
    }

    @Test
    void scenarios_can_be_read_from_the_class_path_and_packs_found_through_the_service_loader() {
        List<Run> runs = run(Scenarios.onClasspath("scenarios").printingCoverageTo(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)));

        assertThat(runs).hasSizeGreaterThan(10);
        assertThat(runs).allSatisfy(r -> assertThat(r.failure()).as(r.name()).isEmpty());
        assertThat(runs.get(0).name()).startsWith("testland/");
    }

    @Test
    void the_coverage_test_prints_the_untested_rules_and_fails_below_the_minimum() throws IOException {
        write("one.yaml", HEADER + """
                scenarios:
                  - name: political
                    assessments: { POLITICAL_OFFENCE: true }
                    expect: { outcome: MAY_REFUSE }
                """);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Scenarios scenarios = Scenarios.in(dir).using(SelfTestPack.registry()).requireRuleCoverage(0.5)
                .printingCoverageTo(new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<Run> runs = run(scenarios);

        Run coverage = runs.get(runs.size() - 1);
        assertThat(coverage.name()).isEqualTo("rule coverage (at least 50%)");
        assertThat(coverage.message()).startsWith("Rule coverage 26.7% is below the required 50.0%\n\n"
                + "Rule coverage: 4 of 15 rules (26.7%) made decisive or adverse in 1 decision\n\n"
                + "TESTLAND@1.0.0: 4 of 15 rules (26.7%)\n  untested:\n"
                + "  - TESTLAND art. 1(2) (tl.1, SCOPE): in play in 1 decision, never unmet (FALSE)\n"
                + "      The treaty does not apply to military offences which are not offences under ordinary criminal law.\n");
        assertThat(coverage.message()).contains("  - TESTLAND art. 9(1) (tl.9, PRECONDITION): never in play\n");
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Rule coverage: 4 of 15 rules (26.7%)");
        RuleCoverage.Report report = scenarios.coverage().report();
        assertThat(report.tested()).isEqualTo(4);
        assertThat(report.pack("TESTLAND")).isPresent();
    }

    @Test
    void coverage_can_be_fixed_to_packs_so_that_an_unused_pack_counts() throws IOException {
        write("one.yaml", HEADER + "scenarios:\n  - name: x\n    expect: { outcome: PENDING_ASSESSMENT }\n");
        Scenarios scenarios = scenarios().coveringPacks("TESTLAND");

        run(scenarios);

        assertThat(scenarios.coverage().report().packs()).extracting(RuleCoverage.PackCoverage::packId).containsExactly("TESTLAND");
    }

    static final String POLITICAL = """
              - name: a political offence may be refused
                provisions: [TESTLAND art. 4(2)(a), TESTLAND art. 8]
                assessments: { DISCRIMINATORY_PURPOSE: false, POLITICAL_OFFENCE: true, INTERFERES_WITH_PROCEEDINGS: false }
                proposedRefusals: [POLITICAL_OFFENCE, BANK_SECRECY]
            """;

    @Test
    void rules_are_named_by_citation_or_by_rule_id() throws IOException {
        write("ids.yaml", HEADER + "scenarios:\n" + POLITICAL + """
                    expect:
                      outcome: MAY_REFUSE
                      findings: [tl.4.2.a, { rule: tl.4.3, verdict: FALSE }, { citation: TESTLAND art. 4(3), verdict: FALSE }]
                      absentFindings: [tl.4.1.a]
                      determinedBy: [tl.4.2.a]
                      determinedByExactly: [TESTLAND art. 4(2)]
                      conditions: [tl.7]
                      consultation: [tl.8, TESTLAND art. 8]
                      deadlines: [ { rule: tl.10, limit: 30 days } ]
                      refusalChecks:
                        POLITICAL_OFFENCE: { answer: PERMITTED, restsOn: TESTLAND art. 4(2)(a) }
                        BANK_SECRECY: { answer: NOT_PROVIDED }
                      refusalReasons: [TESTLAND art. 4(2)]
                """);

        assertThat(run(scenarios())).allSatisfy(r -> assertThat(r.failure()).as(r.name()).isEmpty());
    }

    @Test
    void unmet_expectations_by_rule_id_exact_determination_reasons_and_the_article_a_refusal_check_rests_on_are_shown() throws IOException {
        write("ids.yaml", HEADER + "scenarios:\n" + POLITICAL + """
                    expect:
                      findings: [tl.4.3]
                      determinedByExactly: [TESTLAND art. 4(2)(a), TESTLAND art. 4(1)(a)]
                      refusalChecks:
                        BANK_SECRECY: { answer: FORBIDDEN, restsOn: TESTLAND art. 7 }
                      refusalReasons: [TESTLAND art. 4(1), TESTLAND art. 4(2)(a)]
                """);

        Run run = run(scenarios()).get(0);

        assertThat(run.message()).contains("""
                finding tl.4.3 [adverse]                                     <|> [FALSE] TESTLAND art. 4(3) (tl.4.3)
                determined by exactly [TESTLAND art. 4(2)(a), TESTLAND art. 4(1)(a)]
                                                                             <|> [TRUE] TESTLAND art. 4(2)(a) (tl.4.2.a)
                refusal on BANK_SECRECY FORBIDDEN resting on TESTLAND art. 7 <|> NOT_PROVIDED
                reason for refusal citing TESTLAND art. 4(1)                 <|> [TESTLAND art. 4(2)(a)]
                reason for refusal citing TESTLAND art. 4(2)(a)               |  [TESTLAND art. 4(2)(a)]
                """);
        assertThat(run.message()).startsWith("Scenario 'a political offence may be refused' in ids.yaml: 4 of 5 expectations not met");
    }

    @Test
    void a_check_on_every_decision_fails_the_scenario_with_its_message_and_the_explanation() throws IOException {
        write("checked.yaml", HEADER + "scenarios:\n" + POLITICAL + "    expect: { outcome: MAY_REFUSE }\n"
                + "  - name: plain\n    expect: { outcome: PENDING_ASSESSMENT }\n");
        List<String> seen = new ArrayList<>();

        List<Run> runs = run(scenarios().checkingEachDecision((request, decision) -> {
            seen.add(request.id().value() + " " + decision.outcome());
            if (decision.outcome() == org.openmla.core.decision.Outcome.MAY_REFUSE) {
                throw new AssertionError("a refusal is not welcome here");
            }
        }));

        assertThat(seen).containsExactly("NL-TEST-2026-0102 MAY_REFUSE", "NL-TEST-2026-0102 PENDING_ASSESSMENT");
        assertThat(runs.get(0).message()).startsWith("Scenario 'a political offence may be refused' in checked.yaml: a refusal is not welcome here\n\n"
                + "Explanation:\nDecision ");
        assertThat(runs.get(1).failure()).isEmpty();
    }

    @Test
    void the_summaries_list_each_scenario_with_its_packs_and_provisions_without_evaluating_it() throws IOException {
        write("b/one.yaml", HEADER + "scenarios:\n" + POLITICAL + "    expect: { outcome: GRANT }\n");
        write("a.yaml", HEADER + "scenarios:\n  - name: plain\n    description: Nothing stated.\n    packs: [TESTLAND@1.0.0]\n"
                + "    expect: { outcome: GRANT }\n");

        List<ScenarioSummary> summaries = scenarios().summaries();

        assertThat(summaries).containsExactly(
                new ScenarioSummary("a.yaml", "plain", Optional.of("Nothing stated."), List.of("TESTLAND"), List.of()),
                new ScenarioSummary("b/one.yaml", "a political offence may be refused", Optional.empty(), List.of("TESTLAND"),
                        List.of(org.openmla.core.rules.Citation.parse("TESTLAND art. 4(2)(a)"), org.openmla.core.rules.Citation.parse("TESTLAND art. 8"))));
    }

    @Test
    void the_summaries_fail_on_a_malformed_scenario() throws IOException {
        write("bad.yaml", HEADER + "scenarios:\n  - name: x\n    expect: { outcom: GRANT }\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenarios().summaries()).isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("Malformed scenario file bad.yaml, scenario 'x', field expect.outcom: unknown property");
    }

    @Test
    void a_ground_proposed_for_several_measures_is_checked_measure_by_measure() throws IOException {
        write("measures.yaml", """
                defaults:
                  packs: [TESTLAND]
                  lawDate: 2026-03-01
                  request: requests/bank-records.json
                scenarios:
                  - name: each measure's answer is checked
                    proposedRefusals: [ { ground: BANK_SECRECY, measure: 1 }, { ground: BANK_SECRECY, measure: 0 } ]
                    expect:
                      refusalChecks:
                        BANK_SECRECY:
                          - { measure: 0, answer: FORBIDDEN, restsOn: TESTLAND art. 5 }
                          - { measure: 1, answer: PERMITTED }
                """);
        Files.createDirectories(dir.resolve("requests"));
        Files.copy(Path.of("src/test/resources/scenarios/testland/requests/bank-records.json"), dir.resolve("requests/bank-records.json"));

        Run run = run(scenarios()).get(0);

        assertThat(run.message()).startsWith("Scenario 'each measure's answer is checked' in measures.yaml: 1 of 2 expectations not met")
                .contains("""
                        refusal on BANK_SECRECY for measures[0] FORBIDDEN resting on TESTLAND art. 5
                                                                                      |  FORBIDDEN [TESTLAND art. 5]
                        refusal on BANK_SECRECY for measures[1] PERMITTED            <|> FORBIDDEN [TESTLAND art. 5]
                        """);
    }

    @Test
    void a_file_runs_the_scenarios_of_another_renamed_with_its_own_defaults() throws IOException {
        write("base.yaml", HEADER + "scenarios:\n" + POLITICAL + """
                    expect:
                      outcome: MAY_REFUSE
                      refusalChecks: { POLITICAL_OFFENCE: { answer: PERMITTED, restsOn: TESTLAND art. 4(2)(a) } }
                """);
        Files.createDirectories(dir.resolve("again"));
        Files.writeString(dir.resolve("again/renamed.yaml"), """
                from: ../base.yaml
                rename: { "POLITICAL_OFFENCE: true": "POLITICAL_OFFENCE: false", "outcome: MAY_REFUSE": "outcome: GRANT_WITH_CONDITIONS",
                          "answer: PERMITTED": "answer: NOT_SUPPORTED" }
                defaults:
                  lawDate: 2026-03-02
                """, StandardCharsets.UTF_8);

        List<Run> runs = run(scenarios());

        assertThat(runs).extracting(Run::name).contains("again/renamed.yaml / a political offence may be refused",
                "base.yaml / a political offence may be refused");
        assertThat(runs).allSatisfy(r -> assertThat(r.failure()).as(r.name()).isEmpty());
    }
}
