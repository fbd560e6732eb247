package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;

/** A case reads and writes as JSON; reading replays the history, so a document that contradicts it is rejected whole. */
class CaseJsonTest {

    final MlaJson json = MlaJson.create();
    final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest(name = "a case in {0} survives a round trip")
    @EnumSource(CaseState.class)
    void every_state_reached_on_the_canonical_path_round_trips(CaseState state) {
        RequestCase c = CaseWalk.caseIn(state);

        RequestCase read = json.readCase(json.writeCase(c));

        assertThat(read).isEqualTo(c);
        assertThat(read.deadlines()).isEqualTo(c.deadlines());
    }

    @Test
    void a_case_reads_from_a_string_a_reader_a_stream_and_a_file_alike(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        RequestCase c = CaseWalk.caseIn(CaseState.PARTIALLY_EXECUTED);
        String document = json.writeCase(c);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("case.json"), document);

        assertThat(json.readCase(new java.io.StringReader(document))).isEqualTo(c);
        assertThat(json.readCase(new java.io.ByteArrayInputStream(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(c);
        assertThat(json.readCase(file)).isEqualTo(c);
        assertThatThrownBy(() -> json.readCase(dir.resolve("missing.json"))).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot read the JSON document");
    }

    @Test
    void the_document_holds_the_history_with_decisions_deadlines_and_consultations() throws Exception {
        RequestCase c = CaseWalk.caseIn(CaseState.EXECUTED);

        var tree = mapper.readTree(json.writeCase(c));

        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(3);
        assertThat(tree.get("state").asText()).isEqualTo("EXECUTED");
        assertThat(tree.get("history")).hasSize((int) c.version());
        assertThat(tree.toString()).contains("\"decision\"", "\"declaredDeadlines\"", "\"consultation\"", "\"officerId\"");
    }

    @Test
    void a_stored_state_that_the_history_does_not_lead_to_is_rejected() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.REFUSED)));
        tree.put("state", "ACCEPTED");

        assertThatThrownBy(() -> json.readCase(tree.toPrettyString()))
                .isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("/state").hasMessageContaining("the history leads to REFUSED");
    }

    @Test
    void a_truncated_history_is_rejected_because_the_version_no_longer_matches() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.CLOSED)));
        ArrayNode history = (ArrayNode) tree.get("history");
        history.remove(history.size() - 1);
        tree.put("state", history.get(history.size() - 1).get("to").asText());

        assertThatThrownBy(() -> json.readCase(tree.toPrettyString()))
                .isInstanceOf(MlaJsonException.class).hasMessageContaining("/version");
    }

    @Test
    void a_history_entry_removed_from_the_middle_breaks_the_chain_and_is_rejected() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.ACCEPTED)));
        ((ArrayNode) tree.get("history")).remove(1);

        assertThatThrownBy(() -> json.readCase(tree.toPrettyString())).isInstanceOf(MlaJsonException.class).hasMessageContaining("/history");
    }

    @Test
    void an_acceptance_edited_to_rest_on_a_refusal_decision_is_rejected() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.ACCEPTED)));
        ObjectNode accept = null;
        for (var t : tree.get("history")) {
            if (t.get("command").asText().equals("ACCEPT")) {
                accept = (ObjectNode) t;
            }
        }
        ObjectNode decision = (ObjectNode) accept.get("decision");
        decision.put("outcome", "MUST_REFUSE");
        ArrayNode outcomes = (ArrayNode) decision.get("measureOutcomes");
        for (int i = 0; i < outcomes.size(); i++) {
            outcomes.set(i, mapper.getNodeFactory().textNode("MUST_REFUSE"));
        }

        assertThatThrownBy(() -> json.readCase(tree.toPrettyString()))
                .isInstanceOf(MlaJsonException.class)
                .hasMessageContaining("/decision: an acceptance cannot rest on a decision with outcome MUST_REFUSE");
    }

    @Test
    void measures_claimed_by_a_command_that_does_not_record_them_are_rejected() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.UNDER_REVIEW)));
        ObjectNode receive = (ObjectNode) tree.get("history").get(0);
        receive.putArray("executedMeasures").add(0);
        receive.putArray("groundIds").add("ESSENTIAL_INTERESTS");

        assertThatThrownBy(() -> json.readCase(tree.toPrettyString()))
                .isInstanceOf(MlaJsonException.class).hasMessageContaining("/history/0").hasMessageContaining("is recorded only by");
    }

    @Test
    void unknown_properties_and_bad_values_are_all_reported_with_their_place() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.UNDER_REVIEW)));
        ObjectNode first = (ObjectNode) tree.get("history").get(0);
        first.put("note", "free text");
        first.put("at", "yesterday");
        ((ObjectNode) first.get("actor")).put("role", "judge with spaces");

        assertThatThrownBy(() -> json.readCase(tree.toPrettyString()))
                .isInstanceOf(MlaJsonException.class)
                .satisfies(e -> assertThat(((MlaJsonException) e).problems()).extracting(p -> p.pointer())
                        .contains("/history/0", "/history/0/at"))
                .hasMessageContaining("line ");
    }

    @Test
    void an_unsupported_format_version_is_refused() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.RECEIVED)));
        tree.put("schemaVersion", 4);

        assertThatThrownBy(() -> json.readCase(tree.toPrettyString())).hasMessageContaining("/schemaVersion")
                .hasMessageContaining("is not a case format version this library reads (1 to 3)").hasMessageNotContaining("4");
    }
}
