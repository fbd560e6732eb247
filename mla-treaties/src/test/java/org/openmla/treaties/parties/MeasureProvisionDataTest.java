package org.openmla.treaties.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.Citation;
import org.openmla.treaties.BuiltInPacks;

/** The provisions that govern particular measures of an instrument, as read from party data. The test convention is made up. */
class MeasureProvisionDataTest {

    static PartyData read(String provisions) {
        String json = """
                {"format": "openmla-party-data/1", "dataVersion": "t.1", "asOf": "2026-01-01",
                 "instruments": [{"id": "TESTCONV", "title": "Test convention", "basisCitation": "TESTCONV art. 18(1)",
                   "measureProvisions": [%s]}]}
                """.formatted(provisions);
        return PartyData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void a_provision_for_a_measure_is_read_and_kept_when_another_document_is_laid_over() {
        PartyData d = read("""
                {"measure": "JOINT_INVESTIGATION_TEAM", "citation": "TESTCONV art. 19", "summary": "by agreement, case by case"}""");
        InstrumentParties ip = d.instrument("TESTCONV").orElseThrow();

        assertThat(ip.measureProvision(MeasureType.JOINT_INVESTIGATION_TEAM)).hasValueSatisfying(mp -> {
            assertThat(mp.citation()).isEqualTo(Citation.parse("TESTCONV art. 19"));
            assertThat(mp.summary()).isEqualTo("by agreement, case by case");
        });
        assertThat(ip.measureProvision(MeasureType.TAKING_EVIDENCE)).isEmpty();
        InstrumentParties withoutProvisions = read("").instrument("TESTCONV").orElseThrow();
        assertThat(ip.mergedWith(withoutProvisions).measureProvision(MeasureType.JOINT_INVESTIGATION_TEAM)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same measure twice      | {"measure": "JOINT_INVESTIGATION_TEAM", "citation": "TESTCONV art. 19", "summary": "s"}, {"measure": "JOINT_INVESTIGATION_TEAM", "citation": "TESTCONV art. 20", "summary": "s"} | test.json: /instruments/0/measureProvisions/1/measure: measure JOINT_INVESTIGATION_TEAM is given twice for TESTCONV
            another instrument's article | {"measure": "JOINT_INVESTIGATION_TEAM", "citation": "ETS182 art. 20", "summary": "s"} | test.json: /instruments/0/measureProvisions/0/citation: must cite an article of TESTCONV
            a measure that is not one   | {"measure": "JOINT_TEAM", "citation": "TESTCONV art. 19", "summary": "s"} | test.json: /instruments/0/measureProvisions/0/measure: is not a measure type (see MeasureType)
            no summary                  | {"measure": "JOINT_INVESTIGATION_TEAM", "citation": "TESTCONV art. 19"} | test.json: /instruments/0/measureProvisions/0/summary: is required
            """)
    void malformed_provisions_are_rejected_with_their_pointer(String what, String provisions, String message) {
        assertThatThrownBy(() -> read(provisions)).as(what).isInstanceOf(PartyDataException.class).hasMessage(message);
    }

    @Test
    void the_shipped_un_conventions_name_their_articles_on_joint_investigations_and_special_investigative_techniques() {
        PartyData shipped = BuiltInPacks.partyData();

        assertThat(shipped.instrument("UNTOC").orElseThrow().measureProvision(MeasureType.JOINT_INVESTIGATION_TEAM).map(MeasureProvision::citation))
                .contains(Citation.parse("UNTOC art. 19"));
        assertThat(shipped.instrument("UNTOC").orElseThrow().measureProvision(MeasureType.CROSS_BORDER_OBSERVATION).map(MeasureProvision::citation))
                .contains(Citation.parse("UNTOC art. 20"));
        assertThat(shipped.instrument("UNCAC").orElseThrow().measureProvision(MeasureType.JOINT_INVESTIGATION_TEAM).map(MeasureProvision::citation))
                .contains(Citation.parse("UNCAC art. 49"));
        assertThat(shipped.instrument("UNCAC").orElseThrow().measureProvision(MeasureType.CROSS_BORDER_OBSERVATION).map(MeasureProvision::citation))
                .contains(Citation.parse("UNCAC art. 50"));
    }
}
