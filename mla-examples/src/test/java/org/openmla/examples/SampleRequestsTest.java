package org.openmla.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;

/** Every sample request conforms to the shipped JSON Schema, reads with {@link MlaJson} and is in canonical form. */
class SampleRequestsTest {
    private static final Path SAMPLES = Path.of("requests");
    private static final MlaJson JSON = MlaJson.create();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(MlaJson.jsonSchema());

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreEnoughSamples() throws IOException {
        assertThat(samples().map(p -> p.getFileName().toString())).hasSizeGreaterThanOrEqualTo(12).contains(
                "untoc-bank-records.json", "eio-search-and-seizure.json", "budapest-subscriber-data.json",
                "videoconference-witness-hearing.json", "uncac-asset-freezing.json", "temporary-transfer-detained-person.json",
                "urgent-preservation.json", "incomplete-request.json", "eevidence-production-order.json", "eaw-surrender-for-prosecution.json",
                "cets224-subscriber-information.json", "example-mlat-witness-and-bank-records.json");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void conformsToTheSchema(Path sample) throws IOException {
        assertThat(SCHEMA.validate(new ObjectMapper().readTree(sample.toFile()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsAndIsWrittenBackByteForByte(Path sample) throws IOException {
        MlaRequest request = JSON.readRequest(sample);
        assertThat(JSON.writeRequest(request) + "\n").isEqualTo(Files.readString(sample, StandardCharsets.UTF_8));
    }

    @Test
    void samplesSayWhatTheirNamesSay() {
        assertThat(read("eio-search-and-seizure").legalBasis()).containsExactly(LegalBasis.treaty("EIO"));
        assertThat(read("eio-search-and-seizure").requestingParty().validatingAuthority()).isPresent();
        assertThat(read("budapest-subscriber-data").legalBasis()).containsExactly(LegalBasis.treaty("ETS185"));
        assertThat(read("uncac-asset-freezing").legalBasis()).containsExactly(LegalBasis.treaty("UNCAC"));
        assertThat(read("videoconference-witness-hearing").measures().get(0).type()).isEqualTo(MeasureType.VIDEOCONFERENCE_HEARING);
        assertThat(read("temporary-transfer-detained-person").measures().get(0).type())
                .isEqualTo(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON);

        MlaRequest urgent = read("urgent-preservation");
        assertThat(urgent.isUrgent()).isTrue();
        assertThat(urgent.measures()).extracting(m -> m.type()).containsExactly(MeasureType.EXPEDITED_PRESERVATION);
        assertThat(urgent.legalBasis()).containsExactly(LegalBasis.treaty("ETS185"));

        MlaRequest incomplete = read("incomplete-request");
        assertThat(incomplete.factsSummary()).isEmpty();
        assertThat(incomplete.requestingParty().authority()).isEmpty();
        assertThat(incomplete.offences()).allSatisfy(o -> assertThat(o.statutoryProvision()).isEmpty());
    }

    @Test
    void everyBuiltInPackHasASample() throws IOException {
        List<String> claimed = samples().map(JSON::readRequest).flatMap(r -> r.legalBasis().stream())
                .flatMap(b -> b.instrument().stream()).distinct().toList();
        org.openmla.treaties.BuiltInPacks.packs().stream().map(p -> p.id())
                .filter(id -> !id.equals("UN_MODEL_TREATY")) // a model binds no State: EXAMPLE-MLAT is the treaty built on it
                .forEach(id -> assertThat(claimed).as("a sample claims " + id).contains(id));
        assertThat(claimed).contains("EXAMPLE-MLAT");
    }

    @Test
    void everyInstrumentIdUsedIsAKnownOne() throws IOException {
        List<String> known = List.of("UNTOC", "UNCAC", "ETS30", "ETS99", "ETS182", "ETS185", "CETS224", "EIO", "EEVIDENCE",
                "EAW", "UN_MODEL_TREATY", "EXAMPLE-MLAT");
        samples().map(JSON::readRequest).flatMap(r -> r.legalBasis().stream())
                .forEach(basis -> basis.instrument().ifPresent(id -> assertThat(known).contains(id)));
    }

    private static MlaRequest read(String name) {
        return JSON.readRequest(SAMPLES.resolve(name + ".json"));
    }
}
