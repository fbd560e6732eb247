package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.MlaJson;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;

/** Decisions are written as JSON in a documented format with a schema; the JSON carries no personal data. */
class DecisionJsonTest {

    final RulesEngine engine = RulesEngine.of(RulePackRegistry.of(SmallPack.pack()));
    final MlaJson json = MlaJson.create();
    final ObjectMapper mapper = new ObjectMapper();
    final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MlaJson.decisionJsonSchema());

    Decision partlyRefused() {
        Evaluation e = RulesEngineTest.replace(RulesEngineTest.cleared(SmallPack.request().urgent("Funds about to move").build()).build(),
                StandardAssessments.DUAL_CRIMINALITY, false).toBuilder()
                .proposeRefusal(StandardGrounds.BANK_SECRECY).build();
        return engine.evaluate(e);
    }

    @Test
    void a_decision_is_written_with_every_part_the_cli_and_auditors_rely_on() throws Exception {
        JsonNode tree = mapper.readTree(json.writeDecision(partlyRefused()));

        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(tree.get("outcome").asText()).isEqualTo("MAY_REFUSE");
        assertThat(tree.get("partial").asBoolean()).isTrue();
        assertThat(tree.get("lawDate").asText()).isEqualTo("2026-03-01");
        assertThat(tree.get("packs").get(0).get("id").asText()).isEqualTo("TESTLAND");
        assertThat(tree.get("measures")).hasSize(2);
        assertThat(tree.get("measures").get(0).get("outcome").asText()).isEqualTo("MAY_REFUSE");
        JsonNode dc = null;
        for (JsonNode f : tree.get("findings")) {
            if (f.get("rule").asText().equals("tl.4.2.b") && f.get("measureIndex").asInt() == 0) {
                dc = f;
            }
        }
        assertThat(dc).isNotNull();
        assertThat(dc.get("citation").asText()).isEqualTo("TESTLAND art. 4(2)(b)");
        assertThat(dc.get("kind").asText()).isEqualTo("DISCRETIONARY_REFUSAL");
        assertThat(dc.get("verdict").asText()).isEqualTo("TRUE");
        assertThat(dc.get("facts").get(0).get("label").asText()).isEqualTo("the measure is coercive");
        JsonNode proposal = tree.get("proposedRefusals").get(0);
        assertThat(proposal.get("ground").asText()).isEqualTo("BANK_SECRECY");
        assertThat(proposal.get("permitted").asBoolean()).isFalse();
        assertThat(proposal.get("citation").asText()).isEqualTo("TESTLAND art. 5");
        assertThat(tree.get("deadlines").get(0).get("limit").get("amount").asInt()).isEqualTo(5);
        assertThat(tree.get("openQuestions")).isEmpty();
    }

    @Test
    void the_decision_json_conforms_to_its_schema_in_every_outcome() throws Exception {
        Decision pending = engine.evaluate(Evaluation.of(SmallPack.request().factsSummary(null).build()).pack("TESTLAND")
                .lawDate(RulesEngineTest.LAW_DATE).proposeRefusal(StandardGrounds.POLITICAL_OFFENCE).build());
        Decision notInForce = engine.evaluate(RulesEngineTest.cleared(SmallPack.request().build()).lawDate(java.time.LocalDate.of(1990, 1, 1)).build());

        for (Decision d : java.util.List.of(partlyRefused(), pending, notInForce)) {
            assertThat(schema.validate(mapper.readTree(json.writeDecision(d)))).as(d.outcome().name()).isEmpty();
        }
    }

    @Test
    void the_decision_json_contains_no_personal_data_from_the_request() {
        String written = json.writeDecision(partlyRefused());

        assertThat(written).doesNotContain("Test Person", "Containers of cocaine", "Funds about to move");
    }

    @Test
    void the_schema_in_docs_is_the_one_shipped_in_the_jar() throws Exception {
        assertThat(Files.readString(Path.of("..", "docs", "json", "mla-decision-v1.schema.json"))).isEqualTo(MlaJson.decisionJsonSchema());
    }
}
