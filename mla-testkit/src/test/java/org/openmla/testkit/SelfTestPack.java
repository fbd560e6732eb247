package org.openmla.testkit;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.coerciveMeasure;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasPurpose;
import static org.openmla.core.rules.Conditions.issuedByJudicialAuthority;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;
import static org.openmla.core.rules.Conditions.onlyMeasuresOfType;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.core.rules.Conditions.validatedByJudicialAuthority;

import java.time.LocalDate;
import java.util.List;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;

/**
 * The test kit's own pack: a fictional bilateral treaty "TESTLAND" with one or two rules of each kind, written only
 * against the public API as a rule author would. Its citations point at the fictional treaty, not at real law. It is
 * also offered through {@link java.util.ServiceLoader} (see {@code META-INF/services}), so that scenario tables can
 * find it without naming a registry.
 */
public final class SelfTestPack implements RulePackProvider {

    public static final String ID = "TESTLAND";
    public static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);

    public static RulePack pack() {
        return RulePack.builder(ID, "1.0.0")
                .title("Fictional treaty between two States on mutual assistance in criminal matters")
                .instrument(Instrument.of(ID, "Fictional treaty on mutual assistance", LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1)))
                .effectiveFrom(LocalDate.of(2002, 1, 1))
                .rule(Rule.builder("tl.1", "TESTLAND art. 1(2)").scope()
                        .statement("The treaty does not apply to military offences which are not offences under ordinary criminal law.")
                        .when(not(offenceInCategory(OffenceCategory.MILITARY_OFFENCE))).build())
                .rule(Rule.builder("tl.3.a", "TESTLAND art. 3(1)(a)").formalRequirement()
                        .statement("The request shall contain a summary of the relevant facts.")
                        .when(hasFactsSummary()).build())
                .rule(Rule.builder("tl.3.b", "TESTLAND art. 3(1)(b)").formalRequirement()
                        .statement("The request shall state the purpose for which the assistance is sought.")
                        .when(hasPurpose()).build())
                .rule(Rule.builder("tl.3.2", "TESTLAND art. 3(2)").returnToIssuer()
                        .statement("A request not issued by a judicial authority shall be validated by one before it is sent.")
                        .when(allOf(not(issuedByJudicialAuthority()), not(validatedByJudicialAuthority()))).build())
                .rule(Rule.builder("tl.4.1.a", "TESTLAND art. 4(1)(a)").mandatoryRefusal(StandardGrounds.DISCRIMINATION)
                        .statement("Assistance shall be refused where the request aims at prosecution on discriminatory grounds.")
                        .when(assessed(StandardAssessments.DISCRIMINATORY_PURPOSE)).build())
                .rule(Rule.builder("tl.4.2.a", "TESTLAND art. 4(2)(a)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Assistance may be refused for a political offence.")
                        .when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build())
                .rule(Rule.exception("tl.4.3", "TESTLAND art. 4(3)")
                        .statement("Terrorist offences shall not be regarded as political offences.")
                        .to("tl.4.2.a", ExceptionEffect.DISAPPLY)
                        .when(offenceInCategory(OffenceCategory.TERRORISM)).build())
                .rule(Rule.builder("tl.4.2.b", "TESTLAND art. 4(2)(b)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .statement("A coercive measure may be refused where the conduct is not an offence in the requested State.")
                        .perMeasure().appliesWhen(coerciveMeasure())
                        .when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build())
                .rule(Rule.builder("tl.4.2.c", "TESTLAND art. 4(2)(c)").discretionaryRefusal(StandardGrounds.FISCAL_OFFENCE)
                        .statement("A State that so declared may refuse assistance for a fiscal offence.")
                        .appliesWhen(requestedStateDeclared("TESTLAND.ART4.2.c"))
                        .when(assessed(StandardAssessments.FISCAL_OFFENCE)).build())
                .rule(Rule.builder("tl.5", "TESTLAND art. 5").notAGround(StandardGrounds.BANK_SECRECY)
                        .statement("Assistance shall not be refused on the ground of bank secrecy.")
                        .when(measureOfType(MeasureType.BANK_AND_BUSINESS_RECORDS)).build())
                .rule(Rule.builder("tl.6", "TESTLAND art. 6").postponement()
                        .statement("Execution may be postponed where it would interfere with ongoing proceedings in the requested State.")
                        .when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build())
                .rule(Rule.builder("tl.7", "TESTLAND art. 7").condition()
                        .statement("Evidence shall not be used for proceedings other than those stated without prior consent.")
                        .when(not(onlyMeasuresOfType(MeasureType.SERVICE_OF_DOCUMENTS))).build())
                .rule(Rule.builder("tl.8", "TESTLAND art. 8").consultation()
                        .statement("Before refusing or postponing, the requested State shall consult the requesting State.")
                        .when(always()).build())
                .rule(Rule.builder("tl.9", "TESTLAND art. 9(1)").precondition()
                        .statement("A detained person may be transferred only with his or her consent.")
                        .perMeasure().appliesWhen(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(assessed(StandardAssessments.DETAINED_PERSON_CONSENT)).build())
                .rule(Rule.builder("tl.10", "TESTLAND art. 10").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION, TimeLimit.days(30))
                                .urgent(TimeLimit.days(5)))
                        .statement("The requested State shall decide within 30 days of receipt, or 5 days if the request is urgent.")
                        .when(always()).build())
                .build();
    }

    public static RulePackRegistry registry() {
        return RulePackRegistry.of(pack());
    }

    @Override
    public List<RulePack> packs() {
        return List.of(pack());
    }
}
