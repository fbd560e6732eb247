package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Penalty;

class MlaJsonModuleTest {
    private final ObjectMapper mapper = JsonMapper.builder().addModule(new MlaJsonModule()).build();

    @Test
    void hasANameAndTheFormatVersion() {
        MlaJsonModule module = new MlaJsonModule();
        assertThat(module.getModuleName()).isEqualTo("openmla-request-json");
        assertThat(module.version().getMajorVersion()).isEqualTo(MlaJson.SCHEMA_VERSION);
    }

    @Test
    void mapsModelValuesInsideAHostsOwnDocuments() throws Exception {
        Map<String, Object> host = Map.of("caseFile", "A-1", "penalty", Penalty.imprisonmentYears(4));
        String json = mapper.writeValueAsString(host);
        assertThat(json).contains("\"penalty\":{\"maxCustody\":\"P4Y\"}");
        assertThat(mapper.readValue("{\"maxCustody\":\"P4Y\"}", Penalty.class)).isEqualTo(Penalty.imprisonmentYears(4));
    }

    @Test
    void problemsPointBelowTheValueAndAtWhereItStarts() {
        assertThatThrownBy(() -> mapper.readValue("\n  {\"maxPenalty\": {\"maxCustody\": \"P-1Y\"}, \"colour\": 1}", Offence.class))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> assertThat(e.problems()).extracting(JsonProblem::toString)
                        .containsExactlyInAnyOrder(
                                "line 2, column 3, (root): has a property that is not allowed here (allowed: description, statutoryProvision, maxPenalty, category, legalPersonLiability)",
                                "line 2, column 3, /maxPenalty/maxCustody: must not be negative"));
    }

    @Test
    void nullIsNeverAModelValue() {
        assertThatThrownBy(() -> mapper.readValue("null", Offence.class)).isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("must not be null");
    }

    @Test
    void enumsAreConstantNamesWhateverTheMapperSays() throws Exception {
        ObjectMapper byIndex = mapper.copy().enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);
        assertThat(byIndex.writeValueAsString(MeasureType.FREEZING)).isEqualTo("\"FREEZING\"");
        assertThatThrownBy(() -> mapper.readValue("3", MeasureType.class)).isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("expected a string, found a number");
        assertThatThrownBy(() -> mapper.readValue("\"freezing\"", MeasureType.class)).isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("is not a known MeasureType code").hasMessageNotContaining("freezing");
    }

    @Test
    void statesAreWrittenAsAlpha2AndReadFromAlpha3() throws Exception {
        assertThat(mapper.writeValueAsString(Jurisdiction.of("DEU"))).isEqualTo("\"DE\"");
        assertThat(mapper.readValue("\"FRA\"", Jurisdiction.class)).isEqualTo(Jurisdiction.of("FR"));
    }
}
