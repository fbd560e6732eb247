package org.openmla.treaties.un;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.coerciveMeasure;
import static org.openmla.core.rules.Conditions.measure;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;

/** The UNCAC art. 46 pack. Built once by {@link org.openmla.treaties.un.UnPacks}. */
final class UncacPack {
    private UncacPack() {}

    static final Instrument UNCAC = Instrument.of("UNCAC", "United Nations Convention against Corruption",
            LocalDate.of(2003, 10, 31), LocalDate.of(2005, 12, 14));

    /** @return the UNCAC art. 46 pack */
    static RulePack pack() {
        ConventionMlaArticle a = new ConventionMlaArticle("UNCAC", "46");
        Rule scope = Rule.builder("uncac.46.1", "UNCAC art. 46(1)").scope()
                .statement("States Parties afford one another the widest measure of mutual legal assistance for the offences covered by the "
                        + "Convention: those established in accordance with it (chapter III), and the freezing, seizure, confiscation and return of "
                        + "their proceeds (art. 3(1)). No transnational element and no organized criminal group is required (contrast UNTOC art. "
                        + "18(1)).")
                .when(named("the offence is covered by UNCAC (art. 3(1)): indicated as corruption, or assessed as an offence established in "
                        + "accordance with the Convention", anyOf(offenceInCategory(OffenceCategory.CORRUPTION),
                                assessed(UnAssessments.UNCAC_CONVENTION_OFFENCE))))
                .build();
        Set<MeasureType> listed = EnumSet.copyOf(ConventionMlaArticle.PURPOSES_A_TO_H);
        listed.add(MeasureType.ASSET_RECOVERY);
        List<Rule> purposes = new ArrayList<>(a.purposes(listed, " (a)-(h), (j) and (k)"));
        purposes.add(Rule.builder("uncac.46.3.j", "UNCAC art. 46(3)(j)").scope().perMeasure()
                .statement("Identifying, freezing and tracing proceeds of crime in accordance with chapter V (asset recovery) is a purpose for "
                        + "which assistance may be requested, beyond the evidentiary purposes of (c) and (g).")
                .appliesWhen(measureOfType(MeasureType.FREEZING, MeasureType.TRACING_PROCEEDS)).when(always()).build());
        purposes.add(Rule.builder("uncac.46.3.k", "UNCAC art. 46(3)(k)").scope().perMeasure()
                .statement("The recovery of assets in accordance with chapter V is a purpose for which assistance may be requested; under UNTOC "
                        + "it is only 'other assistance' (UNTOC art. 18(3)(i)).")
                .appliesWhen(measureOfType(MeasureType.ASSET_RECOVERY)).when(always()).build());
        Condition noDualCriminality = not(assessed(StandardAssessments.DUAL_CRIMINALITY));
        Condition nonCoerciveWithoutDc = allOf(a.residual(), not(coerciveMeasure()), noDualCriminality);
        List<Rule> dualCriminality = List.of(
                Rule.builder("uncac.46.9.b", "UNCAC art. 46(9)(b)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Dual criminality (variant DISCRETIONARY_FOR_COERCIVE_ONLY, with the CONDUCT_BASED_TEST of art. 43(2)): the "
                                + "requested State may decline assistance for absence of dual criminality, taking into account the purposes of the "
                                + "Convention (art. 46(9)(a)) — but it shall render assistance that involves no coercive action (next rule).")
                        .appliesWhen(a.residual()).when(noDualCriminality).build(),
                Rule.exception("uncac.46.9.b.non-coercive", "UNCAC art. 46(9)(b)").perMeasure()
                        .statement("Even absent dual criminality, the requested State shall, where consistent with the basic concepts of its legal "
                                + "system, render assistance that does not involve coercive action — unless the request involves a de minimis matter "
                                + "or the cooperation sought is available under other provisions of the Convention. Where this holds, absence of dual "
                                + "criminality is no ground for refusing this measure.")
                        .to("uncac.46.9.b", ExceptionEffect.DISAPPLY)
                        .appliesWhen(nonCoerciveWithoutDc)
                        .when(allOf(not(assessed(UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS)), not(assessed(UnAssessments.DE_MINIMIS_MATTER)),
                                not(assessed(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS)))).build(),
                Rule.builder("uncac.46.9.b.de-minimis", "UNCAC art. 46(9)(b)").discretionaryRefusal(StandardGrounds.DE_MINIMIS).perMeasure()
                        .statement("Assistance involving no coercive action, owed even without dual criminality, may still be refused where the "
                                + "request involves matters of a de minimis nature.")
                        .appliesWhen(nonCoerciveWithoutDc).when(assessed(UnAssessments.DE_MINIMIS_MATTER)).build(),
                Rule.builder("uncac.46.9.b.other-provisions", "UNCAC art. 46(9)(b)").discretionaryRefusal(UnGrounds.AVAILABLE_UNDER_OTHER_PROVISIONS)
                        .perMeasure()
                        .statement("Assistance involving no coercive action, owed even without dual criminality, may still be refused where the "
                                + "cooperation or assistance sought is available under other provisions of the Convention.")
                        .appliesWhen(nonCoerciveWithoutDc).when(assessed(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS)).build(),
                Rule.builder("uncac.43.2", "UNCAC art. 43(2)").notAGround(UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS)
                        .statement("Dual criminality is a conduct test (CONDUCT_BASED_TEST): whenever it is required in international cooperation, "
                                + "it is deemed fulfilled if the conduct underlying the offence is a criminal offence under the laws of both States, "
                                + "whatever the category or name the requested State's law gives the offence. A refusal because the offence is "
                                + "classified or named differently is not permitted. Art. 43 lies outside art. 46(9)-(29) and applies to every "
                                + "request.")
                        .when(allOf(not(Conditions.spontaneousInformation()), assessed(StandardAssessments.DUAL_CRIMINALITY))).build());
        RulePack.Builder b = RulePack.builder("UNCAC", UnPackParts.VERSION)
                .title("UNCAC art. 46 — mutual legal assistance under the UN Convention against Corruption")
                .instrument(UNCAC).effectiveFrom(UNCAC.inForce().orElseThrow())
                .covers(CommunicationKind.REQUEST, CommunicationKind.SPONTANEOUS_INFORMATION)
                .rules(a.rules(List.of(scope), purposes, dualCriminality));
        UnPackParts.declare(b, UnAssessments.UNCAC_CONVENTION_OFFENCE, UnAssessments.DE_MINIMIS_MATTER, UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS,
                UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS, StandardAssessments.MEASURE_COERCIVE);
        UnPackParts.declareCommon(b);
        b.ground(StandardGrounds.DE_MINIMIS).ground(UnGrounds.AVAILABLE_UNDER_OTHER_PROVISIONS).ground(UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS);
        return b.build();
    }
}
