package org.openmla.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.json.MlaJson;

/** Every command of {@code mla}, its output, its exit codes, and bad input reported clearly without a stack trace. */
class MlaCliTest {

    static final String EIO = "requests/eio-search-and-seizure.json";
    static final String UNTOC = "requests/untoc-bank-records.json";
    static final String INCOMPLETE = "requests/incomplete-request.json";
    static final String EAW = "requests/eaw-surrender-for-prosecution.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    static List<String> eioNothingAgainst() {
        List<String> args = new ArrayList<>();
        DemoCommand.DEFAULT_ASSESSMENTS.forEach(a -> args.addAll(List.of("--assess", a)));
        return args;
    }

    static String[] args(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    @Nested
    class Help {
        @Test
        void help_lists_the_commands_and_the_exit_codes() {
            CliRun run = CliRun.of("--help");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("evaluate", "explain", "validate", "lifecycle", "demo", "packs", "rules", "assessments", "grounds",
                    "Exit codes:", "bad input");
        }

        @Test
        void every_command_has_help() {
            for (String command : List.of("evaluate", "explain", "validate", "lifecycle", "demo", "packs", "rules", "assessments", "grounds")) {
                CliRun run = CliRun.of(command, "--help");
                assertThat(run.code()).as(command).isZero();
                assertThat(run.out()).as(command).startsWith("Usage: mla " + command);
            }
        }

        @Test
        void without_a_command_the_user_is_told_what_to_do() {
            CliRun run = CliRun.of();

            assertThat(run.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
            assertThat(run.err()).contains("a command is required", "mla demo");
        }

        @Test
        void the_version_is_the_build_version() {
            CliRun run = CliRun.of("--version");

            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("mla (OpenMLA) ").doesNotContain("${");
        }
    }

    @Nested
    class Evaluate {
        @Test
        void a_summary_gives_the_outcome_the_legal_basis_and_the_open_questions() {
            CliRun run = CliRun.of("evaluate", EIO, "--on", "2026-04-14");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("request DE-LKA-SL-2026-0311, DE to FR", "Law date 2026-04-14; packs EIO@1.1.0",
                    "Legal basis EIO: VALID", "Outcome: PENDING_ASSESSMENT", "EIO_LANGUAGE_ACCEPTED (decisive)", "EIO art. 12(3): 30 days");
        }

        @Test
        void json_is_the_decision_format_with_findings_questions_measures_and_proposed_refusals() throws IOException {
            CliRun run = CliRun.of(args(List.of("evaluate", EIO, "--on", "2026-04-14", "--format", "json", "--propose-refusal", "DUAL_CRIMINALITY"),
                    eioNothingAgainst()));

            assertThat(run.code()).isZero();
            JsonNode d = JSON.readTree(run.out());
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MlaJson.decisionJsonSchema());
            assertThat(schema.validate(d)).isEmpty();
            assertThat(d.get("outcome").asText()).isEqualTo("GRANT_WITH_CONDITIONS");
            assertThat(d.get("lawDate").asText()).isEqualTo("2026-04-14");
            assertThat(d.get("packs").get(0).get("id").asText()).isEqualTo("EIO");
            assertThat(d.get("findings")).isNotEmpty().allSatisfy(f -> assertThat(f.has("rule") && f.has("citation") && f.has("kind")
                    && f.has("verdict")).isTrue());
            assertThat(d.get("openQuestions").isArray()).isTrue();
            assertThat(d.get("measures").get(0).get("outcome").asText()).isEqualTo("GRANT_WITH_CONDITIONS");
            JsonNode proposal = d.get("proposedRefusals").get(0);
            assertThat(proposal.get("ground").asText()).isEqualTo("DUAL_CRIMINALITY");
            assertThat(proposal.get("permitted").asBoolean()).isFalse();
            assertThat(proposal.has("citation")).isTrue();
        }

        @Test
        void several_files_give_an_array_of_decisions() throws IOException {
            CliRun run = CliRun.of("evaluate", "--format", "json", "--on", "2026-04-14", EIO, INCOMPLETE);

            assertThat(run.code()).isZero();
            JsonNode array = JSON.readTree(run.out());
            assertThat(array.isArray()).isTrue();
            assertThat(array).extracting(d -> d.get("requestId").asText()).containsExactly("DE-LKA-SL-2026-0311", "PL-PR-KRK-2026-0033");
        }

        @Test
        void the_law_date_is_today_by_the_clock_unless_given() throws IOException {
            CliRun run = CliRun.of("evaluate", "--format", "json", EIO);

            assertThat(JSON.readTree(run.out()).get("lawDate").asText()).isEqualTo("2026-11-28");
        }

        @Test
        void the_party_data_answers_what_it_can_and_the_officer_can_overrule_it() throws IOException {
            Path treaty = temp.resolve("nl-ch-treaty.json");
            Files.writeString(treaty, """
                    {"format": "openmla-party-data/1", "dataVersion": "test", "asOf": "2026-01-01",
                     "bilateralTreaties": [{"id": "TEST-NL-CH", "title": "A treaty of mutual legal assistance (test data)",
                       "states": ["NL", "CH"], "inForce": "2000-01-01", "source": "test"}]}
                    """);

            CliRun withTreaty = CliRun.of("evaluate", UNTOC, "--on", "2026-03-02", "--party-data", treaty.toString());
            assertThat(withTreaty.code()).isZero();
            assertThat(withTreaty.out()).contains("From party data: MLA_TREATY_BINDS=true").doesNotContain("MLA_TREATY_BINDS (decisive)");

            CliRun overruled = CliRun.of("evaluate", UNTOC, "--on", "2026-03-02", "--party-data", treaty.toString(), "--format", "json",
                    "--assess", "MLA_TREATY_BINDS=false", "--assess", "TRANSNATIONAL_ORGANISED_CRIME=true");
            JsonNode d = JSON.readTree(overruled.out());
            assertThat(d.get("findings")).anySatisfy(f -> {
                assertThat(f.get("rule").asText()).isEqualTo("untoc.18.9");
                assertThat(f.get("verdict").asText()).isEqualTo("UNKNOWN");
            });
        }

        @Test
        void a_pack_can_be_named_instead_of_the_legal_basis() throws IOException {
            CliRun run = CliRun.of("evaluate", "--format", "json", "--on", "2026-04-14", "--pack", "UN_MODEL_TREATY", EIO);

            assertThat(run.code()).isZero();
            assertThat(JSON.readTree(run.out()).get("packs").get(0).get("id").asText()).isEqualTo("UN_MODEL_TREATY");
        }

        @Test
        void a_state_profile_file_replaces_the_profile_from_party_data() {
            Path profiles = temp.resolve("profiles.json");
            CliRun run;
            try {
                Files.writeString(profiles, "{\"profiles\": [{\"state\": \"FR\", \"declarations\": [], \"languages\": [\"fr\"]}]}");
                run = CliRun.of("evaluate", "--on", "2026-04-14", "--state-profile", profiles.toString(), EIO);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Outcome:");
        }

        @Test
        void a_state_profile_file_with_an_unknown_code_or_property_names_the_place_and_never_the_value() throws IOException {
            Path code = Files.writeString(temp.resolve("profiles-code.json"), "{\"profiles\": [{\"state\": \"QZX99887\"}]}");
            Path property = Files.writeString(temp.resolve("profiles-property.json"),
                    "{\"profiles\": [{\"state\": \"FR\", \"QZX99887-name\": []}]}");
            Path twice = Files.writeString(temp.resolve("profiles-twice.json"), "{\"profiles\": [{\"state\": \"FR\"}, {\"state\": \"fra\"}]}");

            CliRun unknownCode = CliRun.of("evaluate", "--on", "2026-04-14", "--state-profile", code.toString(), EIO);
            CliRun unknownProperty = CliRun.of("evaluate", "--on", "2026-04-14", "--state-profile", property.toString(), EIO);
            CliRun repeated = CliRun.of("evaluate", "--on", "2026-04-14", "--state-profile", twice.toString(), EIO);

            assertThat(unknownCode.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
            assertThat(unknownCode.err()).contains("/profiles/0: Jurisdiction.code: is not a known code").doesNotContain("QZX");
            assertThat(unknownProperty.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
            assertThat(unknownProperty.err()).contains("/profiles/0: has a property that is not allowed here (allowed: ").doesNotContain("QZX");
            assertThat(repeated.err()).contains("/profiles/1/state: names a State that has a profile already").doesNotContain("FR ");
        }

        @Test
        void fail_on_turns_chosen_outcomes_into_exit_code_1() {
            assertThat(CliRun.of("evaluate", INCOMPLETE, "--on", "2026-03-02").code()).isEqualTo(MlaCli.EXIT_OK);
            assertThat(CliRun.of("evaluate", INCOMPLETE, "--on", "2026-03-02", "--fail-on", "deficient").code()).isEqualTo(MlaCli.EXIT_FAIL_ON);
            assertThat(CliRun.of("evaluate", INCOMPLETE, "--on", "2026-03-02", "--fail-on", "MUST_REFUSE,DEFICIENT").code())
                    .isEqualTo(MlaCli.EXIT_FAIL_ON);
            assertThat(CliRun.of("evaluate", INCOMPLETE, "--on", "2026-03-02", "--fail-on", "refused").code()).isEqualTo(MlaCli.EXIT_OK);
            assertThat(CliRun.of(args(List.of("evaluate", EIO, "--on", "2026-04-14", "--fail-on", "not-granted"), eioNothingAgainst())).code())
                    .isEqualTo(MlaCli.EXIT_OK);
        }

        @Test
        void an_engine_error_is_exit_code_3_with_the_decision_still_printed() {
            CliRun run = CliRun.of("evaluate", EIO, "--pack", FaultyPackProvider.ID);

            assertThat(run.code()).isEqualTo(MlaCli.EXIT_FAILURE);
            assertThat(run.out()).contains("Outcome: ENGINE_ERROR");
            assertThat(run.err()).contains("ENGINE_ERROR").doesNotContain("\tat ");
        }

        @Test
        void facts_an_officer_knows_are_given_with_fact_and_reach_the_decision() throws IOException {
            List<String> base = List.of("evaluate", UNTOC, "--on", "2026-03-02", "--format", "json", "--assess", "MLA_TREATY_BINDS=false",
                    "--assess", "ESSENTIAL_INTERESTS=true");
            List<String> consulted = new java.util.ArrayList<>(base);
            consulted.addAll(List.of("--fact", "CONSULTATION_HELD", "--fact", "MEASURE_COERCIVE@1=false"));

            JsonNode before = JSON.readTree(CliRun.of(base.toArray(String[]::new)).out());
            CliRun run = CliRun.of(consulted.toArray(String[]::new));

            assertThat(run.code()).isZero();
            assertThat(before.get("consultations")).anySatisfy(c -> assertThat(c.get("citation").asText()).isEqualTo("UNTOC art. 18(26)"));
            assertThat(JSON.readTree(run.out()).get("consultations")).noneSatisfy(c -> assertThat(c.get("citation").asText()).isEqualTo("UNTOC art. 18(26)"));
        }

        @Test
        void a_judgement_is_not_a_fact() {
            CliRun run = CliRun.of("evaluate", EIO, "--on", "2026-04-14", "--fact", "POLITICAL_OFFENCE");

            assertThat(run.code()).isNotZero();
            assertThat(run.err()).contains("--fact: 'POLITICAL_OFFENCE' is not a fact");
        }

        @Test
        void per_measure_assessments_and_proposals_are_numbered_from_1() throws IOException {
            CliRun run = CliRun.of(args(List.of("evaluate", EIO, "--on", "2026-04-14", "--format", "json", "--assess", "MEASURE_NOT_AVAILABLE@1=true",
                    "--propose-refusal", "MEASURE_NOT_AVAILABLE@1"), List.of()));

            assertThat(run.code()).isZero();
            JsonNode proposal = JSON.readTree(run.out()).get("proposedRefusals").get(0);
            assertThat(proposal.get("measureIndex").asInt()).isZero();
        }
    }

    @Nested
    class Explain {
        @Test
        void the_trace_shows_every_finding_and_the_rules_not_applicable() {
            CliRun run = CliRun.of(args(List.of("explain", EIO, "--on", "2026-04-14"), eioNothingAgainst()));

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Legal basis EIO: VALID", "Outcome: GRANT_WITH_CONDITIONS", "Findings:", "[TRUE] EIO art. 34(1)",
                    "Rules not applicable:", "input digest");
        }
    }

    @Nested
    class Validate {
        @Test
        void valid_files_are_listed_as_valid() throws IOException {
            List<String> files;
            try (Stream<Path> samples = Files.list(Path.of("requests"))) {
                files = samples.map(Path::toString).filter(n -> n.endsWith(".json")).sorted().toList();
            }
            List<String> args = new ArrayList<>(List.of("validate"));
            args.addAll(files);
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains(files.size() + " of " + files.size() + " files valid", "eio-search-and-seizure.json: valid");
        }

        @Test
        void every_problem_of_a_malformed_file_is_listed_with_its_line_and_column() throws IOException {
            Path broken = temp.resolve("broken.json");
            Files.writeString(broken, Files.readString(Path.of(EIO)).replace("\"requestedState\": \"FR\"", "\"requestedState\": \"XX\"")
                    .replace("\"SEARCH_AND_SEIZURE\"", "\"SEARCH\"").replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"mood\": \"calm\","));

            CliRun run = CliRun.of("validate", broken.toString(), EIO);

            assertThat(run.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
            assertThat(run.out()).contains("broken.json: 3 problems", "/requestedState: is not a known ISO 3166-1 code", "/measures/0/type",
                    "has a property that is not allowed here", "line ", "column ", "1 of 2 files valid").doesNotContain("Hoffstetter");
        }
    }

    @Nested
    class Lists {
        @Test
        void packs_lists_the_built_in_packs_and_the_example_treaty_found_through_the_service_loader() {
            CliRun run = CliRun.of("packs");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("UNTOC 1.1.0", "UNCAC 1.1.0", "UN_MODEL_TREATY 1.0.0", "ETS30 1.1.0", "ETS185 1.1.0", "CETS224 1.0.0",
                    "EIO 1.1.0", "EEVIDENCE 1.1.0", "EAW 1.1.0", "EXAMPLE-MLAT 1.0.0", "(extends UN_MODEL_TREATY)", "1 disabled", "instruments: EIO");
        }

        @Test
        void rules_lists_a_packs_rules_with_citations_kinds_statements_and_disabled_rules() {
            CliRun run = CliRun.of("rules", "EXAMPLE-MLAT");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("EXAMPLE-MLAT art. 4(1)(g)  [example-mlat.4.1.g]  DISCRETIONARY_REFUSAL DEATH_PENALTY",
                    "UN_MODEL_TREATY art. 4(2)  [mt.4.2]  NOT_A_GROUND BANK_SECRECY, from UN_MODEL_TREATY", "caveat: unverified",
                    "Disabled:", "[mt.4.1.f]: EXAMPLE-MLAT: Neither Party has military offences");
        }

        @Test
        void assessments_lists_the_standard_ones_and_those_the_packs_declare() {
            CliRun all = CliRun.of("assessments");
            CliRun example = CliRun.of("assessments", "--pack", "EXAMPLE-MLAT");

            assertThat(all.code()).isZero();
            assertThat(all.out()).contains("POLITICAL_OFFENCE  (", "standard", "EIO_LANGUAGE_ACCEPTED  (EIO)", "MLA_TREATY_BINDS");
            assertThat(example.out()).contains("DEATH_PENALTY_ASSURANCE_REFUSED", "OFFENCE_WITHIN_REQUESTING_JURISDICTION")
                    .doesNotContain("EIO_LANGUAGE_ACCEPTED");
        }

        @Test
        void grounds_lists_the_standard_grounds_and_those_the_packs_name() {
            CliRun run = CliRun.of("grounds");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("BANK_SECRECY  (", "DEATH_PENALTY  (", "EXAMPLE-MLAT", "Bank secrecy.");
            assertThat(CliRun.of("grounds", "--pack", "EAW").out()).contains("NE_BIS_IN_IDEM").doesNotContain("BANK_SECRECY");
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void a_granted_request_is_walked_to_closure_with_its_deadlines_met() {
            CliRun run = CliRun.of(args(List.of("lifecycle", EIO, "--on", "2026-04-14"), eioNothingAgainst()));

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("RECEIVE ", "RECORD_DECISION", "ACKNOWLEDGE", "START_REVIEW", "ACCEPT ", "COMPLETE_EXECUTION",
                    "CLOSED", "EIO art. 12(3): 30 days from RECEIPT to DECISION - RUNNING, due 2026-05-14 09:00",
                    "EIO art. 12(4): 90 days from DECISION to EXECUTION - MET", "(on time)");
        }

        @Test
        void information_sent_without_a_request_has_its_conditions_and_no_lifecycle() {
            CliRun run = CliRun.of("lifecycle", "requests/untoc-spontaneous-information.json", "--on", "2026-03-10", "--assess",
                    "TRANSNATIONAL_ORGANISED_CRIME=true", "--assess", "INFORMATION_ON_CRIMINAL_MATTERS=true");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("information sent without a request BE-FED-INFO-2026-0031", "GRANT_WITH_CONDITIONS",
                    "UNTOC art. 18(5)", "has no lifecycle").doesNotContain("RECEIVE ", "ACCEPT ");
        }

        @Test
        void a_deficient_request_shows_the_guards_that_stop_acceptance_and_asks_for_information() {
            CliRun run = CliRun.of("lifecycle", INCOMPLETE, "--on", "2026-03-02");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("ACCEPT", "rejected", "accept.outcome-allows", "REQUEST_INFORMATION", "ADDITIONAL_INFORMATION_REQUESTED");
        }

        @Test
        void a_request_that_must_be_refused_is_refused_on_the_ground_found() {
            List<String> assessments = new ArrayList<>(List.of("EAW_INFORMATION_INSUFFICIENT=false", "EAW_AMNESTY=false",
                    "EAW_FINALLY_JUDGED_IN_MEMBER_STATE=true", "EAW_UNDER_AGE=false"));
            List<String> args = new ArrayList<>(List.of("lifecycle", EAW, "--on", "2026-02-20"));
            assessments.forEach(a -> args.addAll(List.of("--assess", a)));
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("REFUSE ", "grounds NE_BIS_IN_IDEM", "REFUSED -> CLOSED");
        }

        @Test
        void where_only_some_measures_may_be_refused_the_others_are_accepted_with_reasons() {
            List<String> args = new ArrayList<>(List.of("lifecycle", "requests/uncac-asset-freezing.json", "--on", "2026-03-18"));
            for (String a : List.of("MLA_TREATY_BINDS=false", "AGREED_TO_APPLY_CONVENTION_PROVISIONS=false", "DUAL_CRIMINALITY=false",
                    "INCONSISTENT_WITH_BASIC_CONCEPTS=false", "DE_MINIMIS_MATTER=false", "AVAILABLE_UNDER_OTHER_PROVISIONS=false",
                    "LANGUAGE_ACCEPTABLE=true", "AUTHENTICITY_ESTABLISHED=true", "ADDITIONAL_INFORMATION_NEEDED=false",
                    "REQUEST_NOT_IN_CONFORMITY=false", "ESSENTIAL_INTERESTS=false", "DOMESTIC_PROHIBITION=false",
                    "CONTRARY_TO_MLA_LEGAL_SYSTEM=false", "FISCAL_OFFENCE=false", "INTERFERES_WITH_PROCEEDINGS=false",
                    "SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES=false")) {
                args.addAll(List.of("--assess", a));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("outcome MAY_REFUSE", "measures accepted 2", "measures executed 2", "is CLOSED");
        }

        @Test
        void a_ground_for_postponement_is_consulted_on_and_the_case_postponed() {
            List<String> args = new ArrayList<>(List.of("lifecycle", "requests/example-mlat-witness-and-bank-records.json", "--on", "2026-04-14"));
            for (String a : List.of("OFFENCE_WITHIN_REQUESTING_JURISDICTION=true", "ESSENTIAL_INTERESTS=false", "POLITICAL_OFFENCE=false",
                    "DISCRIMINATORY_PURPOSE=false", "NE_BIS_IN_IDEM=false", "MEASURE_NOT_AVAILABLE=false", "INTERFERES_WITH_PROCEEDINGS=true",
                    "ADDITIONAL_INFORMATION_NEEDED=false")) {
                args.addAll(List.of("--assess", a));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("outcome POSTPONE", "CONSULT ", "RECORD_CONSULTATION", "POSTPONE ", "is POSTPONED");
        }

        @Test
        void the_zone_counts_the_deadlines() {
            CliRun run = CliRun.of(args(List.of("lifecycle", EIO, "--on", "2026-04-14", "--zone", "Asia/Tokyo"), eioNothingAgainst()));

            assertThat(run.out()).contains("times in Asia/Tokyo", "due 2026-05-14 09:00");
        }
    }

    @Nested
    class Demo {
        @Test
        void the_demo_explains_a_decision_on_a_shipped_sample_and_its_next_lifecycle_steps() {
            CliRun run = CliRun.of("demo");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("OpenMLA demo: sample request 'eio-search-and-seizure'", "Outcome: GRANT_WITH_CONDITIONS", "Findings:",
                    "Next steps", "ACCEPT ", "Case DE-LKA-SL-2026-0311 is CLOSED", "Law date 2026-04-14");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void the_demo_lists_and_runs_the_other_samples() {
            CliRun list = CliRun.of("demo", "--list");
            assertThat(list.out().lines()).contains("eio-search-and-seizure", "untoc-bank-records", "example-mlat-witness-and-bank-records")
                    .hasSizeGreaterThanOrEqualTo(12);

            CliRun other = CliRun.of("demo", "incomplete-request");
            assertThat(other.code()).isZero();
            assertThat(other.out()).contains("No assessments given", "Outcome: DEFICIENT", "REQUEST_INFORMATION");
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("a missing file", List.of("evaluate", "requests/no-such-request.json"), "no such file"),
                Arguments.of("a directory", List.of("explain", "requests"), "is a directory"),
                Arguments.of("malformed JSON", List.of("evaluate", "MALFORMED"), "not a well-formed request"),
                Arguments.of("an unknown assessment", List.of("evaluate", EIO, "--assess", "POLITICAL=true"), "unknown assessment 'POLITICAL'"),
                Arguments.of("an assessment that is not true or false", List.of("evaluate", EIO, "--assess", "POLITICAL_OFFENCE=yes"),
                        "must be true or false"),
                Arguments.of("a measure that does not exist", List.of("evaluate", EIO, "--assess", "MEASURE_NOT_AVAILABLE@2=true"),
                        "measure 2 does not exist"),
                Arguments.of("an unknown ground", List.of("evaluate", EIO, "--propose-refusal", "TOO_EXPENSIVE"), "unknown refusal ground 'TOO_EXPENSIVE'"),
                Arguments.of("an unknown pack", List.of("evaluate", EIO, "--pack", "NO_SUCH_TREATY"), "no rule pack 'NO_SUCH_TREATY'"),
                Arguments.of("an unknown pack to list", List.of("rules", "NO_SUCH_TREATY"), "no rule pack 'NO_SUCH_TREATY'"),
                Arguments.of("a malformed date", List.of("evaluate", EIO, "--on", "14/04/2026"), "--on: not a date"),
                Arguments.of("an unknown outcome", List.of("evaluate", EIO, "--fail-on", "LOST"), "unknown outcome 'LOST'"),
                Arguments.of("missing party data", List.of("evaluate", EIO, "--party-data", "nowhere.json"), "--party-data: no such file"),
                Arguments.of("malformed party data", List.of("evaluate", EIO, "--party-data", "MALFORMED"), "--party-data:"),
                Arguments.of("a malformed state profile", List.of("evaluate", EIO, "--state-profile", "MALFORMED"), "--state-profile"),
                Arguments.of("an unknown time zone", List.of("lifecycle", EIO, "--zone", "Europe/Atlantis"), "unknown time zone"),
                Arguments.of("an unknown sample", List.of("demo", "no-such-sample"), "no shipped sample"),
                Arguments.of("an unknown option", List.of("evaluate", EIO, "--colour"), "Unknown option: '--colour'"),
                Arguments.of("an unknown command", List.of("decide", EIO), "unknown command; the commands are: evaluate"),
                Arguments.of("no file", List.of("evaluate"), "Missing required parameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void bad_input_is_exit_code_2_with_a_clear_message_and_no_stack_trace(String what, List<String> given, String message) throws IOException {
        Path malformed = temp.resolve("malformed.json");
        Files.writeString(malformed, "{\"schemaVersion\": 1, \"id\": \"X-1\", \"persons\": [{\"ref\": \"p1\", \"name\": \"Secret Person\",");
        List<String> args = given.stream().map(a -> a.equals("MALFORMED") ? malformed.toString() : a).toList();

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.code()).as(what).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(run.err()).as(what).contains(message).doesNotContain("\tat ", "Exception", "Secret Person");
        assertThat(run.out()).as(what).doesNotContain("Secret Person");
    }

    @Test
    void debug_shows_the_stack_trace_of_an_error() {
        CliRun run = CliRun.of("evaluate", "requests/no-such-request.json", "--debug");

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("no such file", "\tat ");
    }

    @Test
    void one_bad_file_among_several_is_reported_and_the_others_are_decided() {
        CliRun run = CliRun.of("evaluate", "--on", "2026-04-14", EIO, "requests/no-such-request.json");

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(run.out()).contains("DE-LKA-SL-2026-0311");
        assertThat(run.err()).contains("no-such-request.json: no such file");
    }
}
