package org.openmla.treaties.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.engine.StateProfile;
import org.openmla.core.rules.Truth;
import org.openmla.treaties.BuiltInPacks;

/**
 * Reading party-data documents and laying a host's data over the shipped data. The host data here is test data: the
 * States and dates are made up to exercise the merge, and say so.
 */
class PartyDataDocumentTest {

    static PartyData read(String json) {
        return PartyData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static PartyData over(PartyData base, String json) {
        return base.withDocument(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "host.json");
    }

    static final String MINIMAL = """
            {"format": "openmla-party-data/1", "dataVersion": "t.1", "asOf": "2026-01-01",
             "sources": [{"key": "TEST", "description": "made-up test data"}],
             "instruments": [{"id": "TESTCONV", "title": "Test convention", "adopted": "2000-01-01", "inForce": "2001-01-01",
               "complete": true,
               "declarationKinds": [{"id": "TESTCONV.5.ORAL", "citation": "TESTCONV art. 5", "ruleIds": ["t.5"], "summary": "oral requests"}],
               "parties": [
                 {"state": "NL", "deposited": "2000-06-01", "inForce": "2001-01-01", "source": "TEST", "languages": ["en", "nl"],
                  "declarations": [{"id": "TESTCONV.5.ORAL", "from": "2005-01-01", "source": "TEST"}],
                  "centralAuthorities": [{"name": "Ministry of Justice", "source": "TEST"}]},
                 {"state": "BEL", "inForce": "2002-03-01", "until": "2020-12-31", "source": "TEST"}
               ]}]}
            """;

    @Test
    void a_document_is_read_into_parties_with_their_dates_declarations_and_languages() {
        PartyData d = read(MINIMAL);

        InstrumentParties ip = d.instrument("TESTCONV").orElseThrow();
        assertThat(ip.complete()).isTrue();
        assertThat(ip.parties()).extracting(Party::state).containsExactly(Jurisdiction.of("NL"), Jurisdiction.of("BE"));
        assertThat(ip.party(Jurisdiction.of("NL")).orElseThrow().centralAuthorities()).extracting(CentralAuthority::name)
                .containsExactly("Ministry of Justice");
        assertThat(d.binding("TESTCONV", Jurisdiction.of("BE"), LocalDate.of(2021, 1, 1)).bound()).isEqualTo(Truth.FALSE);
        assertThat(d.binding("TESTCONV", Jurisdiction.of("BE"), LocalDate.of(2020, 12, 31)).bound()).isEqualTo(Truth.TRUE);
        assertThat(d.binding("TESTCONV", Jurisdiction.of("DE"), LocalDate.of(2021, 1, 1)).bound())
                .as("absent from a complete list").isEqualTo(Truth.FALSE);
        assertThat(d.provenance()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("test.json");
            assertThat(p.dataVersion()).isEqualTo("t.1");
        });
    }

