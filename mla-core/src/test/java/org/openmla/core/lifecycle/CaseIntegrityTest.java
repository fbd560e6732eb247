package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.CaseDocument;
import org.openmla.core.json.CaseSeal;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;

/**
 * Tamper evidence of the case format: the hash chain catches edits, reordering, entries dropped from the middle and a
 * history moved to another case; the host's seal also catches a forger who recomputes the chain and a history cut
 * short. (Histories the lifecycle could not have written are rejected even when consistently re-chained: see
 * ForgedHistoryTest.)
 */
class CaseIntegrityTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef-host-key".getBytes(StandardCharsets.US_ASCII);
    static final CaseSeal SEAL = CaseSeal.hmacSha256("host-2026", KEY);

    final MlaJson json = MlaJson.create();
    final ObjectMapper mapper = new ObjectMapper();

    ObjectNode tree(RequestCase c) throws Exception {
        return (ObjectNode) mapper.readTree(json.writeCase(c));
    }

    static ObjectNode entry(ObjectNode tree, String command) {
        for (JsonNode t : tree.get("history")) {
            if (t.get("command").asText().equals(command)) {
                return (ObjectNode) t;
            }
        }
        throw new AssertionError("no " + command);
    }

    /** What a forger without the key does after an edit: recompute every hash so the chain is consistent again. */
    static String rechained(ObjectNode tree) {
        String previous = sha256("openmla-case-v2\n" + tree.get("caseId").asText());
        int version = 1;
        for (JsonNode e : tree.get("history")) {
            ObjectNode o = (ObjectNode) e;
            o.put("version", version++);
            o.remove("previousHash");
            o.remove("hash");
            String hash = sha256("openmla-case-entry-v2\n" + previous + "\n" + o);
            o.put("previousHash", previous);
            o.put("hash", hash);
            previous = hash;
        }
        tree.put("version", tree.get("history").size());
        JsonNode history = tree.get("history");
        tree.put("state", history.isEmpty() ? "DRAFT" : history.get(history.size() - 1).get("to").asText());
        return tree.toPrettyString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    void assertChainBroken(RequestCase c, Consumer<ObjectNode> edit, String pointer) throws Exception {
        ObjectNode tree = tree(c);
        edit.accept(tree);
        assertThatThrownBy(() -> json.readCaseDocument(tree.toPrettyString())).isInstanceOf(MlaJsonException.class)
                .hasMessageContaining(pointer);
    }

    @Test
    void a_case_is_written_with_its_chain_and_reads_back_with_the_chain_intact() {
        RequestCase c = CaseWalk.caseIn(CaseState.EXECUTED);

        CaseDocument read = json.readCaseDocument(json.writeCase(c));

        assertThat(read.requestCase()).isEqualTo(c);
        assertThat(read.schemaVersion()).isEqualTo(3);
        assertThat(read.guardsNotRechecked()).isEmpty();
        assertThat(read.integrity()).isEqualTo(CaseDocument.Integrity.CHAIN_INTACT);
    }

    @Test
    void every_written_case_matches_the_case_schema() throws Exception {
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(MlaJson.caseJsonSchema());
        for (CaseState s : CaseState.values()) {
            assertThat(schema.validate(mapper.readTree(json.writeCase(CaseWalk.caseIn(s), SEAL)))).as("%s", s).isEmpty();
        }
        assertThat(schema.validate(mapper.readTree(json.writeCase(CaseWalk.walkTo(CaseState.ACCEPTED).then(v -> Command.extendDeadline(OFFICER, v,
                EXECUTE, org.openmla.core.rules.TimeLimit.days(3)).because("Reasons.")).get())))).isEmpty();
    }

    @Test
    void the_hashes_are_sha256_over_the_documented_canonical_form() throws Exception {
        ObjectNode tree = tree(CaseWalk.caseIn(CaseState.ACCEPTED));
        String written = tree.toString();

        assertThat(rechained(tree.deepCopy())).isEqualTo(tree.deepCopy().toPrettyString());
        assertThat(mapper.readTree(rechained(tree))).isEqualTo(mapper.readTree(written));
    }

    @Nested
    class WithoutAKey {
        @Test
        void an_edited_actor_is_detected() throws Exception {
            assertChainBroken(CaseWalk.caseIn(CaseState.ACCEPTED), t -> ((ObjectNode) t.get("history").get(0).get("actor")).put("officerId", "off-9999"),
                    "/history/0/hash");
        }

        @Test
        void an_edited_reason_is_detected() throws Exception {
            assertChainBroken(CaseWalk.caseIn(CaseState.REFUSED), t -> entry(t, "REFUSE").put("reason", "Other reasons."), "/hash");
        }

        @Test
        void an_edited_decision_id_is_detected() throws Exception {
            assertChainBroken(CaseWalk.caseIn(CaseState.ACCEPTED), t -> ((ObjectNode) entry(t, "ACCEPT").get("decision")).put("decisionId", "x-1"),
                    "/hash");
        }

        @Test
        void edited_ground_ids_are_detected() throws Exception {
            assertChainBroken(CaseWalk.caseIn(CaseState.REFUSED), t -> ((ArrayNode) entry(t, "REFUSE").get("groundIds")).set(0,
                    mapper.getNodeFactory().textNode("BANK_SECRECY")), "/hash");
        }

        @Test
        void an_edited_deadline_is_detected() throws Exception {
            assertChainBroken(CaseWalk.caseIn(CaseState.RECEIVED), t -> ((ObjectNode) entry(t, "RECORD_DECISION").get("declaredDeadlines").get(0)
                    .get("limit")).put("amount", 365), "/hash");
        }

        @Test
        void a_history_moved_to_another_case_id_is_detected() throws Exception {
            assertChainBroken(CaseWalk.caseIn(CaseState.ACCEPTED), t -> t.put("caseId", "LC-2026-2"), "/history/0/previousHash");
        }

        @Test
        void reordered_entries_with_renumbered_versions_are_detected() throws Exception {
            assertChainBroken(CaseWalk.caseIn(CaseState.UNDER_REVIEW), t -> {
                ArrayNode h = (ArrayNode) t.get("history");
                ObjectNode second = (ObjectNode) h.get(1);
                ObjectNode third = (ObjectNode) h.get(2);
                h.set(1, third.put("version", 2));
                h.set(2, second.put("version", 3));
            }, "/history/1/");
        }

        @Test
        void the_refusal_and_closing_dropped_from_the_end_are_not_detected_without_a_key() throws Exception {
            // documented limit: a history cut short at its end is a prefix the lifecycle wrote, with a consistent chain
            RequestCase closed = CaseWalk.walkTo(CaseState.REFUSED).then(CommandType.CLOSE).get();
            ObjectNode tree = tree(closed);
            ArrayNode h = (ArrayNode) tree.get("history");
            h.remove(h.size() - 1);
            h.remove(h.size() - 1);
            tree.put("state", "UNDER_REVIEW").put("version", h.size());

            assertThat(json.readCaseDocument(tree.toPrettyString()).requestCase().state()).isEqualTo(CaseState.UNDER_REVIEW);
        }

        @Test
        void a_consistent_re_chain_of_an_edit_the_lifecycle_allows_is_not_detected_without_a_key() throws Exception {
            ObjectNode tree = tree(CaseWalk.caseIn(CaseState.ACCEPTED));
            ((ObjectNode) tree.get("history").get(0).get("actor")).put("officerId", "off-9999");

            assertThat(json.readCaseDocument(rechained(tree)).integrity()).isEqualTo(CaseDocument.Integrity.CHAIN_INTACT);
        }

        @Test
        void a_consistent_re_chain_of_a_history_the_lifecycle_could_not_write_is_still_rejected() throws Exception {
            ObjectNode tree = tree(CaseWalk.caseIn(CaseState.UNDER_REVIEW));
            ArrayNode h = (ArrayNode) tree.get("history");
            ObjectNode ack = mapper.createObjectNode().put("version", 0).put("at", "2026-03-05T08:00:00Z");
            ack.set("actor", h.get(0).get("actor"));
            ack.put("from", "UNDER_REVIEW").put("to", "UNDER_REVIEW").put("command", "ACKNOWLEDGE");
            h.add(ack);
            h.add(ack.deepCopy());

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("acknowledge.once");
        }
    }

    @Nested
    class WithTheHostsKey {
        @Test
        void a_sealed_case_reads_back_sealed() {
            RequestCase c = CaseWalk.caseIn(CaseState.CLOSED);

            CaseDocument read = json.readCaseDocument(json.writeCase(c, SEAL), SEAL);

            assertThat(read.requestCase()).isEqualTo(c);
            assertThat(read.integrity()).isEqualTo(CaseDocument.Integrity.SEALED);
            assertThat(json.readCaseDocument(json.writeCase(c, SEAL)).integrity()).isEqualTo(CaseDocument.Integrity.CHAIN_INTACT);
        }

        @Test
        void a_consistent_re_chain_by_someone_without_the_key_is_detected() throws Exception {
            ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(CaseWalk.caseIn(CaseState.ACCEPTED), SEAL));
            ((ObjectNode) tree.get("history").get(0).get("actor")).put("officerId", "off-9999");

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree), SEAL)).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("/seal/mac").hasMessageContaining("does not verify");
        }

        @Test
        void a_history_cut_short_is_detected() throws Exception {
            RequestCase closed = CaseWalk.walkTo(CaseState.REFUSED).then(CommandType.CLOSE).get();
            ObjectNode tree = (ObjectNode) mapper.readTree(json.writeCase(closed, SEAL));
            ArrayNode h = (ArrayNode) tree.get("history");
            h.remove(h.size() - 1);
            h.remove(h.size() - 1);
            tree.put("state", "UNDER_REVIEW").put("version", h.size());

            assertThatThrownBy(() -> json.readCaseDocument(tree.toPrettyString(), SEAL)).hasMessageContaining("/seal/mac");
        }

        @Test
        void an_unsealed_document_another_key_or_a_version_1_document_is_refused() throws Exception {
            RequestCase c = CaseWalk.caseIn(CaseState.ACCEPTED);
            CaseSeal other = CaseSeal.hmacSha256("host-2026", "another key of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII));

            assertThatThrownBy(() -> json.readCaseDocument(json.writeCase(c), SEAL)).hasMessageContaining("/seal: is missing");
            assertThatThrownBy(() -> json.readCaseDocument(json.writeCase(c, other), SEAL)).hasMessageContaining("/seal/mac");
            assertThatThrownBy(() -> json.readCaseDocument(json.writeCase(c, CaseSeal.hmacSha256("host-2027", KEY)), SEAL))
                    .hasMessageContaining("/seal/keyId: names another key");
        }

        @Test
        void the_key_never_shows() {
            String text = json.writeCase(CaseWalk.caseIn(CaseState.ACCEPTED), SEAL);

            assertThat(SEAL.toString()).isEqualTo("CaseSeal[host-2026, HMAC-SHA-256]");
            assertThat(text).doesNotContain(new String(KEY, StandardCharsets.US_ASCII)).doesNotContain(HexFormat.of().formatHex(KEY));
            assertThatThrownBy(() -> CaseSeal.hmacSha256("k", "short".getBytes(StandardCharsets.US_ASCII)))
                    .hasMessage("CaseSeal.key: must be at least 32 bytes");
        }
    }

    /** Re-chained forgeries of what the guards read from the decision: caught by every guard, without a key. */
    @Nested
    class DecisionFactsWithoutAKey {
        ObjectNode refusal() throws Exception {
            return tree(CaseWalk.caseIn(CaseState.REFUSED));
        }

        ObjectNode facts(ObjectNode tree, String command) {
            return (ObjectNode) entry(tree, command).get("decision").get("facts");
        }

        @Test
        void every_decision_reference_carries_the_facts_in_the_chain() throws Exception {
            ObjectNode tree = refusal();
            ObjectNode f = facts(tree, "REFUSE");

            assertThat(f.get("requestId").asText()).isEqualTo(CASE_ID.value());
            assertThat(f.get("findings")).anySatisfy(x -> assertThat(x.get("rule").asText()).isNotBlank());
            assertChainBroken(CaseWalk.caseIn(CaseState.REFUSED), t -> facts(t, "REFUSE").put("requestId", "LC-2026-2"), "/hash");
        }

        @Test
        void a_refusal_re_cited_on_a_ground_the_decision_did_not_find_is_rejected() throws Exception {
            ObjectNode tree = refusal();
            ((ArrayNode) entry(tree, "REFUSE").get("groundIds")).set(0, mapper.getNodeFactory().textNode("BANK_SECRECY"));

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("refuse.grounds-found");
        }

        @Test
        void a_duty_to_consult_the_case_never_met_is_rejected() throws Exception {
            ObjectNode tree = refusal();
            facts(tree, "REFUSE").putArray("consultationDuties").add("lcx.forged-duty");

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("refuse.consulted");
        }

        @Test
        void a_decision_on_another_request_is_rejected() throws Exception {
            ObjectNode tree = refusal();
            facts(tree, "REFUSE").put("requestId", "LC-2026-2");

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("decision.same-request");
        }

        @Test
        void a_recorded_decision_on_another_request_is_rejected() throws Exception {
            ObjectNode tree = refusal();
            facts(tree, "RECORD_DECISION").put("requestId", "LC-2026-2");

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("decision.same-request");
        }

        @Test
        void a_postponement_whose_decision_shows_no_postponement_finding_is_rejected() throws Exception {
            ObjectNode tree = tree(CaseWalk.caseIn(CaseState.POSTPONED));
            ArrayNode findings = (ArrayNode) facts(tree, "POSTPONE").get("findings");
            for (int i = findings.size() - 1; i >= 0; i--) {
                if (findings.get(i).get("kind").asText().equals("POSTPONEMENT")) {
                    findings.remove(i);
                }
            }

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("postpone.ground-found");
        }

        @Test
        void an_acceptance_while_a_mandatory_question_is_open_is_rejected() throws Exception {
            ObjectNode tree = tree(CaseWalk.caseIn(CaseState.ACCEPTED));
            ObjectNode f = facts(tree, "ACCEPT");
            f.withArray("findings").addObject().put("rule", "lcx.forged").put("kind", "MANDATORY_REFUSAL").put("verdict", "UNKNOWN");
            f.withArray("openQuestions").addObject().put("key", "FORGED").putArray("rules").add("lcx.forged");
            JsonNode duties = f.remove("consultationDuties"); // members in canonical order, as the forger must write them
            if (duties != null) {
                f.set("consultationDuties", duties);
            }

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("accept.no-open-mandatory-question");
        }

        @Test
        void facts_left_out_of_a_version_3_entry_are_rejected() throws Exception {
            ObjectNode tree = refusal();
            ((ObjectNode) entry(tree, "REFUSE").get("decision")).remove("facts");

            assertThatThrownBy(() -> json.readCaseDocument(rechained(tree))).isInstanceOf(MlaJsonException.class)
                    .hasMessageContaining("/decision/facts: required property is missing");
        }

        @Test
        void a_document_rewritten_as_version_2_reads_but_says_which_guards_it_could_not_re_check() throws Exception {
            ObjectNode tree = refusal();
            tree.put("schemaVersion", 2);
            for (JsonNode e : tree.get("history")) {
                if (e.has("decision")) {
                    ((ObjectNode) e.get("decision")).remove("facts");
                }
            }
            ((ArrayNode) entry(tree, "REFUSE").get("groundIds")).set(0, mapper.getNodeFactory().textNode("BANK_SECRECY"));
            String forged = rechained(tree);

            CaseDocument read = json.readCaseDocument(forged);
            assertThat(read.schemaVersion()).isEqualTo(2);
            assertThat(read.integrity()).isEqualTo(CaseDocument.Integrity.CHAIN_INTACT);
            assertThat(read.guardsNotRechecked()).isEqualTo(DecisionFacts.GUARDS).contains(Guard.REFUSE_GROUNDS_FOUND);
            assertThatThrownBy(() -> json.readCaseDocument(forged, SEAL)).hasMessageContaining("/seal: is missing");
        }

        @Test
        void a_case_read_from_version_2_is_written_as_version_2_and_reads_back_equal() throws Exception {
            ObjectNode tree = refusal();
            tree.put("schemaVersion", 2);
            for (JsonNode e : tree.get("history")) {
                if (e.has("decision")) {
                    ((ObjectNode) e.get("decision")).remove("facts");
                }
            }
            RequestCase old = json.readCase(rechained(tree));

            String again = json.writeCase(old, SEAL);
            assertThat(mapper.readTree(again).get("schemaVersion").asInt()).isEqualTo(2);
            assertThat(json.readCaseDocument(again, SEAL).requestCase()).isEqualTo(old);
        }
    }

    @Nested
    class Version1Documents {
        static final String VERSION_1 = """
                {
                  "schemaVersion": 1,
                  "caseId": "LC-2026-1",
                  "state": "RECEIVED",
                  "version": 1,
                  "history": [
                    { "version": 1, "at": "2026-03-02T08:00:00Z", "actor": { "officerId": "off-0017", "role": "CASE_OFFICER" },
                      "from": "DRAFT", "to": "RECEIVED", "command": "RECEIVE" }
                  ]
                }
                """;

        @Test
        void are_read_and_say_they_carry_no_chain() {
            CaseDocument read = json.readCaseDocument(VERSION_1);

            assertThat(read.schemaVersion()).isEqualTo(1);
            assertThat(read.integrity()).isEqualTo(CaseDocument.Integrity.NO_CHAIN);
            assertThat(read.requestCase().state()).isEqualTo(CaseState.RECEIVED);
            assertThat(read.requestCase().caseId()).isEqualTo(CASE_ID);
        }

        @Test
        void are_still_checked_against_the_lifecycle() {
            String twice = VERSION_1.replace("\"version\": 1,\n  \"history\"", "\"version\": 3,\n  \"history\"").replace("\"command\": \"RECEIVE\" }", """
                    "command": "RECEIVE" },
                        { "version": 2, "at": "2026-03-02T09:00:00Z", "actor": { "officerId": "off-0017", "role": "CASE_OFFICER" },
                          "from": "RECEIVED", "to": "RECEIVED", "command": "ACKNOWLEDGE" },
                        { "version": 3, "at": "2026-03-02T10:00:00Z", "actor": { "officerId": "off-0017", "role": "CASE_OFFICER" },
                          "from": "RECEIVED", "to": "RECEIVED", "command": "ACKNOWLEDGE" }""");

            assertThatThrownBy(() -> json.readCaseDocument(twice)).isInstanceOf(MlaJsonException.class).hasMessageContaining("acknowledge.once");
        }
    }
}
