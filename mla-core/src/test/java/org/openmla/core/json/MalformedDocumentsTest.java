package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.json.JsonEdits.with;
import static org.openmla.core.json.JsonEdits.without;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and hostile documents: each is rejected with one exception naming every problem and where it is. */
class MalformedDocumentsTest {
    private static final MlaJson JSON = MlaJson.create();
    private static final String FULL = JSON.writeRequest(TestRequests.full());
    private static final String MINIMAL = JSON.writeRequest(TestRequests.minimal());

    /** name, document, a fragment the message must contain, the pointer of a problem (null: not checked) */
    static Stream<Arguments> malformed() {
        return Stream.of(
                // syntax
                row("empty document", () -> "", "document is empty", ""),
                row("whitespace only", () -> "  \n ", "document is empty", ""),
                row("unclosed object", () -> "{\"schemaVersion\": 1", "malformed JSON", null),
                row("trailing comma", () -> "{\"schemaVersion\": 1,}", "malformed JSON", null),
                row("single quotes", () -> "{'schemaVersion': 1}", "malformed JSON", null),
                row("comment", () -> "// request\n" + MINIMAL, "malformed JSON", null),
                row("NaN", () -> "{\"schemaVersion\": NaN}", "malformed JSON", null),
                row("bare word", () -> "{\"id\": SecretOperationName}", "unrecognized token", "/id"),
                row("trailing object", () -> MINIMAL + " {}", "unexpected content after the end of the JSON value", ""),
                row("trailing garbage", () -> MINIMAL + " ]", "malformed JSON", null),
                row("duplicate key", () -> "{\"schemaVersion\": 1, \"schemaVersion\": 1}", "duplicate property", "/schemaVersion"),
                row("duplicate nested key", () -> "{\"schemaVersion\": 1, \"id\": \"X\", \"requestingParty\": {\"state\": \"NL\", \"state\": \"BE\"}}",
                        "duplicate property", "/requestingParty/state"),
                // limits
                row("10 000 nested arrays", () -> "[".repeat(10_000) + "]".repeat(10_000), "nesting depth", null),
                row("10 000 nested objects", () -> "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), "nesting depth", null),
                row("huge string", () -> with(MINIMAL, "/factsSummary", "\"" + "x".repeat(1_000_001) + "\""), "String value length", null),
                row("huge number", () -> MINIMAL.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1" + "0".repeat(100)), "Number value length", null),
                row("huge document", () -> MINIMAL.replace("\"CH\"", "\"CH\"" + " ".repeat(MlaJson.MAX_DOCUMENT_CHARS)), "Document length", null),
                // types
                row("top-level array", () -> "[]", "expected an object, found an array", ""),
                row("top-level null", () -> "null", "must not be null", ""),
                row("id is a number", () -> with(MINIMAL, "/id", "42"), "expected a string, found a number", "/id"),
                row("offences is an object", () -> with(MINIMAL, "/offences", "{}"), "expected an array, found an object", "/offences"),
                row("flag is a string", () -> with(MINIMAL, "/confidentialityRequested", "\"true\""), "expected a boolean", "/confidentialityRequested"),
                row("null property", () -> with(MINIMAL, "/factsSummary", "null"), "must not be null", "/factsSummary"),
                row("null in an array", () -> with(FULL, "/offences/2", "null"), "must not be null", "/offences/2"),
                row("null in a string array", () -> with(FULL, "/measures/0/requestedProcedures/1", "null"), "must not be null", "/measures/0/requestedProcedures/1"),
                // unknown properties and polymorphic typing
                row("unknown property", () -> with(MINIMAL, "/colour", "\"red\""), "has a property that is not allowed here", ""),
                row("unknown nested property", () -> with(FULL, "/persons/0/nickname", "\"x\""), "has a property that is not allowed here", "/persons/0"),
                row("@class", () -> with(MINIMAL, "/@class", "\"java.net.URL\""), "has a property that is not allowed here", ""),
                row("@type in a person", () -> with(FULL, "/persons/0/@type", "\"org.openmla.core.model.Person\""), "has a property that is not allowed here", "/persons/0"),
                row("wrapper-array typing", () -> with(MINIMAL, "/requestingParty",
                        "[\"org.openmla.core.model.RequestingParty\", {\"state\": \"NL\"}]"), "expected an object, found an array", "/requestingParty"),
                // version
                row("schemaVersion missing", () -> without(MINIMAL, "/schemaVersion"), "required property is missing", "/schemaVersion"),
                row("schemaVersion 2", () -> with(MINIMAL, "/schemaVersion", "2"), "unsupported format version 2", "/schemaVersion"),
                row("schemaVersion as string", () -> with(MINIMAL, "/schemaVersion", "\"1\""), "expected an integer", "/schemaVersion"),
                // codes and enums
                row("unknown state XX", () -> with(MINIMAL, "/requestedState", "\"XX\""), "is not a known ISO 3166-1 code", "/requestedState"),
                row("lower-case state", () -> with(MINIMAL, "/requestedState", "\"ch\""), "upper-case ISO 3166-1", "/requestedState"),
                row("unknown nationality", () -> with(FULL, "/persons/0/nationalities/0", "\"QQ\""), "is not a known ISO 3166-1 code", "/persons/0/nationalities/0"),
                row("unknown language", () -> with(MINIMAL, "/language", "\"xx\""), "is not a known ISO 639-1 language code", "/language"),
                row("unknown measure type", () -> with(FULL, "/measures/0/type", "\"TELEPATHY\""), "is not a known MeasureType code", "/measures/0/type"),
                row("unknown authority kind lists allowed", () -> with(FULL, "/requestingParty/authority/kind", "\"SHERIFF\""),
                        "allowed: COURT, INVESTIGATING_JUDGE", "/requestingParty/authority/kind"),
                row("enum in lower case", () -> with(FULL, "/persons/0/role", "\"suspect\""), "is not a known PersonRole code", "/persons/0/role"),
                // values
                row("negative penalty", () -> with(FULL, "/offences/0/maxPenalty/maxCustody", "\"P-4Y\""), "must not be negative", "/offences/0/maxPenalty/maxCustody"),
                row("negative period sign", () -> with(FULL, "/offences/0/maxPenalty/maxCustody", "\"-P4Y\""), "must not be negative", "/offences/0/maxPenalty/maxCustody"),
                row("malformed period", () -> with(FULL, "/offences/0/maxPenalty/maxCustody", "\"four years\""), "ISO-8601 period", "/offences/0/maxPenalty/maxCustody"),
                row("penalty that says nothing", () -> with(FULL, "/offences/1/maxPenalty", "{}"), "must give a custodial maximum", "/offences/1/maxPenalty"),
                row("30 February", () -> with(MINIMAL, "/dateIssued", "\"2026-02-30\""), "existing calendar date", "/dateIssued"),
                row("date in another form", () -> with(FULL, "/persons/0/dateOfBirth", "\"12/04/1979\""), "existing calendar date", "/persons/0/dateOfBirth"),
                row("blank text", () -> with(MINIMAL, "/factsSummary", "\"   \""), "must not be blank", "/factsSummary"),
                row("text too long", () -> with(MINIMAL, "/purpose", "\"" + "x".repeat(4001) + "\""), "size must be between 0 and 4000", "/purpose"),
                row("malformed request id", () -> with(MINIMAL, "/id", "\"NL 2026 1\""), "must match", "/id"),
                row("blank sanction", () -> with(FULL, "/offences/0/maxPenalty/otherSanctions/1", "\"\""), "must not be blank", "/offences/0/maxPenalty/otherSanctions/1"),
                row("malformed checksum", () -> with(FULL, "/attachments/0/checksum/hex", "\"abc\""), "must match", "/attachments/0/checksum/hex"),
                // cross-field rules
                row("same requesting and requested State", () -> with(MINIMAL, "/requestedState", "\"NLD\""), "must differ from the requesting State", "/requestedState"),
                row("person target to unknown ref", () -> with(FULL, "/measures/0/targets/0/value", "\"p9\""), "refers to a person the request does not contain", "/measures/0/targets/0"),
                row("person ref used twice", () -> with(FULL, "/persons/1/ref", "\"p1\""), "is used by an earlier person too", "/persons/1/ref"),
                row("treaty without instrument", () -> without(FULL, "/legalBasis/0/instrument"), "is required when kind is TREATY", "/legalBasis/0/instrument"),
                row("data category that does not fit", () -> with(FULL, "/measures/0/dataCategory", "\"CONTENT\""),
                        "is not a data category of BANK_AND_BUSINESS_RECORDS", "/measures/0/dataCategory"));
    }

    private static Arguments row(String name, Supplier<String> document, String fragment, String pointer) {
        return Arguments.of(name, document, fragment, pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRejectedWithALocatedProblem(String name, Supplier<String> document, String fragment, String pointer) {
        assertThatThrownBy(() -> JSON.readRequest(document.get()))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> {
                    assertThat(e.getMessage()).contains(fragment).containsPattern("line \\d+, column \\d+, ");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.hasLocation()).isTrue());
                    if (pointer != null) {
                        assertThat(e.problems()).extracting(JsonProblem::pointer).contains(pointer);
                    }
                });
    }

    @Test
    void everyProblemIsListedWithItsOwnLocation() {
        String json = """
                {
                  "schemaVersion": 1,
                  "id": "NL-1",
                  "requestingParty": {"state": "NL", "mood": "calm"},
                  "requestedState": "XX",
                  "offences": [
                    {"maxPenalty": {"maxCustody": "P-4Y"}},
                    {"category": "JAYWALKING"}
                  ],
                  "persons": [{"ref": "p1"}]
                }""";
        assertThatThrownBy(() -> JSON.readRequest(json))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> assertThat(e.problems()).extracting(JsonProblem::toString)
                        .containsExactly(
                                "line 4, column 22, /requestingParty: has a property that is not allowed here (allowed: state, authority, validatingAuthority)",
                                "line 5, column 21, /requestedState: is not a known ISO 3166-1 code",
                                "line 7, column 35, /offences/0/maxPenalty/maxCustody: must not be negative",
                                "line 8, column 18, /offences/1/category: is not a known OffenceCategory code (38 values, listed in the JSON Schema)",
                                "line 10, column 15, /persons/0/role: required property is missing"));
    }

