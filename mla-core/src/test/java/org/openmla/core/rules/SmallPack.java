package org.openmla.core.rules;

import static org.openmla.core.rules.Conditions.*;

import java.time.LocalDate;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;

/**
 * A small pack written only against the public API, as a user would: a fictional bilateral treaty "TESTLAND" with
 * one rule of each kind. Citations point at the fictional treaty.
 */
final class SmallPack {
    private SmallPack() {}

    static final AssessmentKey CONSENT = StandardAssessments.DETAINED_PERSON_CONSENT;

    static RulePack pack() {
        return RulePack.builder("TESTLAND", "1.0.0")
                .title("Fictional treaty between two States on mutual assistance")
                .instrument(Instrument.of("TESTLAND", "Fictional treaty", LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1)))
                .effectiveFrom(LocalDate.of(2002, 1, 1))
                .rule(Rule.builder("tl.1", "TESTLAND art. 1(1)").scope()
                        .statement("The treaty covers criminal proceedings, not military ones.")
                        .when(not(offenceInCategory(org.openmla.core.model.OffenceCategory.MILITARY_OFFENCE))).build())
                .rule(Rule.builder("tl.3.a", "TESTLAND art. 3(1)(a)").formalRequirement()
                        .statement("The request shall contain a summary of the relevant facts.")
                        .when(hasFactsSummary()).build())
                .rule(Rule.builder("tl.4.1.a", "TESTLAND art. 4(1)(a)").mandatoryRefusal(StandardGrounds.DISCRIMINATION)
                        .statement("Assistance shall be refused where the request aims at prosecution on discriminatory grounds.")
                        .when(assessed(StandardAssessments.DISCRIMINATORY_PURPOSE)).build())
                .rule(Rule.builder("tl.4.2.a", "TESTLAND art. 4(2)(a)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Assistance may be refused for a political offence.")
                        .when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build())
                .rule(Rule.exception("tl.4.3", "TESTLAND art. 4(3)")
                        .statement("Terrorist offences are not political offences for this treaty.")
                        .to("tl.4.2.a", ExceptionEffect.DISAPPLY)
                        .when(offenceInCategory(org.openmla.core.model.OffenceCategory.TERRORISM)).build())
                .rule(Rule.builder("tl.4.2.b", "TESTLAND art. 4(2)(b)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .statement("Coercive measures may be refused where the conduct is not an offence in the requested State.")
                        .perMeasure().appliesWhen(coerciveMeasure())
                        .when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build())
                .rule(Rule.builder("tl.5", "TESTLAND art. 5").notAGround(StandardGrounds.BANK_SECRECY)
                        .statement("Assistance shall not be refused on the ground of bank secrecy.")
                        .when(measureOfType(MeasureType.BANK_AND_BUSINESS_RECORDS)).build())
                .rule(Rule.builder("tl.6", "TESTLAND art. 6").postponement()
                        .statement("Execution may be postponed where it would interfere with ongoing proceedings.")
                        .when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build())
                .rule(Rule.builder("tl.7", "TESTLAND art. 7").condition()
                        .statement("Evidence shall not be used for other proceedings without consent.")
                        .when(always()).build())
                .rule(Rule.builder("tl.8", "TESTLAND art. 8").consultation()
                        .statement("Before refusing or postponing, the requested State shall consult the requesting State.")
                        .when(always()).build())
                .rule(Rule.builder("tl.9", "TESTLAND art. 9(1)").precondition()
                        .statement("A detained person may be transferred only with his or her consent.")
                        .perMeasure().appliesWhen(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(assessed(CONSENT)).build())
                .rule(Rule.builder("tl.10", "TESTLAND art. 10").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION, TimeLimit.days(30))
                                .urgent(TimeLimit.days(5)))
                        .statement("The requested State shall decide within 30 days of receipt, 5 days if urgent.")
                        .when(always()).build())
                .build();
    }

    static MlaRequest.Builder request() {
        return MlaRequest.builder("TL-2026-1", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
                .requestingAuthority(Authority.of("Public Prosecutor's Office Rotterdam", AuthorityKind.PROSECUTOR))
                .legalBasis("TESTLAND")
                .dateIssued(LocalDate.of(2026, 3, 1))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Investigation into cocaine imports"))
                .factsSummary("Containers of cocaine were imported through the port.")
                .purpose("To trace the proceeds.")
                .offence(Offence.builder().description("Drug trafficking").statutoryProvision("Opiumwet art. 2")
                        .maxPenalty(Penalty.imprisonmentYears(12)).category(org.openmla.core.model.OffenceCategory.DRUG_TRAFFICKING).build())
                .person(Person.builder("p1", PersonRole.SUSPECT).name("Test Person").build())
                .measure(Measure.builder(MeasureType.BANK_AND_BUSINESS_RECORDS).target(MeasureTarget.person("p1")).build())
                .measure(Measure.of(MeasureType.TAKING_EVIDENCE));
    }
}
