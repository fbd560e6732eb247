package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Conditions.*;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;

/** The walk-through of docs/writing-a-rule-pack.md, compiled and run so the page cannot drift from the API. */
class WritingARulePackExampleTest {

    static RulePack xmlat() {
        return RulePack.builder("XMLAT", "1.0.0")
            .title("Treaty on mutual legal assistance between Atlantis and Utopia (fictional)")
            .instrument(Instrument.of("XMLAT", "Fictional bilateral MLA treaty", LocalDate.of(2010, 5, 1), LocalDate.of(2011, 1, 1)))
            .effectiveFrom(LocalDate.of(2011, 1, 1))
            .rule(Rule.builder("xmlat.1.1", "XMLAT art. 1(1)").scope()
                .statement("The treaty covers criminal proceedings, not military offences.")
                .when(not(offenceInCategory(OffenceCategory.MILITARY_OFFENCE))).build())
            .rule(Rule.builder("xmlat.3.1.a", "XMLAT art. 3(1)(a)").formalRequirement()
                .statement("The request names the authority making it.")
                .when(hasRequestingAuthority()).build())
            .rule(Rule.builder("xmlat.3.1.b", "XMLAT art. 3(1)(b)").formalRequirement()
                .statement("The request contains a summary of the relevant facts.")
                .when(hasFactsSummary()).build())
            .rule(Rule.builder("xmlat.3.1.c", "XMLAT art. 3(1)(c)").formalRequirement()
                .statement("The request states the purpose of the assistance sought.")
                .when(hasPurpose()).build())
            .rule(Rule.builder("xmlat.4.1.a", "XMLAT art. 4(1)(a)").mandatoryRefusal(StandardGrounds.DISCRIMINATION)
                .statement("Assistance shall be refused where the request aims at prosecution on discriminatory grounds.")
                .when(assessed(StandardAssessments.DISCRIMINATORY_PURPOSE)).build())
            .rule(Rule.builder("xmlat.4.2.a", "XMLAT art. 4(2)(a)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                .statement("Assistance may be refused for a political offence.")
                .when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build())
            .rule(Rule.exception("xmlat.4.3", "XMLAT art. 4(3)")
                .statement("A terrorist offence is not regarded as a political offence.")
                .to("xmlat.4.2.a", ExceptionEffect.DISAPPLY)
                .when(offenceInCategory(OffenceCategory.TERRORISM)).build())
            .rule(Rule.builder("xmlat.4.2.b", "XMLAT art. 4(2)(b)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                .statement("A coercive measure may be refused if the conduct is not an offence in the requested State.")
                .perMeasure()
                .appliesWhen(coerciveMeasure())
                .when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build())
            .rule(Rule.builder("xmlat.5", "XMLAT art. 5").notAGround(StandardGrounds.BANK_SECRECY)
                .statement("Assistance shall not be refused on the ground of bank secrecy.")
                .when(measureOfType(MeasureType.BANK_AND_BUSINESS_RECORDS, MeasureType.BANK_ACCOUNT_INFORMATION)).build())
            .rule(Rule.builder("xmlat.6", "XMLAT art. 6").postponement()
                .statement("Execution may be postponed while it would interfere with ongoing proceedings in the requested State.")
                .when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build())
            .rule(Rule.builder("xmlat.7", "XMLAT art. 7").condition()
                .statement("Evidence obtained shall not be used for other proceedings without the requested State's consent.")
                .when(always()).build())
            .build();
    }

    static MlaRequest request() {
        return MlaRequest.builder("AT-2026-0042", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
            .requestingAuthority(Authority.of("Public Prosecutor's Office, Rotterdam", AuthorityKind.PROSECUTOR))
            .legalBasis("XMLAT")
            .factsSummary("Cocaine was imported in containers through the port of Antwerp.")
            .purpose("To identify the accounts that received the proceeds.")
            .offence(Offence.builder().description("Drug trafficking").maxPenalty(Penalty.imprisonmentYears(12))
                .category(OffenceCategory.DRUG_TRAFFICKING).build())
            .measure(MeasureType.BANK_AND_BUSINESS_RECORDS)
            .build();
    }

    final Instant now = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void the_walk_through_gives_the_outcomes_the_page_promises() {
        RulesEngine engine = RulesEngine.of(RulePackRegistry.of(xmlat()));

        Decision decision = engine.evaluate(Evaluation.of(request())
            .pack("XMLAT")
            .lawDate(LocalDate.of(2026, 3, 1))
            .assessment(Assessment.of(StandardAssessments.DISCRIMINATORY_PURPOSE, false, "officer-17", now, null))
            .assessment(Assessment.of(StandardAssessments.POLITICAL_OFFENCE, false, "officer-17", now, null))
            .proposeRefusal(StandardGrounds.BANK_SECRECY)
            .build());

        assertThat(decision.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
        assertThat(decision.openQuestions()).extracting(OpenQuestion::key).containsExactly("DUAL_CRIMINALITY", "INTERFERES_WITH_PROCEEDINGS");
        assertThat(decision.openQuestions().get(0).measureIndex()).contains(0);
        assertThat(decision.refusalChecks()).singleElement().satisfies(c -> {
            assertThat(c.answer()).isEqualTo(RefusalCheck.Answer.FORBIDDEN);
            assertThat(c.citation()).hasValueSatisfying(cite -> assertThat(cite).hasToString("XMLAT art. 5"));
        });

        Decision answered = engine.evaluate(Evaluation.of(request())
            .pack("XMLAT")
            .lawDate(LocalDate.of(2026, 3, 1))
            .assessment(Assessment.of(StandardAssessments.DISCRIMINATORY_PURPOSE, false, "officer-17", now, null))
            .assessment(Assessment.of(StandardAssessments.POLITICAL_OFFENCE, false, "officer-17", now, null))
            .assessment(Assessment.of(StandardAssessments.DUAL_CRIMINALITY, true, "officer-17", now, null))
            .assessment(Assessment.of(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false, "officer-17", now, null))
            .build());

        assertThat(answered.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS);
        assertThat(answered.conditions()).extracting(c -> c.citation().toString()).containsExactly("XMLAT art. 7");
    }

    @Test
    void the_extension_in_the_page_compiles_and_drops_postponement() {
        RulePack bilateral = RulePack.builder("NL-BE", "1.0.0")
            .extending("XMLAT")
            .replace(Rule.builder("xmlat.4.2.a", "NLBE art. 3(1)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                .statement("Assistance may be refused for a political offence.")
                .when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build())
            .disable("xmlat.6", "The bilateral treaty has no postponement clause.")
            .build();

        CompiledRulePack compiled = RulePackRegistry.of(xmlat(), bilateral).get("NL-BE");

        assertThat(compiled.rule("xmlat.6")).isEmpty();
        assertThat(compiled.rule("xmlat.4.2.a").orElseThrow().citation()).hasToString("NLBE art. 3(1)");
    }
}
