package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Person;

class RoundTripTest {
    private static final MlaJson JSON = MlaJson.create();

    @Test
    void fullRequestReadsBackEqual() {
        MlaRequest request = TestRequests.full();
        assertThat(JSON.readRequest(JSON.writeRequest(request))).isEqualTo(request);
    }

    @Test
    void minimalRequestReadsBackEqualAndIsWrittenWithOnlyRequiredProperties() {
        MlaRequest request = TestRequests.minimal();
        String json = JSON.writeRequest(request);
        assertThat(JSON.readRequest(json)).isEqualTo(request);
        assertThat(json).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "id": "NL-2026-00001",
                  "requestingParty": {
                    "state": "NL"
                  },
                  "requestedState": "CH"
                }""");
    }

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void requestWithEachMeasureTypeReadsBackEqual(MeasureType type) {
        MlaRequest request = TestRequests.withMeasure(type);
        String json = JSON.writeRequest(request);
        assertThat(json).contains("\"type\": \"" + type.name() + "\"");
        assertThat(JSON.readRequest(json)).isEqualTo(request);
    }

    /** Every model type the full request contains, and the value types and enums, through the module alone. */
    static Stream<Arguments> modelValues() {
        MlaRequest r = TestRequests.full();
        Person suspect = r.persons().get(0);
        List<Object> values = new ArrayList<>(List.of(r, r.requestingParty(), r.requestingParty().authority().orElseThrow(),
                r.requestingParty().authority().orElseThrow().contact().orElseThrow(), r.legalBasis().get(0),
                r.legalBasis().get(1), r.urgency().orElseThrow(), r.proceedings(), r.transmission().orElseThrow(),
                r.offences().get(0), r.offences().get(0).maxPenalty().orElseThrow(), suspect, suspect.identifiers().get(0),
                r.measures().get(0), r.measures().get(0).targets().get(0), r.measures().get(0).targets().get(1),
                r.attachments().get(0), r.attachments().get(0).checksum().orElseThrow(), r.requestedState(), r.id(),
                LanguageCode.of("fr"), AuthorityKind.COURT, OffenceCategory.LAUNDERING, MeasureType.FREEZING));
        return values.stream().map(v -> Arguments.of(v.getClass().getSimpleName(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelValues")
    void everyModelTypeReadsBackEqualThroughTheModule(String typeName, Object value) throws Exception {
        ObjectMapper mapper = JSON.objectMapper();
        String json = mapper.writeValueAsString(value);
        assertThat(mapper.readValue(json, value.getClass())).isEqualTo(value);
    }

    @Test
    void everyReadingEntryPointGivesTheSameRequest(@TempDir Path dir) throws Exception {
        MlaRequest request = TestRequests.full();
        StringWriter out = new StringWriter();
        JSON.writeRequest(request, out);
        String json = out.toString();
        Path file = dir.resolve("request.json");
        Files.writeString(file, json);

        assertThat(json).isEqualTo(JSON.writeRequest(request));
        assertThat(JSON.readRequest(new StringReader(json))).isEqualTo(request);
        assertThat(JSON.readRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(request);
        assertThat(JSON.readRequest(file)).isEqualTo(request);
        assertThat(JSON.readRequest("\uFEFF" + json)).isEqualTo(request);
    }

    @Test
    void alpha3StateCodesAreReadAsAlpha2() {
        String json = JsonEdits.with(JSON.writeRequest(TestRequests.minimal()), "/requestedState", "\"CHE\"");
        assertThat(JSON.readRequest(json).requestedState().alpha2()).isEqualTo("CH");
    }

    @Test
    void objectMapperIsACopy() {
        ObjectMapper copy = JSON.objectMapper();
        assertThat(JSON.objectMapper()).isNotSameAs(copy);
        assertThat(copy.getRegisteredModuleIds()).isNotEmpty();
    }
}
