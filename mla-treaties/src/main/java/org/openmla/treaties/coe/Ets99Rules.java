package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.treaties.coe.CoeConditions.bound;
import static org.openmla.treaties.coe.Ets30Pack.ets99;
import static org.openmla.treaties.coe.Ets30Pack.searchOrSeizure;
import static org.openmla.treaties.coe.CoeConditions.declaredByEither;
import static org.openmla.treaties.coe.CoeConditions.declaredOnlyByRequesting;

import java.util.ArrayList;
import java.util.List;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Rule;

/**
 * The rules of the First Additional Protocol (ETS 99) in the pack {@code ETS30}: the fiscal ground of ETS 30 art. 2(a)
 * taken away (art. 1), the conduct test of dual criminality for fiscal offences and the tax-type ground (art. 2), and
 * the reservations that keep them from applying (art. 8(2)(a), 8(4)). Every rule applies only when both States are
 * bound by ETS 99 ({@link CoeAssessments#BOUND_BY_ETS99}); {@link Ets30Pack} places them beside the Convention's
 * articles they modify.
 */
final class Ets99Rules {
    private Ets99Rules() {}

    private static final AssessmentKey FISCAL = Ets30Pack.FISCAL;

    /** Either State reserved Chapter I of ETS 99, or accepted it only for other offences (ETS 99 art. 8(2)(a), 8(4)). */
    private static Condition ets99ChapterIWithheld() {
        return anyOf(declaredByEither(CoeDeclarations.ETS99_ART8_2_A),
                allOf(declaredByEither(CoeDeclarations.ETS99_ART8_2_A_PARTIAL), not(assessed(CoeAssessments.ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE))));
    }

    private static final String ETS99_RESERVED = "Either State reserved under ETS 99 art. 8(2)(a) not to accept Chapter I, or accepted it only "
            + "for offences other than this one; the reserving State is not bound by it and, under art. 8(4), cannot claim it from the other. ";

    /** @return ETS 99 arts. 1 and 8(2)(a): the fiscal ground of ETS 30 art. 2(a) disapplied, and where it remains */
    static List<Rule> fiscalOffences() {
        return List.of(
                Rule.exception("ets99.1", "ETS99 art. 1").perMeasure()
                        .statement("Parties to ETS 99 shall not exercise the right in art. 2(a) of the Convention to refuse assistance "
                                + "solely on the ground that the request concerns an offence which the requested Party considers a fiscal "
                                + "offence.")
                        .to("ets30.2.a.fiscal", ExceptionEffect.DISAPPLY)
                        .appliesWhen(ets99()).when(always()).build(),
                Rule.exception("ets99.8.2.a", "ETS99 art. 8(2)(a)").perMeasure()
                        .statement(ETS99_RESERVED + "Likewise where either State reserved the right not to comply with letters rogatory "
                                + "for search or seizure of property in respect of fiscal offences, for such a measure. To that extent the "
                                + "fiscal ground of ETS 30 art. 2(a) remains.")
                        .to("ets99.1", ExceptionEffect.DISAPPLY)
                        .when(anyOf(ets99ChapterIWithheld(), allOf(measureOfType(CoeConditions.SEARCH_OR_SEIZURE.toArray(MeasureType[]::new)),
                                declaredByEither(CoeDeclarations.ETS99_ART8_2_A_SEARCH)))).build());
    }

    /** @return ETS 99 arts. 2 and 8(2)(a): search and seizure for fiscal offences */
    static List<Rule> searchAndSeizure() {
        List<Rule> rules = new ArrayList<>();
        Condition fiscalConductTest = allOf(ets99(), assessed(FISCAL), assessed(CoeAssessments.FISCAL_OFFENCE_OF_SAME_NATURE));
        String sameNature = "Between Parties to ETS 99, for fiscal offences the condition of dual criminality is fulfilled if the "
                + "offence is punishable under the law of the requesting Party and corresponds to an offence of the same nature under "
                + "the law of the requested Party.";
        rules.add(Rule.exception("ets99.2.1", "ETS99 art. 2(1)").perMeasure()
                .statement(sameNature)
                .to("ets30.5.1.a", ExceptionEffect.FORCE_FALSE)
                .appliesWhen(allOf(searchOrSeizure(), requestedStateDeclared(CoeDeclarations.ETS30_ART5_1_A), fiscalConductTest))
                .when(always()).build());
        rules.add(Rule.exception("ets99.2.1.reciprocity", "ETS99 art. 2(1)").perMeasure()
                .statement(sameNature + " This holds also where the requested Party applies the requesting Party's declaration "
                        + "reciprocally.")
                .to("ets30.5.2.a", ExceptionEffect.FORCE_FALSE)
                .appliesWhen(allOf(searchOrSeizure(), declaredOnlyByRequesting(CoeDeclarations.ETS30_ART5_1_A), fiscalConductTest))
                .when(always()).build());
        rules.add(Rule.builder("ets99.2.2", "ETS99 art. 2(2)").notAGround(CoeGrounds.TAX_TYPE_MISMATCH)
                .statement("Between Parties to ETS 99, a request may not be refused on the ground that the law of the requested Party "
                        + "does not impose the same kind of tax or duty or does not contain a tax, duty, customs and exchange regulation of "
                        + "the same kind as the law of the requesting Party.")
                .when(allOf(ets99(), assessed(FISCAL))).build());
        String noConductTest = ETS99_RESERVED + "The conduct test of art. 2(1) does not apply; the declared condition of dual criminality "
                + "applies as under ETS 30.";
        rules.add(Rule.exception("ets99.8.2.a.dc", "ETS99 art. 8(2)(a)").perMeasure()
                .statement(noConductTest).to("ets99.2.1", ExceptionEffect.DISAPPLY).when(ets99ChapterIWithheld()).build());
        rules.add(Rule.exception("ets99.8.2.a.dc-reciprocity", "ETS99 art. 8(2)(a)")
                .perMeasure().statement(noConductTest).to("ets99.2.1.reciprocity", ExceptionEffect.DISAPPLY)
                .when(ets99ChapterIWithheld()).build());
        rules.add(Rule.exception("ets99.8.2.a.tax", "ETS99 art. 8(2)(a)")
                .statement(ETS99_RESERVED + "Art. 2(2) does not apply: the fiscal ground of ETS 30 art. 2(a) remains even where the "
                        + "requested State has no tax or duty of the same kind.")
                .to("ets99.2.2", ExceptionEffect.DISAPPLY).when(ets99ChapterIWithheld()).build());
        return rules;
    }
}
