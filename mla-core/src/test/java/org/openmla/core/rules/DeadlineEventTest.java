package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.MlaJson;

/** Every event a deadline can run from or be met by can be written in a decision that conforms to the schema. */
class DeadlineEventTest {

    @Test
    void the_decision_schema_lists_every_deadline_event() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(MlaJson.decisionJsonSchema());
        List<String> events = Stream.of(DeadlineEvent.values()).map(Enum::name).toList();

        List<JsonNode> enums = new ArrayList<>();
        schema.findParents("runsFrom").forEach(p -> enums.add(p.get("runsFrom").get("enum")));
        schema.findParents("metBy").forEach(p -> enums.add(p.get("metBy").get("enum")));

        assertThat(enums).isNotEmpty().allSatisfy(e -> {
            List<String> listed = new ArrayList<>();
            e.forEach(v -> listed.add(v.asText()));
            assertThat(listed).containsExactlyElementsOf(events);
        });
    }

    @Test
    void surrender_deadlines_run_from_the_arrest_or_the_consent() {
        DeadlineSpec afterArrest = DeadlineSpec.of(DeadlineEvent.ARREST, DeadlineEvent.DECISION, TimeLimit.days(60)).extendableBy(TimeLimit.days(30));
        DeadlineSpec afterConsent = DeadlineSpec.of(DeadlineEvent.CONSENT_TO_SURRENDER, DeadlineEvent.DECISION, TimeLimit.days(10));

        assertThat(afterArrest.runsFrom()).isEqualTo(DeadlineEvent.ARREST);
        assertThat(afterConsent.runsFrom()).isEqualTo(DeadlineEvent.CONSENT_TO_SURRENDER);
    }
}
