package org.openmla.treaties.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Truth;
import org.openmla.treaties.BuiltInPacks;

/**
 * Non-parties: States a source confirms had not become bound by a date. The test convention and its States' dates are
 * made up to exercise the format and say so; the Budapest tests read the shipped data (Ireland, a signatory that had not
 * ratified on 2025-10-08 according to its Minister for Justice).
 */
class NonPartyTest {

    static final Jurisdiction IE = Jurisdiction.of("IE");
    static final Jurisdiction NL = Jurisdiction.of("NL");
    static final Jurisdiction DE = Jurisdiction.of("DE");

    static PartyData read(String json) {
        return PartyData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static String document(boolean complete, String parties, String nonParties) {
        return """
                {"format": "openmla-party-data/1", "dataVersion": "t.1", "asOf": "2026-01-01",
                 "sources": [{"key": "TEST", "description": "made-up test data"}],
                 "instruments": [{"id": "TESTCONV", "title": "Test convention", "adopted": "2000-01-01", "inForce": "2001-01-01",
                   "complete": %s,
                   "parties": [%s],
                   "nonParties": [%s]}]}
                """.formatted(complete, parties, nonParties);
    }

    static final String NL_PARTY = """
            {"state": "NL", "inForce": "2001-01-01", "source": "TEST"}""";
    static final String IE_NON_PARTY = """
            {"state": "IE", "notBoundThrough": "2025-10-08", "signed": "2002-02-28", "source": "TEST-MINISTER", "note": "made up"}""";

    @Test
    void a_non_party_is_read_with_its_date_signature_and_source() {
        InstrumentParties ip = read(document(false, NL_PARTY, IE_NON_PARTY)).instrument("TESTCONV").orElseThrow();

        assertThat(ip.nonParties()).containsExactly(new NonParty(IE, LocalDate.of(2025, 10, 8), Optional.of(LocalDate.of(2002, 2, 28)),
                "TEST-MINISTER", Optional.of("made up")));
        assertThat(ip.nonParty(IE)).isPresent();
        assertThat(ip.nonParty(NL)).isEmpty();
        assertThat(ip.parties()).extracting(Party::state).containsExactly(NL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            long before the confirmation: not bound       | 2010-06-01 | FALSE   | had not become bound by TESTCONV on 2025-10-08 (signed 2002-02-28, not ratified), as TEST-MINISTER confirms
            on the date the source confirms: not bound    | 2025-10-08 | FALSE   | IE is not bound by TESTCONV on 2025-10-08
            the day after: a partial list cannot tell     | 2025-10-09 | UNKNOWN | but whether it became bound after that date is not known
            months after: still unknown, never guessed    | 2026-05-04 | UNKNOWN | IE is not in the party data for TESTCONV, which is a partial list
            """)
    void a_partial_list_answers_not_bound_up_to_the_confirmed_date_and_unknown_after(String what, LocalDate date, Truth expected, String reason) {
        InstrumentParties ip = read(document(false, NL_PARTY, IE_NON_PARTY)).instrument("TESTCONV").orElseThrow();

        Binding b = ip.binding(IE, date);

        assertThat(b.bound()).as(what).isEqualTo(expected);
        assertThat(b.explanation()).as(what).contains(reason).contains("TEST-MINISTER");
        assertThat(ip.bound(IE, date)).as("the text-free answer agrees").isEqualTo(expected);
    }

    @Test
    void a_state_listed_neither_way_stays_unknown_in_a_partial_list() {
        InstrumentParties ip = read(document(false, NL_PARTY, IE_NON_PARTY)).instrument("TESTCONV").orElseThrow();

        assertThat(ip.binding(DE, LocalDate.of(2010, 6, 1)).bound()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void in_a_complete_list_the_non_party_is_not_bound_and_the_reason_names_the_source() {
        InstrumentParties ip = read(document(true, NL_PARTY, IE_NON_PARTY)).instrument("TESTCONV").orElseThrow();

        assertThat(ip.binding(IE, LocalDate.of(2020, 1, 1)).explanation()).contains("TEST-MINISTER");
        assertThat(ip.binding(IE, LocalDate.of(2026, 1, 1)).bound()).as("after the date, the complete list decides").isEqualTo(Truth.FALSE);
    }

    @Test
    void a_state_that_became_a_party_after_the_confirmed_date_is_read_and_each_entry_decides_its_own_dates() {
        String parties = NL_PARTY + """
                , {"state": "IE", "partyBy": "2027-03-01", "source": "TEST"}""";
        InstrumentParties ip = read(document(false, parties, IE_NON_PARTY)).instrument("TESTCONV").orElseThrow();

        assertThat(ip.binding(IE, LocalDate.of(2025, 10, 8)).bound()).as("confirmed not bound").isEqualTo(Truth.FALSE);
        assertThat(ip.binding(IE, LocalDate.of(2026, 6, 1)).bound()).as("between the two dates").isEqualTo(Truth.UNKNOWN);
        assertThat(ip.binding(IE, LocalDate.of(2027, 3, 1)).bound()).as("confirmed a party").isEqualTo(Truth.TRUE);
        for (LocalDate d : List.of(LocalDate.of(2025, 10, 8), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 1))) {
            assertThat(ip.bound(IE, d)).as(d.toString()).isEqualTo(ip.binding(IE, d).bound());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a party from before the date               | {"state": "IE", "inForce": "2020-01-01", "source": "T"}  | {"state": "IE", "notBoundThrough": "2025-10-08", "source": "T"} | test.json: /instruments/0/nonParties/0/notBoundThrough: State IE is also listed under parties as bound from 2020-01-01, not after this date
            a party from the very date                 | {"state": "IE", "partyBy": "2025-10-08", "source": "T"}  | {"state": "IE", "notBoundThrough": "2025-10-08", "source": "T"} | test.json: /instruments/0/nonParties/0/notBoundThrough: State IE is also listed under parties as bound from 2025-10-08
            the same State twice                       | {"state": "NL", "inForce": "2001-01-01", "source": "T"}  | {"state": "IE", "notBoundThrough": "2025-10-08", "source": "T"}, {"state": "IRL", "notBoundThrough": "2024-01-01", "source": "T"} | test.json: /instruments/0/nonParties/1/state: State IE is listed twice among the non-parties of TESTCONV
            no date                                    | {"state": "NL", "inForce": "2001-01-01", "source": "T"}  | {"state": "IE", "source": "T"} | test.json: /instruments/0/nonParties/0/notBoundThrough: is required
            a date that is not a date                  | {"state": "NL", "inForce": "2001-01-01", "source": "T"}  | {"state": "IE", "notBoundThrough": "8 October 2025", "source": "T"} | test.json: /instruments/0/nonParties/0/notBoundThrough: is not a date in the form 2004-09-10
            no source                                  | {"state": "NL", "inForce": "2001-01-01", "source": "T"}  | {"state": "IE", "notBoundThrough": "2025-10-08"} | test.json: /instruments/0/nonParties/0/source: is required
            an unknown State                           | {"state": "NL", "inForce": "2001-01-01", "source": "T"}  | {"state": "QQ", "notBoundThrough": "2025-10-08", "source": "T"} | test.json: /instruments/0/nonParties/0/state:
            an unknown field                           | {"state": "NL", "inForce": "2001-01-01", "source": "T"}  | {"state": "IE", "notBoundOn": "2025-10-08", "source": "T"} | test.json: /instruments/0/nonParties/0/notBoundOn: is not a known field
            a signature after the confirmed date       | {"state": "NL", "inForce": "2001-01-01", "source": "T"}  | {"state": "IE", "notBoundThrough": "2025-10-08", "signed": "2026-01-01", "source": "T"} | test.json: /instruments/0/nonParties/0: NonParty.signed: must not be after notBoundThrough 2025-10-08
            """)
    void contradicting_or_malformed_non_party_entries_are_rejected_with_their_pointer(String what, String party, String nonParties, String message) {
        assertThatThrownBy(() -> read(document(false, party, nonParties))).as(what).isInstanceOf(PartyDataException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void an_update_making_a_listed_non_party_a_party_on_those_dates_is_rejected_in_the_same_document() {
        String doc = document(false, NL_PARTY, IE_NON_PARTY).replaceFirst("]}]}\\s*$",
                "]}], \"parties\": [{\"instrument\": \"TESTCONV\", \"state\": \"IE\", \"inForce\": \"2020-01-01\", \"source\": \"T\"}]}");

        assertThatThrownBy(() -> read(doc)).isInstanceOf(PartyDataException.class)
                .hasMessage("test.json: /parties/0: contradicts the non-party entry for IE in the document's own definition of TESTCONV"
                        + " (not bound through 2025-10-08)");
    }

    @Test
    void a_later_host_document_wins_over_a_shipped_non_party_entry_it_contradicts() {
        PartyData shipped = read(document(false, NL_PARTY, IE_NON_PARTY));
        String host = """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "parties": [{"instrument": "TESTCONV", "state": "IE", "inForce": "2025-01-01", "source": "HOST (made up)"}]}
                """;

        PartyData merged = shipped.withDocument(new ByteArrayInputStream(host.getBytes(StandardCharsets.UTF_8)), "host.json");

        InstrumentParties ip = merged.instrument("TESTCONV").orElseThrow();
        assertThat(ip.nonParties()).as("the host's party entry replaces the contradicted one").isEmpty();
        assertThat(ip.binding(IE, LocalDate.of(2025, 6, 1)).bound()).isEqualTo(Truth.TRUE);
    }

    @Test
    void an_overlay_adds_a_non_party_and_keeps_a_party_that_became_bound_later() {
        InstrumentParties base = read(document(false, NL_PARTY + ", {\"state\": \"IE\", \"inForce\": \"2027-01-01\", \"source\": \"T\"}", ""))
                .instrument("TESTCONV").orElseThrow();
        InstrumentParties overlay = read(document(false, "", IE_NON_PARTY)).instrument("TESTCONV").orElseThrow();

        InstrumentParties merged = base.mergedWith(overlay);

        assertThat(merged.nonParties()).extracting(NonParty::state).containsExactly(IE);
        assertThat(merged.party(IE)).isPresent();
        assertThat(merged.binding(IE, LocalDate.of(2025, 1, 1)).bound()).isEqualTo(Truth.FALSE);
        assertThat(merged.binding(IE, LocalDate.of(2027, 1, 1)).bound()).isEqualTo(Truth.TRUE);
    }

    @Test
    void values_made_in_code_are_checked_as_the_reader_checks_them() {
        Instrument instrument = new Instrument("TESTCONV", "Test convention", Optional.empty(), Optional.empty());
        Party ie = Party.builder(IE, "T").inForce(LocalDate.of(2020, 1, 1)).build();
        NonParty notBound = new NonParty(IE, LocalDate.of(2025, 10, 8), Optional.empty(), "T", Optional.empty());

        assertThatThrownBy(() -> new InstrumentParties(instrument, true, false, Optional.empty(), Optional.empty(), "t.1", LocalDate.of(2026, 1, 1),
                false, List.of(), List.of(), List.of(), List.of(ie), java.util.Set.of(), false, List.of(notBound), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("InstrumentParties.nonParties").hasMessageContaining("State IE is listed as not bound through 2025-10-08 and as a party from 2020-01-01");
        assertThatThrownBy(() -> new InstrumentParties(instrument, false, false, Optional.empty(), Optional.empty(), "t.1", LocalDate.of(2026, 1, 1),
                false, List.of(), List.of(), List.of(), List.of(), java.util.Set.of(), false, List.of(notBound), List.of()))
                .hasMessageContaining("a non-binding instrument binds no State");
        InstrumentParties withoutIe = new InstrumentParties(instrument, true, false, Optional.empty(), Optional.empty(), "t.1", LocalDate.of(2026, 1, 1),
                false, List.of(), List.of(), List.of(), List.of(), java.util.Set.of(), false, List.of(notBound), List.of());
        assertThat(withoutIe.withParty(ie).nonParties()).as("a party entry added in code wins over the contradicted non-party entry").isEmpty();
        assertThat(withoutIe.withParty(Party.builder(IE, "T").inForce(LocalDate.of(2026, 2, 1)).build()).nonParties()).containsExactly(notBound);
    }

    @Test
    void the_shipped_budapest_data_records_ireland_as_a_signatory_not_bound_through_the_latest_date_a_source_confirms() {
        InstrumentParties budapest = BuiltInPacks.partyData().instrument("ETS185").orElseThrow();

        NonParty ireland = budapest.nonParty(IE).orElseThrow();
        assertThat(ireland.notBoundThrough()).isEqualTo(LocalDate.of(2025, 10, 8));
        assertThat(ireland.signed()).contains(LocalDate.of(2002, 2, 28));
        assertThat(budapest.party(IE)).isEmpty();
        assertThat(budapest.sources()).extracting(Source::key).contains("IE-DAIL-2025-10");
        assertThat(budapest.binding(IE, LocalDate.of(2025, 10, 8)).bound()).isEqualTo(Truth.FALSE);
        assertThat(budapest.binding(IE, LocalDate.of(2026, 5, 4)).bound()).as("the sample request's date, after the latest source").isEqualTo(Truth.UNKNOWN);
    }
}
