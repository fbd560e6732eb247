package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.treaties.coe.CoeConditions.bound;

import java.util.List;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardGrounds;

/**
 * The rules in the pack {@code ETS30} from the conventions that take grounds of ETS 30 art. 2(a) away for their
 * offences: the European Convention on the Suppression of Terrorism (ETS 90 art. 8) and the 1999 Terrorist Financing
 * Convention (ICSFT arts. 12 to 15), each applying only when both States are bound by it and the offence is one of
 * its offences; and, in the same place of the pack, the Budapest Convention's rule that its offences and expedited
 * preservation are not refused as fiscal where ETS 30 governs (ETS 185 arts. 25(4), 29(5)).
 */
final class TerrorismConventionRules {
    private TerrorismConventionRules() {}

    /** @return the rules, in the order the pack lists them */
    static List<Rule> rules() {
        Condition ets90Offence = allOf(bound(CoeAssessments.BOUND_BY_ETS90, "ETS 90"), assessed(CoeAssessments.ETS90_OFFENCE));
        Condition icsftOffence = allOf(bound(CoeAssessments.BOUND_BY_ICSFT, "the 1999 Terrorist Financing Convention"), assessed(CoeAssessments.ICSFT_OFFENCE));
        return List.of(
                Rule.exception("ets90.8.1", "ETS90 art. 8(1)")
                        .statement("Between Parties to ETS 90, assistance in connection with an offence referred to in its art. 1 or 2 "
                                + "may not be refused on the sole ground that it concerns a political offence, an offence connected with "
                                + "a political offence or an offence inspired by political motives; this modifies ETS 30 between them "
                                + "(ETS 90 art. 8(3)).")
                        .to("ets30.2.a.political", ExceptionEffect.DISAPPLY)
                        .appliesWhen(ets90Offence).when(always()).build(),
                Rule.builder("ets90.8.2", "ETS90 art. 8(2)").discretionaryRefusal(StandardGrounds.DISCRIMINATION)
                        .statement("ETS 90 imposes no obligation to afford assistance where there are substantial grounds for believing "
                                + "that the request is made to prosecute or punish a person on account of race, religion, nationality or "
                                + "political opinion, or that the person's position may be prejudiced for any of these reasons.")
                        .appliesWhen(ets90Offence)
                        .when(assessed(CoeAssessments.ETS90_DISCRIMINATORY_PURPOSE)).build(),
                Rule.builder("icsft.12.2", "ICSFT art. 12(2)").notAGround(StandardGrounds.BANK_SECRECY)
                        .statement("Between Parties to the 1999 Terrorist Financing Convention, a request for assistance concerning an "
                                + "offence set forth in its art. 2 may not be refused on the ground of bank secrecy.")
                        .when(icsftOffence).build(),
                Rule.builder("icsft.12.3", "ICSFT art. 12(3)").condition()
                        .statement("Between Parties to the 1999 Terrorist Financing Convention, the requesting Party shall not transmit or use "
                                + "information or evidence furnished by the requested Party for investigations, prosecutions or proceedings "
                                + "other than those stated in the request without the requested Party's prior consent.")
                        .appliesWhen(icsftOffence).when(always()).build(),
                Rule.exception("icsft.13", "ICSFT art. 13")
                        .statement("Between Parties to the 1999 Terrorist Financing Convention, none of its art. 2 offences shall be "
                                + "regarded as a fiscal offence for the purposes of mutual legal assistance; a request may not be refused "
                                + "on the sole ground that it concerns a fiscal offence.")
                        .to("ets30.2.a.fiscal", ExceptionEffect.DISAPPLY)
                        .appliesWhen(icsftOffence).when(always()).build(),
                Rule.exception("ets185.25.4", "ETS185 art. 25(4)")
                        .statement("Between Parties to the Convention on Cybercrime, where a mutual assistance treaty such as ETS 30 "
                                + "governs, the requested Party shall still not exercise a right to refuse assistance in relation to the "
                                + "offences of arts. 2 to 11 of that Convention solely on the ground that it considers the offence fiscal.")
                        .to("ets30.2.a.fiscal", ExceptionEffect.DISAPPLY)
                        .appliesWhen(allOf(bound(CoeAssessments.BOUND_BY_ETS185, "the Convention on Cybercrime (ETS 185)"),
                                assessed(CoeAssessments.BUDAPEST_OFFENCE)))
                        .when(always()).build(),
                Rule.exception("ets185.29.5.fiscal", "ETS185 art. 29(5)").perMeasure()
                        .statement("Between Parties to the Convention on Cybercrime, a request for the expedited preservation of stored "
                                + "computer data may only be refused on the grounds of its art. 29(5) (political offence, essential "
                                + "interests), whether or not a mutual assistance treaty such as ETS 30 also binds them; the fiscal ground "
                                + "of ETS 30 art. 2(a) is not among them.")
                        .to("ets30.2.a.fiscal", ExceptionEffect.DISAPPLY)
                        .appliesWhen(allOf(bound(CoeAssessments.BOUND_BY_ETS185, "the Convention on Cybercrime (ETS 185)"),
                                measureOfType(MeasureType.EXPEDITED_PRESERVATION)))
                        .when(always()).build(),
                Rule.exception("icsft.14", "ICSFT art. 14")
                        .statement("Between Parties to the 1999 Terrorist Financing Convention, none of its art. 2 offences shall be "
                                + "regarded as a political offence, an offence connected with a political offence or an offence inspired "
                                + "by political motives; a request may not be refused on that sole ground.")
                        .to("ets30.2.a.political", ExceptionEffect.DISAPPLY)
                        .appliesWhen(icsftOffence).when(always()).build(),
                Rule.builder("icsft.15", "ICSFT art. 15").discretionaryRefusal(StandardGrounds.DISCRIMINATION)
                        .statement("The 1999 Terrorist Financing Convention imposes no obligation to afford assistance where there are "
                                + "substantial grounds for believing that the request is made to prosecute or punish a person on account "
                                + "of race, religion, nationality, ethnic origin or political opinion, or that the person's position may "
                                + "be prejudiced for any of these reasons.")
                        .appliesWhen(icsftOffence)
                        .when(assessed(CoeAssessments.ICSFT_DISCRIMINATORY_PURPOSE)).build());
    }
}
