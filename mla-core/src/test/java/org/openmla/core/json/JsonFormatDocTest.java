package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionDetail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every JSON sample in docs/json-format.md reads back with the reader of its format, and the case schema is the shipped one. */
class JsonFormatDocTest {
    static final Path DOC = Path.of("..", "docs", "json-format.md");
    static final MlaJson JSON = MlaJson.create();

    static List<String> samples() throws Exception {
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void every_json_sample_reads_back() throws Exception {
        List<String> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(2);
        for (String sample : samples) {
            if (sample.contains("\"history\"")) {
                CaseDocument read = JSON.readCaseDocument(sample);
                assertThat(read.integrity()).isEqualTo(CaseDocument.Integrity.CHAIN_INTACT);
                assertThat(new ObjectMapper().readTree(JSON.writeCase(read.requestCase()))).isEqualTo(new ObjectMapper().readTree(sample));
            } else if (sample.contains("\"requestingParty\"")) {
                assertThat(JSON.readRequest(sample)).isNotNull();
            } else {
                throw new AssertionError("a JSON sample in docs/json-format.md of no known format:\n" + sample);
            }
        }
    }

    @Test
    void the_canonical_content_escapes_strings_as_documented() {
        Transition t = new Transition(1, Instant.parse("2026-03-02T08:00:00Z"), Actor.of("officer-17", "CENTRAL_AUTHORITY"), CaseState.DRAFT,
                CaseState.RECEIVED, CommandType.RECEIVE, Optional.of("a\b\f\n\r\t\u0001\u001f\"\\/\u007f\u00e9\u2028\uD83D\uDE00"), TransitionDetail.NONE);

        assertThat(CaseJson.canonical(t)).isEqualTo("{\"version\":1,\"at\":\"2026-03-02T08:00:00Z\",\"actor\":{\"officerId\":\"officer-17\","
                + "\"role\":\"CENTRAL_AUTHORITY\"},\"from\":\"DRAFT\",\"to\":\"RECEIVED\",\"command\":\"RECEIVE\","
                + "\"reason\":\"a\\b\\f\\n\\r\\t\\u0001\\u001F\\\"\\\\/\u007f\u00e9\u2028\uD83D\uDE00\"}");
    }

    @Test
    void the_case_schema_is_shipped_as_documented_and_accepts_what_is_written() throws Exception {
        byte[] shipped;
        try (InputStream in = MlaJson.class.getResourceAsStream("mla-case-v3.schema.json")) {
            shipped = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(Path.of("..", "docs", "json", "mla-case-v3.schema.json"))).isEqualTo(shipped);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MlaJson.caseJsonSchema());
        for (String sample : samples()) {
            if (sample.contains("\"history\"")) {
                assertThat(schema.validate(new ObjectMapper().readTree(sample))).isEmpty();
            }
        }
    }
}
