package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.spontaneousInformation;
import static org.openmla.core.rules.Conditions.useRestricted;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.decision.Verdict;

/**
 * Information one State sends another without a prior request: a communication of its own kind, which a pack evaluates
 * only if it says it covers it; every other pack stays silent and says why.
 */
class SpontaneousInformationTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);

    static MlaRequest.Builder information() {
        return MlaRequest.builder("INFO-1", org.openmla.core.model.Jurisdiction.of("BE"), org.openmla.core.model.Jurisdiction.of("NL"))
                .spontaneousInformation();
    }

    @Test
    void a_pack_written_for_requests_does_not_evaluate_spontaneous_information_and_says_why() {
        RulePack requestsOnly = RulePack.builder("REQ", "1.0.0")
                .rule(Rule.builder("r.1", "REQ art. 1").formalRequirement().statement("The request asks for a measure.")
                        .when(Conditions.hasMeasures()).build())
                .build();

        Decision d = RulesEngine.of(RulePackRegistry.of(requestsOnly))
                .evaluate(Evaluation.of(information().build()).pack("REQ").lawDate(LAW_DATE).build());

        assertThat(requestsOnly.communications()).containsExactly(CommunicationKind.REQUEST);
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(d.findings()).isEmpty();
        assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason())
                .contains("REQ@1.0.0 encodes requests for assistance, not information transmitted without a prior request"));
    }

    @Test
    void a_pack_that_covers_spontaneous_information_evaluates_it_with_the_rules_written_for_it() {
        RulePack both = RulePack.builder("BOTH", "1.0.0").covers(CommunicationKind.REQUEST, CommunicationKind.SPONTANEOUS_INFORMATION)
                .rule(Rule.builder("b.1", "BOTH art. 1").formalRequirement().statement("The request asks for a measure.")
                        .appliesWhen(not(spontaneousInformation())).when(Conditions.hasMeasures()).build())
                .rule(Rule.builder("b.2", "BOTH art. 2").condition().statement("The receiving State keeps to the restrictions on use.")
                        .appliesWhen(spontaneousInformation()).when(useRestricted()).build())
                .rule(Rule.builder("b.3", "BOTH art. 3").scope().statement("Covers everything.").when(always()).build())
                .build();
        RulesEngine engine = RulesEngine.of(RulePackRegistry.of(both));

        Decision restricted = engine.evaluate(Evaluation.of(information().useRestrictions("Only for the case").build()).pack("BOTH")
                .lawDate(LAW_DATE).build());
        Decision free = engine.evaluate(Evaluation.of(information().build()).pack("BOTH").lawDate(LAW_DATE).build());

        assertThat(restricted.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS);
        assertThat(restricted.finding("b.1").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(free.outcome()).isEqualTo(Outcome.GRANT);
        assertThat(restricted.inputDigest()).isNotEqualTo(free.inputDigest());
    }

    @Test
    void spontaneous_information_asks_for_no_measure_and_only_it_carries_restrictions_on_use() {
        assertThatThrownBy(() -> information().measure(Measure.of(MeasureType.TAKING_EVIDENCE)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("MlaRequest.measures");
        assertThatThrownBy(() -> information().kind(CommunicationKind.REQUEST).useRestrictions("x").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("MlaRequest.useRestrictions").hasMessageNotContaining("x)");
        assertThat(information().build().toString()).contains("SPONTANEOUS_INFORMATION");
    }

    @Test
    void a_request_reads_and_writes_as_before_and_spontaneous_information_round_trips() {
        MlaJson json = MlaJson.create();
        MlaRequest request = MlaRequest.builder("REQ-1", org.openmla.core.model.Jurisdiction.of("BE"), org.openmla.core.model.Jurisdiction.of("NL"))
                .build();
        MlaRequest info = information().confidentialityRequested(true).useRestrictions("Not for tax purposes").build();

        assertThat(json.writeRequest(request)).doesNotContain("\"REQUEST\"").doesNotContain("useRestrictions");
        assertThat(json.readRequest(json.writeRequest(info))).isEqualTo(info);
        assertThat(json.writeRequest(info)).contains("\"SPONTANEOUS_INFORMATION\"", "\"useRestrictions\"");
    }
}