    @Test
    void the_state_profile_carries_the_declarations_in_effect_and_the_languages() {
        PartyData d = read(MINIMAL);

        StateProfile before = d.stateProfile(Jurisdiction.of("NL"), LocalDate.of(2004, 1, 1), List.of("TESTCONV"));
        StateProfile after = d.stateProfile(Jurisdiction.of("NL"), LocalDate.of(2006, 1, 1), List.of("TESTCONV"));
        StateProfile elsewhere = d.stateProfile(Jurisdiction.of("NL"), LocalDate.of(2006, 1, 1), List.of("OTHER"));

        assertThat(before.declarations()).isEmpty();
        assertThat(after.declarations()).containsExactly("TESTCONV.5.ORAL");
        assertThat(after.acceptedLanguages()).containsExactlyInAnyOrder(LanguageCode.of("en"), LanguageCode.of("nl"));
        assertThat(elsewhere).isEqualTo(StateProfile.empty(Jurisdiction.of("NL")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field          | \"state\": \"NL\", \"inforce\": \"2001-01-01\" | /instruments/0/parties/0/inforce: is not a known field",
            "bad date               | \"state\": \"NL\", \"inForce\": \"2001-13-01\" | /instruments/0/parties/0/inForce: is not a date in the form 2004-09-10",
            "unknown State code     | \"state\": \"XQ\", \"inForce\": \"2001-01-01\" | /instruments/0/parties/0/state: Jurisdiction.code: is not a known ISO 3166-1 alpha-2 code",
            "no date at all         | \"state\": \"NL\", \"note\": \"no date\"       | Party.inForce: or Party.partyBy is required (party NL)",
            "bound before in force  | \"state\": \"NL\", \"inForce\": \"2000-02-01\" | is bound from 2000-02-01, before TESTCONV entered into force on 2001-01-01",
            "undeclared kind        | \"state\": \"NL\", \"inForce\": \"2001-01-01\", \"declarations\": [{\"id\": \"TESTCONV.9.X\", \"source\": \"T\"}] | /instruments/0/parties/0/declarations/0/id: declaration TESTCONV.9.X is not a declaration kind of TESTCONV",
            "declaration date       | \"state\": \"NL\", \"inForce\": \"2001-01-01\", \"declarations\": [{\"id\": \"TESTCONV.5.ORAL\", \"from\": \"2005-02-30\", \"source\": \"T\"}] | /instruments/0/parties/0/declarations/0/from: is not a date in the form 2004-09-10",
            "withdrawn before made  | \"state\": \"NL\", \"inForce\": \"2001-01-01\", \"declarations\": [{\"id\": \"TESTCONV.5.ORAL\", \"from\": \"2005-01-01\", \"until\": \"2004-01-01\", \"source\": \"T\"}] | StateDeclaration.until: must not be before from (declaration TESTCONV.5.ORAL)",
    })
    void a_malformed_party_fails_naming_the_document_and_the_field(String what, String partyFields, String message) {
        String json = """
                {"format": "openmla-party-data/1", "dataVersion": "t.1", "asOf": "2026-01-01",
                 "instruments": [{"id": "TESTCONV", "title": "Test convention", "adopted": "2000-01-01", "inForce": "2001-01-01",
                   "declarationKinds": [{"id": "TESTCONV.5.ORAL", "citation": "TESTCONV art. 5", "ruleIds": ["t.5"], "summary": "s"}],
                   "parties": [{"source": "T", %s}]}]}
                """.formatted(partyFields);

        assertThatThrownBy(() -> read(json)).isInstanceOf(PartyDataException.class).hasMessageStartingWith("test.json: ").hasMessageContaining(message);
    }

    @Test
    void a_measure_the_model_does_not_know_is_rejected_with_its_pointer() {
        String json = """
                {"format": "openmla-party-data/1", "dataVersion": "t.1", "asOf": "2026-01-01",
                 "instruments": [{"id": "TESTCONV", "title": "Test convention", "adopted": "2000-01-01", "measures": ["EXPEDITED_PRESERVATION", "TELEPATHY"],
                   "parties": [{"state": "NL", "inForce": "2001-01-01", "source": "T"}]}]}
                """;

        assertThatThrownBy(() -> read(json)).isInstanceOf(PartyDataException.class).hasMessageStartingWith("test.json: /instruments/0/measures/1");
    }

    @Test
    void a_state_listed_twice_is_rejected() {
        String json = MINIMAL.replace("{\"state\": \"BEL\"", "{\"state\": \"NLD\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PartyDataException.class).hasMessageContaining("/instruments/0/parties/1/state: State NL is listed twice");
    }

    @Test
    void a_document_of_another_format_is_rejected() {
        assertThatThrownBy(() -> read("{\"format\": \"something/2\", \"dataVersion\": \"1\", \"asOf\": \"2026-01-01\"}"))
                .isInstanceOf(PartyDataException.class).hasMessage("test.json: /format: must be 'openmla-party-data/1'");
        assertThatThrownBy(() -> read("[1, 2")).isInstanceOf(PartyDataException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void a_host_adds_and_replaces_parties_of_a_shipped_instrument_by_instrument_and_state() {
        PartyData shipped = BuiltInPacks.partyData();
        String host = """
                {"format": "openmla-party-data/1", "dataVersion": "host-2026-03", "asOf": "2026-03-01",
                 "sources": [{"key": "HOST", "description": "made-up host data for this test"}],
                 "parties": [
                   {"instrument": "UNTOC", "state": "SE", "inForce": "2010-01-01", "source": "HOST", "languages": ["sv"]},
                   {"instrument": "UNTOC", "state": "BE", "inForce": "2004-09-10", "until": "2030-01-01", "source": "HOST",
                    "declarations": [{"id": "UNTOC.18.13.DIPLOMATIC_CHANNEL", "source": "HOST"}]}
                 ]}
                """;

        PartyData merged = over(shipped, host);

        assertThat(shipped.binding("UNTOC", Jurisdiction.of("SE"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(merged.binding("UNTOC", Jurisdiction.of("SE"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(merged.binding("UNTOC", Jurisdiction.of("BE"), LocalDate.of(2031, 1, 1)).bound()).isEqualTo(Truth.FALSE);
        assertThat(merged.stateProfile(Jurisdiction.of("BE"), LocalDate.of(2026, 3, 1), List.of("UNTOC")).declarations())
                .containsExactly("UNTOC.18.13.DIPLOMATIC_CHANNEL");
        assertThat(merged.instrument("UNTOC").orElseThrow().parties()).hasSize(shipped.instrument("UNTOC").orElseThrow().parties().size() + 1);
        assertThat(merged.provenance()).last().extracting(Provenance::name).isEqualTo("host.json");
    }

    @Test
    void a_party_update_for_an_instrument_nobody_defines_is_rejected() {
        String host = """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "parties": [{"instrument": "NOPE", "state": "FR", "inForce": "2010-01-01", "source": "HOST"}]}
                """;

        assertThatThrownBy(() -> over(BuiltInPacks.partyData(), host)).isInstanceOf(PartyDataException.class)
                .hasMessage("host.json: /parties/0/instrument: no party data defines instrument NOPE");
    }

    @Test
    void two_contradicting_entries_for_one_state_and_instrument_in_a_document_are_rejected() {
        String host = """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "parties": [{"instrument": "UNTOC", "state": "FR", "inForce": "2010-01-01", "source": "HOST"},
                             {"instrument": "UNTOC", "state": "FRA", "inForce": "2011-01-01", "source": "HOST"}]}
                """;

        assertThatThrownBy(() -> over(BuiltInPacks.partyData(), host)).isInstanceOf(PartyDataException.class)
                .hasMessage("host.json: /parties/1/state: a second entry for FR and UNTOC in the same document; one entry per State and instrument");
    }

    @Test
    void an_update_contradicting_the_documents_own_definition_is_rejected() {
        String doc = """
                {"format": "openmla-party-data/1", "dataVersion": "t.1", "asOf": "2026-01-01",
                 "instruments": [{"id": "TESTCONV", "title": "Test convention", "adopted": "2000-01-01", "inForce": "2001-01-01",
                   "parties": [{"state": "NL", "inForce": "2001-01-01", "source": "T"}]}],
                 "parties": [{"instrument": "TESTCONV", "state": "NL", "inForce": "2002-01-01", "source": "T"}]}
                """;

        assertThatThrownBy(() -> read(doc)).isInstanceOf(PartyDataException.class)
                .hasMessage("test.json: /parties/0: contradicts the entry for NL in the document's own definition of TESTCONV");
    }

    @Test
    void a_host_declaration_no_rule_knows_is_rejected_with_its_pointer_and_nothing_is_loaded() {
        PartyData shipped = BuiltInPacks.partyData();
        String host = """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "parties": [{"instrument": "UNTOC", "state": "SE", "inForce": "2010-01-01", "source": "HOST"},
                             {"instrument": "UNTOC", "state": "DE", "inForce": "2010-01-01", "source": "HOST",
                              "declarations": [{"id": "UNTOC.99.MADE_UP", "source": "HOST"}]}]}
                """;

        assertThatThrownBy(() -> over(shipped, host)).isInstanceOf(PartyDataException.class)
                .hasMessageStartingWith("host.json: /parties/1: ")
                .hasMessageContaining("UNTOC.99.MADE_UP, which is not a declaration kind of UNTOC");
        assertThat(shipped.binding("UNTOC", Jurisdiction.of("SE"), LocalDate.of(2026, 3, 1)).bound())
                .as("the shipped data is unchanged: nothing of the rejected document was loaded").isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void an_unknown_state_and_a_non_date_in_a_host_update_are_rejected_with_their_pointers() {
        String unknownState = """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "parties": [{"instrument": "UNTOC", "state": "XQ", "inForce": "2010-01-01", "source": "HOST"}]}
                """;
        String notADate = """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "parties": [{"instrument": "UNTOC", "state": "SE", "inForce": "1 January 2010", "source": "HOST"}]}
                """;

        assertThatThrownBy(() -> over(BuiltInPacks.partyData(), unknownState)).isInstanceOf(PartyDataException.class)
                .hasMessageStartingWith("host.json: /parties/0/state: ");
        assertThatThrownBy(() -> over(BuiltInPacks.partyData(), notADate)).isInstanceOf(PartyDataException.class)
                .hasMessage("host.json: /parties/0/inForce: is not a date in the form 2004-09-10");
    }

    @Test
    void a_host_marks_a_bilateral_treaty_from_a_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bilateral.json");
        Files.writeString(file, """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "bilateralTreaties": [{"id": "TEST-BILATERAL", "title": "Made-up bilateral MLA treaty for this test",
                   "states": ["NL", "BE"], "inForce": "2015-01-01", "agreedToApplyConventionProvisions": ["UNCAC"], "source": "test"}]}
                """);

        PartyData merged = BuiltInPacks.partyData().withDocument(file);

        BilateralTreaty t = merged.bilateralTreaty("TEST-BILATERAL").orElseThrow();
        assertThat(t.states()).containsExactly(Jurisdiction.of("BE"), Jurisdiction.of("NL"));
        assertThat(t.mlaTreaty()).isTrue();
        assertThat(t.agreedToApplyConventionProvisions()).containsExactly("UNCAC");
        assertThat(merged.bilateralTreaties(Jurisdiction.of("NL"), Jurisdiction.of("BE"), LocalDate.of(2016, 1, 1))).containsExactly(t);
        assertThat(merged.bilateralTreaties(Jurisdiction.of("NL"), Jurisdiction.of("BE"), LocalDate.of(2014, 1, 1))).isEmpty();
        assertThat(merged.provenance()).last().extracting(Provenance::name).isEqualTo("bilateral.json");
    }

    @Test
    void parties_and_treaties_can_be_added_in_code() {
        PartyData d = BuiltInPacks.partyData()
                .withParty("UNCAC", Party.builder(Jurisdiction.of("NL"), "host: made-up test date").inForce(LocalDate.of(2006, 11, 30)).build())
                .withBilateralTreaty(BilateralTreaty.mlaTreaty("TEST-BILATERAL", "Made-up treaty", Jurisdiction.of("NL"), Jurisdiction.of("BE"),
                        LocalDate.of(2015, 1, 1), "test"));

        assertThat(d.binding("UNCAC", Jurisdiction.of("NL"), LocalDate.of(2007, 1, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(d.bilateralTreaty("TEST-BILATERAL")).isPresent();
        assertThat(BuiltInPacks.partyData().bilateralTreaty("TEST-BILATERAL")).as("the shipped data is unchanged").isEmpty();
    }

    @Test
    void values_reject_inconsistent_dates() {
        assertThatThrownBy(() -> Party.builder(Jurisdiction.of("NL"), "s").deposited(LocalDate.of(2005, 1, 1)).inForce(LocalDate.of(2004, 1, 1)).build())
                .hasMessageContaining("Party.inForce: must not be before the deposit 2005-01-01 (party NL)");
        assertThatThrownBy(() -> new BilateralTreaty("T-1", "t", List.of(Jurisdiction.of("NL"), Jurisdiction.of("NL")), LocalDate.of(2000, 1, 1),
                java.util.Optional.empty(), true, Set.of(), java.util.Optional.empty(), "s")).hasMessageContaining("must be two different States");
    }
}
