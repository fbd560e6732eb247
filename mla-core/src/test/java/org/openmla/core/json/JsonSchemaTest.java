package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openmla.core.model.*;

/** The shipped JSON Schema agrees with the model, the binder and the writer, so none of them can drift. */
class JsonSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MlaJson JSON = MlaJson.create();
    private static final JsonNode SCHEMA_TREE = tree(MlaJson.jsonSchema());
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(MlaJson.jsonSchema());

    /** Schema definition to record; the root is the request. */
    private static final Map<String, Class<? extends Record>> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("RequestingParty", RequestingParty.class);
        RECORDS.put("Authority", Authority.class);
        RECORDS.put("Contact", Contact.class);
        RECORDS.put("LegalBasis", LegalBasis.class);
        RECORDS.put("Urgency", Urgency.class);
        RECORDS.put("Proceedings", Proceedings.class);
        RECORDS.put("Transmission", Transmission.class);
        RECORDS.put("Offence", Offence.class);
        RECORDS.put("Penalty", Penalty.class);
        RECORDS.put("Person", Person.class);
        RECORDS.put("PersonIdentifier", PersonIdentifier.class);
        RECORDS.put("Measure", Measure.class);
        RECORDS.put("MeasureTarget", MeasureTarget.class);
        RECORDS.put("Attachment", Attachment.class);
        RECORDS.put("Checksum", Checksum.class);
    }

    @Test
    void theDocumentedSchemaIsTheShippedOne() throws Exception {
        byte[] shipped;
        try (InputStream in = MlaJson.class.getResourceAsStream("mla-request-v1.schema.json")) {
            shipped = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(Path.of("..", "docs", "json", "mla-request-v1.schema.json"))).isEqualTo(shipped);
    }

    @Test
    void everyEnumListsExactlyTheJavaConstants() {
        Map<String, Class<? extends Enum<?>>> expected = Map.ofEntries(
                Map.entry("Authority/kind", AuthorityKind.class), Map.entry("LegalBasis/kind", LegalBasisKind.class),
                Map.entry("Urgency/level", UrgencyLevel.class), Map.entry("Proceedings/stage", ProceedingsStage.class),
                Map.entry("Transmission/channel", TransmissionChannel.class), Map.entry("Transmission/form", TransmissionForm.class),
                Map.entry("Offence/category", OffenceCategory.class), Map.entry("Person/role", PersonRole.class),
                Map.entry("PersonIdentifier/kind", IdentifierKind.class), Map.entry("Measure/type", MeasureType.class),
                Map.entry("Measure/dataCategory", DataCategory.class), Map.entry("MeasureTarget/kind", TargetKind.class),
                Map.entry("Attachment/kind", AttachmentKind.class));
        Map<String, List<String>> found = new LinkedHashMap<>();
        SCHEMA_TREE.get("$defs").properties().forEach(def -> {
            JsonNode properties = def.getValue().get("properties");
            if (properties != null) {
                properties.properties().forEach(p -> {
                    if (p.getValue().has("enum")) {
                        found.put(def.getKey() + "/" + p.getKey(), strings(p.getValue().get("enum")));
                    }
                });
            }
        });
        found.remove("Checksum/algorithm");
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((where, type) -> assertThat(found.get(where)).as(where)
                .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    @Test
    void propertiesAreTheRecordComponentsInOrder() {
        List<String> root = new ArrayList<>(List.of("schemaVersion"));
        root.addAll(components(MlaRequest.class));
        assertThat(names(SCHEMA_TREE.get("properties"))).containsExactlyElementsOf(root);
        assertThat(RequestBinders.REQUEST).containsExactlyElementsOf(root);
        RECORDS.forEach((def, type) -> assertThat(names(SCHEMA_TREE.at("/$defs/" + def + "/properties"))).as(def)
                .containsExactlyElementsOf(components(type)));
    }

    @Test
    void theBinderKnowsExactlyTheRecordComponents() {
        Map<Class<? extends Record>, List<String>> binder = Map.ofEntries(
                Map.entry(RequestingParty.class, PartyBinders.REQUESTING_PARTY), Map.entry(Authority.class, PartyBinders.AUTHORITY),
                Map.entry(Contact.class, PartyBinders.CONTACT), Map.entry(LegalBasis.class, RequestBinders.LEGAL_BASIS),
                Map.entry(Urgency.class, RequestBinders.URGENCY), Map.entry(Proceedings.class, RequestBinders.PROCEEDINGS),
                Map.entry(Transmission.class, RequestBinders.TRANSMISSION), Map.entry(Offence.class, OffenceBinders.OFFENCE),
                Map.entry(Penalty.class, OffenceBinders.PENALTY), Map.entry(Person.class, PersonBinders.PERSON),
                Map.entry(PersonIdentifier.class, PersonBinders.PERSON_IDENTIFIER), Map.entry(Measure.class, MeasureBinders.MEASURE),
                Map.entry(MeasureTarget.class, MeasureBinders.MEASURE_TARGET), Map.entry(Attachment.class, RequestBinders.ATTACHMENT),
                Map.entry(Checksum.class, RequestBinders.CHECKSUM));
        assertThat(binder.keySet()).containsExactlyInAnyOrderElementsOf(RECORDS.values());
        binder.forEach((type, properties) -> assertThat(properties).as(type.getSimpleName()).containsExactlyElementsOf(components(type)));
    }

    @Test
    void requiredPropertiesAreTheSameAsTheBinders() {
        Map<String, List<String>> required = Map.ofEntries(
                Map.entry("RequestingParty", List.of("state")), Map.entry("Authority", List.of("name", "kind")),
                Map.entry("LegalBasis", List.of("kind")), Map.entry("Urgency", List.of("level")),
                Map.entry("Transmission", List.of("channel", "form")), Map.entry("Person", List.of("ref", "role")),
                Map.entry("PersonIdentifier", List.of("kind", "value")), Map.entry("Measure", List.of("type")),
                Map.entry("MeasureTarget", List.of("kind", "value")), Map.entry("Attachment", List.of("title", "kind")),
                Map.entry("Checksum", List.of("algorithm", "hex")));
        assertThat(strings(SCHEMA_TREE.get("required"))).containsExactly("schemaVersion", "id", "requestingParty", "requestedState");
        RECORDS.keySet().forEach(def -> assertThat(strings(SCHEMA_TREE.at("/$defs/" + def + "/required"))).as(def)
                .containsExactlyElementsOf(required.getOrDefault(def, List.of())));
    }

    @Test
    void everyObjectForbidsAdditionalProperties() {
        assertThat(SCHEMA_TREE.get("additionalProperties").asBoolean(true)).isFalse();
        SCHEMA_TREE.get("$defs").properties().forEach(def -> {
            if ("object".equals(def.getValue().path("type").asText())) {
                assertThat(def.getValue().get("additionalProperties").asBoolean(true)).as(def.getKey()).isFalse();
            }
        });
    }

    @Test
    void writtenRequestsConform() {
        assertConforms(JSON.writeRequest(TestRequests.full()));
        assertConforms(JSON.writeRequest(TestRequests.minimal()));
    }

    @ParameterizedTest
    @EnumSource(MeasureType.class)
    void aRequestForEachMeasureTypeConforms(MeasureType type) {
        assertConforms(JSON.writeRequest(TestRequests.withMeasure(type)));
    }

    @Property(tries = 200)
    void randomWellFormedRequestsConformAndReadBackEqual(@ForAll("requests") MlaRequest request) {
        String json = JSON.writeRequest(request);
        assertConforms(json);
        assertThat(JSON.readRequest(json)).isEqualTo(request);
    }

    @Provide
    Arbitrary<MlaRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        String minimal = JSON.writeRequest(TestRequests.minimal());
        for (String bad : List.of(
                JsonEdits.with(minimal, "/colour", "\"red\""),
                JsonEdits.with(minimal, "/schemaVersion", "2"),
                JsonEdits.without(minimal, "/id"),
                JsonEdits.with(minimal, "/factsSummary", "null"),
                JsonEdits.with(minimal, "/factsSummary", "\"  \""),
                JsonEdits.with(minimal, "/legalBasis", "[{\"kind\": \"TREATY\"}]"),
                JsonEdits.with(minimal, "/legalBasis", "[{\"kind\": \"COMITY\", \"instrument\": \"UNTOC\"}]"),
                JsonEdits.with(minimal, "/offences", "[{\"maxPenalty\": {}}]"),
                JsonEdits.with(minimal, "/offences", "[{\"maxPenalty\": {\"maxCustody\": \"P-4Y\"}}]"),
                JsonEdits.with(minimal, "/attachments", "[{\"title\": \"t\", \"kind\": \"FORM\", \"checksum\": {\"algorithm\": \"SHA-512\", \"hex\": \"" + "a".repeat(64) + "\"}}]"),
                JsonEdits.with(minimal, "/measures", "[{\"type\": \"TELEPATHY\"}]"))) {
            assertThat(SCHEMA.validate(tree(bad))).as(bad).isNotEmpty();
        }
    }

    private static void assertConforms(String json) {
        Set<ValidationMessage> errors = SCHEMA.validate(tree(json));
        assertThat(errors).as(json).isEmpty();
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && !array.isMissingNode()) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                values.add(it.next().asText());
            }
        }
        return values;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