    @Test
    void problemsBeyondTheLimitAreCounted() {
        StringBuilder json = new StringBuilder(MINIMAL.substring(0, MINIMAL.length() - 1));
        for (int i = 0; i < 150; i++) {
            json.append(",\n  \"extra").append(i).append("\": ").append(i);
        }
        json.append("\n}");
        assertThatThrownBy(() -> JSON.readRequest(json.toString()))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> {
                    assertThat(e.problems()).hasSize(BindingContext.MAX_PROBLEMS + 1);
                    assertThat(e.getMessage()).contains("50 further problems not listed");
                    assertThat(e.problems().get(e.problems().size() - 1).message()).isEqualTo("50 further problems not listed");
                    assertThat(e.problems().get(0).message()).doesNotContain("further problems");
                });
    }

    @Test
    void aHugePropertyNameIsNotRepeatedInTheMessage() {
        String name = "n".repeat(40_000);
        assertThatThrownBy(() -> JSON.readRequest(JsonEdits.with(MINIMAL, "/" + name, "1")))
                .isInstanceOfSatisfying(MlaJsonException.class, e -> {
                    assertThat(e.problems().get(0).pointer()).isEqualTo("");
                    assertThat(e.getMessage()).hasSizeLessThan(1_000);
                });
    }

    @Test
    void invalidUtf8IsMalformedInput() {
        byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> JSON.readRequest(new ByteArrayInputStream(bytes)))
                .isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aReaderLongerThanTheLimitIsNotReadToItsEnd() {
        StringReader endless = new StringReader(" ".repeat(MlaJson.MAX_DOCUMENT_CHARS + 10));
        assertThatThrownBy(() -> JSON.readRequest(endless))
                .isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("longer than the limit");
    }
}
