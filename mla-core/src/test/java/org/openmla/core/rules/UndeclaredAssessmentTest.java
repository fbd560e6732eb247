package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;

/**
 * The engine refuses an assessment whose key is neither standard nor asked by a selected pack (or a pack it extends),
 * as the command line does; {@link RulesEngine#undeclaredAssessmentKeys} finds such keys beforehand.
 */
class UndeclaredAssessmentTest {
    static final AssessmentKey LOCAL_SECRECY = AssessmentKey.of("XMLAT_LOCAL_SECRECY", "Would execution breach the requested State's banking secrecy law?");
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    static final RulePack BASE = RulePack.builder("XMLAT", "1.0.0")
            .assessment(LOCAL_SECRECY)
            .rule(Rule.builder("xmlat.4", "XMLAT art. 4").discretionaryRefusal(StandardGrounds.BANK_SECRECY)
                    .statement("Assistance may be refused where execution would breach banking secrecy law.")
                    .when(Conditions.assessed(LOCAL_SECRECY)).build())
            .build();
    static final RulePack OTHER = RulePack.builder("YMLAT", "1.0.0")
            .rule(Rule.builder("ymlat.4", "YMLAT art. 4").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                    .statement("Assistance may be refused for a political offence.")
                    .when(Conditions.assessed(StandardAssessments.POLITICAL_OFFENCE)).build())
            .build();
    /** Asks a pack-specific key only through a condition: no {@code assessment(...)} declaration. */
    static final RulePack ASKED = RulePack.builder("WMLAT", "1.0.0")
            .rule(Rule.builder("wmlat.4", "WMLAT art. 4").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                    .statement("Assistance may be refused where execution would endanger a protected witness.")
                    .when(Conditions.assessed(AssessmentKey.of("WMLAT_WITNESS_ENDANGERED", "Would execution endanger a protected witness?"))).build())
            .build();
    static final RulePack CHILD = RulePack.builder("XMLAT-NL", "1.0.0").extending("XMLAT")
            .disable("xmlat.4", "not in the bilateral protocol").build();
    static final RulesEngine ENGINE = RulesEngine.of(RulePackRegistry.of(BASE, OTHER, ASKED, CHILD));
    static final MlaRequest REQUEST = MlaRequest.builder("NL-2026-0007", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
            .legalBasis("XMLAT").measure(MeasureType.BANK_AND_BUSINESS_RECORDS).build();

    static Evaluation.Builder evaluation(String pack, String key) {
        return Evaluation.of(REQUEST).pack(pack).lawDate(LocalDate.of(2026, 3, 2))
                .assessment(Assessment.of(AssessmentKey.of(key, "?"), false, "officer-17", AT, "reasons"));
    }

    @Test
    void a_key_the_selected_pack_declares_is_used() {
        Evaluation evaluation = evaluation("XMLAT", "XMLAT_LOCAL_SECRECY").build();
        Decision decision = ENGINE.evaluate(evaluation);

        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation)).isEmpty();
        assertThat(decision.outcome()).isNotEqualTo(Outcome.ENGINE_ERROR);
        assertThat(decision.openQuestions()).noneMatch(q -> q.key().equals("XMLAT_LOCAL_SECRECY"));
    }

    @Test
    void a_standard_key_is_accepted_whichever_pack_is_selected() {
        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation("XMLAT", "POLITICAL_OFFENCE").build())).isEmpty();
    }

    @Test
    void a_key_a_rule_condition_asks_counts_as_declared() {
        Evaluation evaluation = evaluation("WMLAT", "WMLAT_WITNESS_ENDANGERED").build();

        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation)).isEmpty();
        assertThat(ENGINE.evaluate(evaluation).openQuestions()).noneMatch(q -> q.key().equals("WMLAT_WITNESS_ENDANGERED"));
    }

    /** A hand-written condition that reads an assessment only where the request does not tell, and says so. */
    record HandWritten(AssessmentKey key) implements Condition {
        @Override
        public Truth evaluate(Facts facts) {
            return facts.request().factsSummary().isPresent() ? Truth.FALSE : facts.assessment(key);
        }

        @Override
        public String describe() {
            return "no summary of the facts, or assessed: " + key.id();
        }

        @Override
        public java.util.List<AssessmentKey> asks() {
            return java.util.List.of(key);
        }
    }

    @Test
    void keys_a_chosen_option_or_a_hand_written_condition_reads_count_as_asked() {
        AssessmentKey option = AssessmentKey.of("VMLAT_CONSENT_CONDITION", "Does the requested State attach the consent condition?");
        AssessmentKey gap = AssessmentKey.of("VMLAT_URGENCY", "Is the request urgent although it does not say so?");
        RulePack pack = RulePack.builder("VMLAT", "1.0.0")
                .rule(Rule.builder("vmlat.2", "VMLAT art. 2").condition().statement("Consent is required for further use.")
                        .when(Conditions.chosen(option)).build())
                .rule(Rule.builder("vmlat.3", "VMLAT art. 3").postponement().statement("Execution may be postponed.")
                        .when(Conditions.not(new HandWritten(gap))).build())
                .build();
        RulesEngine engine = RulesEngine.of(RulePackRegistry.of(pack));
        Evaluation evaluation = Evaluation.of(REQUEST).pack("VMLAT").lawDate(LocalDate.of(2026, 3, 2))
                .assessment(Assessment.of(option, true, "officer-17", AT, null)).assessment(Assessment.of(gap, true, "officer-17", AT, null)).build();

        assertThat(pack.assessments()).extracting(AssessmentKey::id).containsExactly("VMLAT_CONSENT_CONDITION", "VMLAT_URGENCY");
        assertThat(engine.undeclaredAssessmentKeys(evaluation)).isEmpty();
        assertThat(engine.evaluate(evaluation).outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS);
    }

    @Test
    void a_key_the_extended_pack_declares_is_accepted_by_the_extending_pack() {
        Evaluation evaluation = evaluation("XMLAT-NL", "XMLAT_LOCAL_SECRECY").build();

        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation)).isEmpty();
        assertThat(ENGINE.evaluate(evaluation).outcome()).isNotEqualTo(Outcome.ENGINE_ERROR);
    }

    @Test
    void a_misspelt_key_is_refused_naming_the_key_and_the_pack_but_not_the_assessment() {
        Evaluation evaluation = Evaluation.of(REQUEST).pack("XMLAT").lawDate(LocalDate.of(2026, 3, 2))
                .assessment(Assessment.of(AssessmentKey.of("XMLAT_LOCAL_SECRCY", "?"), true, "officer-17", AT, "Sam Example banks there"))
                .build();

        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation)).containsExactly("XMLAT_LOCAL_SECRCY");
        assertThatThrownBy(() -> ENGINE.evaluate(evaluation))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Evaluation.assessments"))
                .hasMessage("Evaluation.assessments: key XMLAT_LOCAL_SECRCY is neither standard nor asked by a rule of the selected pack "
                        + "XMLAT@1.0.0 (misspelt, or meant for another pack?)")
                .message().doesNotContain("Sam", "officer-17", "true");
    }

    @Test
    void a_key_only_an_unselected_pack_declares_is_refused() {
        Evaluation evaluation = evaluation("YMLAT", "XMLAT_LOCAL_SECRECY").build();

        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation)).containsExactly("XMLAT_LOCAL_SECRECY");
        assertThatThrownBy(() -> ENGINE.evaluate(evaluation)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("key XMLAT_LOCAL_SECRECY is").hasMessageContaining("YMLAT@1.0.0");
    }

    @Test
    void several_undeclared_keys_are_named_together() {
        Evaluation evaluation = evaluation("XMLAT", "A_KEY").assessment(Assessment.of(AssessmentKey.of("B_KEY", "?"), false, "o", AT, null))
                .build();

        assertThatThrownBy(() -> ENGINE.evaluate(evaluation)).hasMessageContaining("keys A_KEY, B_KEY are neither standard");
    }

    @Test
    void an_unknown_pack_is_an_error_as_in_evaluate() {
        assertThatThrownBy(() -> ENGINE.undeclaredAssessmentKeys(evaluation("ZMLAT", "POLITICAL_OFFENCE").build()))
                .isInstanceOf(RulePackException.class);
    }
}
