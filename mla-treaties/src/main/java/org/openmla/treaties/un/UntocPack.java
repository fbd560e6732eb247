package org.openmla.treaties.un;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.measure;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;
import static org.openmla.core.rules.Conditions.truth;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Truth;

/** The UNTOC art. 18 pack. Built once by {@link org.openmla.treaties.un.UnPacks}. */
final class UntocPack {
    private UntocPack() {}

    static final Instrument UNTOC = Instrument.of("UNTOC", "United Nations Convention against Transnational Organized Crime",
            LocalDate.of(2000, 11, 15), LocalDate.of(2003, 9, 29));

    /** The custody that makes an offence a serious crime (UNTOC art. 2(b)). */
    private static final Period FOUR_YEARS = Period.ofYears(4);

    /** @return the UNTOC art. 18 pack */
    static RulePack pack() {
        ConventionMlaArticle a = new ConventionMlaArticle("UNTOC", "18");
        Condition seriousCrime = truth("an offence is a serious crime: punishable by a maximum deprivation of liberty of at least four years "
                + "or a more serious penalty (UNTOC art. 2(b))", f -> {
                    Truth any = Truth.FALSE;
                    List<Offence> offences = f.request().offences();
                    for (int i = 0; i < offences.size(); i++) { // by index: no iterator per evaluation
                        Offence o = offences.get(i);
                        any = any.or(o.maxPenalty().isEmpty() ? Truth.UNKNOWN
                                : Truth.of(o.maxPenalty().get().custodyAtLeast(FOUR_YEARS) || o.maxPenalty().get().deathPenalty()));
                    }
                    return f.request().offences().isEmpty() ? Truth.UNKNOWN : any;
                });
        Condition listedOffence = anyOf(
                offenceInCategory(OffenceCategory.PARTICIPATION_IN_CRIMINAL_ORGANISATION, OffenceCategory.LAUNDERING,
                        OffenceCategory.OBSTRUCTION_OF_JUSTICE),
                assessed(UnAssessments.UNTOC_CONVENTION_OFFENCE));
        Condition covered = named("the offence is covered by UNTOC art. 3(1): a serious crime (art. 2(b)) or an offence established under "
                + "art. 5, 6, 8 or 23", anyOf(seriousCrime, listedOffence));
        Rule scope = Rule.builder("untoc.18.1", "UNTOC art. 18(1)").scope()
                .statement("States Parties afford one another the widest measure of mutual legal assistance for the offences covered by the "
                        + "Convention (art. 3): offences under arts. 5, 6, 8 and 23 and serious crime (at least four years' maximum deprivation of "
                        + "liberty, art. 2(b)), where the offence is transnational in nature (art. 3(2)) and involves an organized criminal group "
                        + "(art. 2(a)) — or where the requesting State has reasonable grounds to suspect so, including that victims, witnesses, "
                        + "proceeds, instrumentalities or evidence are in the requested State.")
                .when(allOf(covered, assessed(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME))).build();
        Rule dualCriminality = Rule.builder("untoc.18.9", "UNTOC art. 18(9)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                .statement("Dual criminality (variant DISCRETIONARY): the requested State may decline assistance for absence of dual "
                        + "criminality; it may nevertheless assist, to the extent it decides at its discretion, whether or not the conduct is an "
                        + "offence under its law. UNTOC draws no line between coercive and other measures (contrast UNCAC art. 46(9)(b)).")
                .appliesWhen(a.residual()).when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build();
        RulePack.Builder b = RulePack.builder("UNTOC", UnPackParts.VERSION)
                .title("UNTOC art. 18 — mutual legal assistance under the UN Convention against Transnational Organized Crime")
                .instrument(UNTOC).effectiveFrom(UNTOC.inForce().orElseThrow())
                .covers(CommunicationKind.REQUEST, CommunicationKind.SPONTANEOUS_INFORMATION)
                .rules(a.rules(List.of(scope), a.purposes(ConventionMlaArticle.PURPOSES_A_TO_H, " (a)-(h)"), List.of(dualCriminality)));
        UnPackParts.declare(b, UnAssessments.TRANSNATIONAL_ORGANISED_CRIME, UnAssessments.UNTOC_CONVENTION_OFFENCE);
        UnPackParts.declareCommon(b);
        return b.build();
    }
}
