package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmla.core.model.Penalty;

/** The exact contract of each entry point for malformed input, as docs/json-format.md states it. */
class MalformedInputContractTest {
    static final MlaJson JSON = MlaJson.create();
    final ObjectMapper mapper = JSON.objectMapper();

    @Test
    void mla_json_throws_only_its_own_exception_with_a_location_for_every_input_kind(@TempDir Path dir) throws Exception {
        byte[] invalid = "{\n  \"schemaVersion\": 1,\n  \"id\": \"\u00c3(\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        invalid[invalid.length - 5] = (byte) 0xC3;
        invalid[invalid.length - 4] = (byte) 0x28;
        Path file = dir.resolve("bad.json");
        Files.write(file, invalid);

        for (Runnable read : new Runnable[] {() -> JSON.readRequest(new ByteArrayInputStream(invalid)), () -> JSON.readRequest(file)}) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(MlaJsonException.class, e -> {
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("document is not valid UTF-8");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(10);
                });
            });
        }
        assertThatThrownBy(() -> JSON.readRequest(new StringReader("\n\n" + " ".repeat(MlaJson.MAX_DOCUMENT_CHARS))))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(MlaJson.MAX_DOCUMENT_CHARS - 2 + 1);
                }));
        for (String doc : new String[] {"", "   ", "{} {}", "{\"schemaVersion\": tru}", "[1,", "null"}) {
            assertThatThrownBy(() -> JSON.readRequest(doc)).as(doc).isInstanceOf(MlaJsonException.class);
            assertThatThrownBy(() -> JSON.readCase(doc)).as(doc).isInstanceOf(MlaJsonException.class);
        }
    }

    @Test
    void a_case_read_from_a_reader_a_byte_stream_or_a_file_reports_line_and_column(@TempDir Path dir) throws Exception {
        byte[] invalid = "{\n  \"schemaVersion\": 3,\n  \"caseId\": \"\u00c3(\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        invalid[invalid.length - 5] = (byte) 0xC3;
        invalid[invalid.length - 4] = (byte) 0x28;
        Path file = Files.write(dir.resolve("bad-case.json"), invalid);
        Path syntax = Files.writeString(dir.resolve("syntax-case.json"), "{\n  \"schemaVersion\": 3,\n  \"caseId\": tru\n}");

        for (Runnable read : new Runnable[] {() -> JSON.readCase(new ByteArrayInputStream(invalid)), () -> JSON.readCase(file),
                () -> JSON.readCaseDocument(file)}) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(MlaJsonException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("document is not valid UTF-8");
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.column()).isEqualTo(14);
            }));
        }
        String syntaxText = Files.readString(syntax);
        byte[] syntaxBytes = Files.readAllBytes(syntax);
        for (Runnable read : new Runnable[] {() -> JSON.readCase(new StringReader(syntaxText)), () -> JSON.readCase(syntax),
                () -> JSON.readCase(new ByteArrayInputStream(syntaxBytes))}) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(MlaJsonException.class, e -> assertThat(e.problems()).first()
                    .satisfies(p -> assertThat(p.line()).isEqualTo(3)).satisfies(p -> assertThat(p.column()).isPositive()));
        }
        assertThatThrownBy(() -> JSON.readCase(new StringReader("\n" + " ".repeat(MlaJson.MAX_DOCUMENT_CHARS))))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.line()).isEqualTo(2)));
        String written = JSON.writeCase(org.openmla.core.lifecycle.RequestCase.create(org.openmla.core.model.RequestId.of("LC-2026-7")));
        assertThat(JSON.readCase(new StringReader(written))).isEqualTo(JSON.readCase(written));
        assertThat(JSON.readCase(Files.writeString(dir.resolve("case.json"), written))).isEqualTo(JSON.readCase(written));
    }

    @Test
    void a_mapper_throws_mla_json_exception_for_anything_inside_a_model_value() {
        assertThatThrownBy(() -> mapper.readValue("{\"maxCustody\": tru}", Penalty.class)).isInstanceOfSatisfying(MlaJsonException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1)));
        assertThatThrownBy(() -> new ObjectMapper().registerModule(new MlaJsonModule()).readValue("{\"maxCustody\": \"P1Y\", ", Penalty.class))
                .isInstanceOf(MlaJsonException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"otherSanctions\": 5}", Penalty.class)).isInstanceOf(MlaJsonException.class);
    }

    @Test
    void outside_a_model_value_a_mapper_throws_what_jackson_throws() {
        assertThatThrownBy(() -> mapper.readValue("", Penalty.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"maxCustody\": \"P1Y\"} 5", Penalty.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"a\": tru, \"p\": {\"maxCustody\": \"P1Y\"}}", new TypeReference<Map<String, Penalty>>() {}))
                .isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"p\": {\"maxCustody\": \"P-1Y\"}}", new TypeReference<Map<String, Penalty>>() {}))
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(MlaJsonException.class),
                        e -> assertThat(e).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(MlaJsonException.class));
    }
}
