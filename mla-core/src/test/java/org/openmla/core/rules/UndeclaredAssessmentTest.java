package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;

/** The engine reports an assessment whose key neither the standard list nor a selected pack declares (the command line refuses it). */
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
    static final RulesEngine ENGINE = RulesEngine.of(RulePackRegistry.of(BASE, OTHER));
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
    void a_misspelt_key_is_reported_and_its_question_stays_open() {
        Evaluation evaluation = evaluation("XMLAT", "XMLAT_LOCAL_SECRCY").build();

        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation)).containsExactly("XMLAT_LOCAL_SECRCY");
        assertThat(ENGINE.evaluate(evaluation).openQuestions()).anyMatch(q -> q.key().equals("XMLAT_LOCAL_SECRECY"));
    }

    @Test
    void a_key_only_an_unselected_pack_declares_is_reported() {
        assertThat(ENGINE.undeclaredAssessmentKeys(evaluation("YMLAT", "XMLAT_LOCAL_SECRECY").build())).containsExactly("XMLAT_LOCAL_SECRECY");
    }

    @Test
    void an_unknown_pack_is_an_error_as_in_evaluate() {
        assertThatThrownBy(() -> ENGINE.undeclaredAssessmentKeys(evaluation("ZMLAT", "POLITICAL_OFFENCE").build()))
                .isInstanceOf(RulePackException.class);
    }
}
