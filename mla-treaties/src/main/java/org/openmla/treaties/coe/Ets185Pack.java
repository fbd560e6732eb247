package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.confidentialityRequested;
import static org.openmla.core.rules.Conditions.dataCategory;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasOffences;
import static org.openmla.core.rules.Conditions.hasRequestingAuthority;
import static org.openmla.core.rules.Conditions.measureDescribed;
import static org.openmla.core.rules.Conditions.measureInFamily;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.core.rules.Conditions.urgent;
import static org.openmla.treaties.coe.CoeConditions.dataCategoryDetermined;
import static org.openmla.treaties.coe.CoeConditions.sentVia;
import static org.openmla.treaties.coe.CoeConditions.transmissionRecorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;

/**
 * The pack {@code ETS185}: chapter III (international co-operation, mutual assistance) of the Convention on
 * Cybercrime (ETS 185, the Budapest Convention).
 *
 * <p>The general principles (art. 25) apply to every request the Convention covers. Arts. 27 and 28 apply only where
 * no mutual assistance treaty or uniform or reciprocal legislation is in force between the two States, unless they
 * agree to apply them ({@link StandardAssessments#MLA_TREATY_BINDS}, {@link StandardAssessments#AGREED_TO_APPLY_CONVENTION_PROVISIONS});
 * where a treaty binds, its own pack gives its grounds. The specific provisions (arts. 29 to 34) apply per measure,
 * chosen by the measure's type and data category ({@link DataCategory}).
 */
final class Ets185Pack {
    private Ets185Pack() {}

    static final String ID = "ETS185";
    static final String VERSION = "1.1.0";

    static final Instrument ETS185 = Instrument.of("ETS185", "Convention on Cybercrime (ETS No. 185)", LocalDate.of(2001, 11, 23),
            LocalDate.of(2004, 7, 1));

    private static final MeasureType[] CLOSED_LIST_MEASURES = {MeasureType.EXPEDITED_PRESERVATION,
        MeasureType.EXPEDITED_DISCLOSURE_OF_TRAFFIC_DATA};

    static RulePack pack() {
        RulePack.Builder b = RulePack.builder(ID, VERSION)
                .title("Convention on Cybercrime (ETS 185), chapter III: international co-operation")
                .instrument(ETS185)
                .effectiveFrom(ETS185.inForce().orElseThrow())
                .rules(generalPrinciples())
                .rules(absentTreaty())
                .rules(preservation())
                .rules(investigativePowers());
        grounds().forEach(b::ground);
        assessments().forEach(b::assessment);
        return b.build();
    }

    /** Arts. 27 and 28 apply: no mutual assistance treaty binds the States, or they agreed to apply these articles. */
    static Condition noTreatyApplies() {
        return org.openmla.core.rules.Conditions.named("ETS185 art. 27(1) and 28(1): no treaty of mutual legal assistance binds the two States, "
                + "or they agreed to apply arts. 27 and 28", anyOf(not(assessed(StandardAssessments.MLA_TREATY_BINDS)),
                        assessed(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS)));
    }

    private static Condition preservationMeasure() {
        return measureOfType(MeasureType.EXPEDITED_PRESERVATION);
    }

    private static List<Rule> generalPrinciples() {
        Condition generalGrounds = allOf(not(measureOfType(CLOSED_LIST_MEASURES)), noTreatyApplies());
        return List.of(
                Rule.builder("ets185.23", "ETS185 art. 23").scope()
                        .statement("The Parties co-operate for investigations or proceedings concerning criminal offences related to "
                                + "computer systems and data, or for the collection of evidence in electronic form of a criminal offence.")
                        .when(anyOf(measureInFamily(MeasureFamily.ELECTRONIC_EVIDENCE), offenceInCategory(OffenceCategory.COMPUTER_RELATED_CRIME),
                                assessed(CoeAssessments.CYBERCRIME_OR_ELECTRONIC_EVIDENCE))).build(),
                Rule.builder("ets185.25.4.fiscal", "ETS185 art. 25(4)").notAGround(StandardGrounds.FISCAL_OFFENCE)
                        .statement("The requested Party shall not exercise a right to refuse assistance in relation to the offences of "
                                + "arts. 2 to 11 solely on the ground that the request concerns an offence which it considers a fiscal "
                                + "offence.")
                        .when(assessed(CoeAssessments.BUDAPEST_OFFENCE)).build(),
                Rule.builder("ets185.25.4.domestic", "ETS185 art. 25(4)").discretionaryRefusal(CoeGrounds.REQUESTED_STATE_LAW).perMeasure()
                        .statement("Except where the chapter provides otherwise, assistance is subject to the conditions of the law of the "
                                + "requested Party or of applicable mutual assistance treaties, including the grounds on which it may "
                                + "refuse; where no treaty applies, the grounds of its law (in addition to art. 27(4)).")
                        .appliesWhen(generalGrounds)
                        .when(assessed(CoeAssessments.REFUSAL_GROUND_UNDER_REQUESTED_LAW)).build(),
                Rule.builder("ets185.25.4.dc", "ETS185 art. 25(4)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Where no treaty applies and the law of the requested Party makes this assistance conditional on dual "
                                + "criminality, it may refuse where the conduct is not an offence under its law.")
                        .appliesWhen(generalGrounds)
                        .when(allOf(assessed(CoeAssessments.REQUESTED_LAW_REQUIRES_DUAL_CRIMINALITY),
                                not(assessed(StandardAssessments.DUAL_CRIMINALITY)))).build(),
                Rule.builder("ets185.25.5", "ETS185 art. 25(5)").notAGround(CoeGrounds.OFFENCE_CLASSIFICATION)
                        .statement("Where dual criminality may be required, it is deemed fulfilled if the conduct underlying the offence is a "
                                + "criminal offence under the law of the requested Party, whether or not its law places the offence in the "
                                + "same category or denominates it by the same terminology.")
                        .when(always()).build());
    }

    private static List<Rule> absentTreaty() {
        Condition noTreaty = noTreatyApplies();
        return List.of(
                Rule.builder("ets185.27.2", "ETS185 art. 27(2)").formalRequirement()
                        .statement("Where no treaty applies, requests are sent and answered between the central authorities the Parties "
                                + "designated.")
                        .appliesWhen(allOf(transmissionRecorded(), not(urgent()), noTreaty))
                        .when(sentVia(TransmissionChannel.CENTRAL_AUTHORITY)).build(),
                Rule.builder("ets185.27.9", "ETS185 art. 27(9)").formalRequirement()
                        .statement("In the event of urgency, requests may also be sent directly between judicial authorities (with a copy "
                                + "through the central authorities) or through Interpol, and requests not involving coercive action directly "
                                + "between competent authorities; unless the requested Party declared under art. 27(9)(e) that such "
                                + "requests are to be addressed to its central authority.")
                        .appliesWhen(allOf(transmissionRecorded(), urgent(), noTreaty))
                        .when(anyOf(sentVia(TransmissionChannel.CENTRAL_AUTHORITY),
                                allOf(not(requestedStateDeclared(CoeDeclarations.ETS185_ART27_9_E)),
                                        sentVia(TransmissionChannel.DIRECT_JUDICIAL, TransmissionChannel.INTERPOL)))).build(),
                Rule.builder("ets185.27.4.a", "ETS185 art. 27(4)(a)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Where no treaty applies, the requested Party may refuse assistance if the request concerns an offence "
                                + "which it considers a political offence or an offence connected with a political offence.")
                        .appliesWhen(noTreaty).when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build(),
                Rule.builder("ets185.27.4.b", "ETS185 art. 27(4)(b)").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Where no treaty applies, the requested Party may refuse assistance if it considers that execution is "
                                + "likely to prejudice its sovereignty, security, ordre public or other essential interests.")
                        .appliesWhen(noTreaty).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build(),
                Rule.builder("ets185.27.5", "ETS185 art. 27(5)").postponement()
                        .statement("Where no treaty applies, the requested Party may postpone action on a request if such action would "
                                + "prejudice criminal investigations or proceedings conducted by its authorities.")
                        .appliesWhen(noTreaty).when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build(),
                Rule.builder("ets185.27.6", "ETS185 art. 27(6)").consultation()
                        .statement("Before refusing or postponing assistance, the requested Party shall, where appropriate after having "
                                + "consulted the requesting Party, consider whether the request may be granted partially or subject to "
                                + "conditions.")
                        .appliesWhen(noTreaty).when(always()).build(),
                Rule.builder("ets185.27.7", "ETS185 art. 27(7)").consultation()
                        .statement("The requested Party shall promptly inform the requesting Party of the outcome; reasons shall be given "
                                + "for any refusal or postponement, and for anything that renders execution impossible or likely to be "
                                + "significantly delayed.")
                        .appliesWhen(noTreaty).when(always()).build(),
                Rule.builder("ets185.27.8", "ETS185 art. 27(8)").condition()
                        .statement("The requesting Party asks that the fact and subject of the request be kept confidential, except to the "
                                + "extent necessary for execution; if the requested Party cannot comply it shall promptly say so, and the "
                                + "requesting Party decides whether the request should nevertheless be executed.")
                        .appliesWhen(noTreaty).when(confidentialityRequested()).build(),
                Rule.builder("ets185.28.2.a", "ETS185 art. 28(2)(a)").condition()
                        .statement("Where no treaty applies, the requested Party may make the supply of information or material dependent on "
                                + "its being kept confidential, where the request could not be complied with without that condition; the "
                                + "requesting Party that accepts it is bound (art. 28(3)). It attaches only where the requested Party "
                                + "chooses it (SUPPLY_CONDITIONAL_ON_CONFIDENTIALITY).")
                        .appliesWhen(noTreaty).when(chosen(CoeAssessments.SUPPLY_CONDITIONAL_ON_CONFIDENTIALITY)).build(),
                Rule.builder("ets185.28.2.b", "ETS185 art. 28(2)(b)").condition()
                        .statement("Where no treaty applies, the requested Party may make the supply of information or material dependent on "
                                + "its not being used for investigations or proceedings other than those stated in the request, and may ask "
                                + "how it was used (art. 28(4)). It attaches only where the requested Party chooses it "
                                + "(SUPPLY_CONDITIONAL_ON_USE_LIMITATION).")
                        .appliesWhen(noTreaty).when(chosen(CoeAssessments.SUPPLY_CONDITIONAL_ON_USE_LIMITATION)).build());
    }

    private static List<Rule> preservation() {
        Condition preservation = preservationMeasure();
        Condition reservationInPlay = allOf(requestedStateDeclared(CoeDeclarations.ETS185_ART29_4),
                not(assessed(CoeAssessments.BUDAPEST_OFFENCE)));
        List<Rule> rules = new ArrayList<>();
        record Content(String point, String text, Condition met) {}
        for (Content c : List.of(
                new Content("a", "the authority seeking the preservation", hasRequestingAuthority()),
                new Content("b", "the offence that is the subject of a criminal investigation or proceedings and a brief summary of the "
                        + "related facts", allOf(hasOffences(), hasFactsSummary())),
                new Content("c", "the stored computer data to be preserved and its relationship to the offence", measureDescribed()),
                new Content("d", "any available information identifying the custodian of the stored computer data or the location of "
                        + "the computer system", anyOf(CoeConditions.custodianOrLocationGiven(),
                                assessed(CoeAssessments.CUSTODIAN_INFORMATION_UNAVAILABLE))),
                new Content("e", "the necessity of the preservation", org.openmla.core.rules.Conditions.request(
                        "the request states why preservation is necessary (its stated purpose)", r -> r.purpose().isPresent())),
                new Content("f", "that the requesting Party intends to submit a request for the search or similar access, seizure or "
                        + "similar securing, or disclosure of the data", assessed(CoeAssessments.PRESERVATION_FOLLOW_UP_STATED)))) {
            rules.add(Rule.builder("ets185.29.2." + c.point(), "ETS185 art. 29(2)(" + c.point() + ")").formalRequirement().perMeasure()
                    .statement("A request for expedited preservation shall specify " + c.text() + ".")
                    .appliesWhen(preservation).when(c.met()).build());
        }
        rules.add(Rule.builder("ets185.29.3", "ETS185 art. 29(3)").notAGround(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                .statement("The requested Party shall take all appropriate measures to preserve the specified data expeditiously; dual "
                        + "criminality shall not be required as a condition to providing such preservation (save under a reservation "
                        + "under art. 29(4)).")
                .when(allOf(preservation, not(reservationInPlay))).build());
        rules.add(Rule.builder("ets185.29.4", "ETS185 art. 29(4)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                .statement("The requested Party reserved under art. 29(4) the right to refuse preservation, for offences other than those "
                        + "of arts. 2 to 11, where it has reasons to believe that dual criminality cannot be fulfilled at the time of "
                        + "disclosure.")
                .appliesWhen(allOf(preservation, reservationInPlay))
                .when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build());
        rules.add(Rule.builder("ets185.29.5.a", "ETS185 art. 29(5)(a)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE).perMeasure()
                .statement("Otherwise a request for preservation may only be refused if it concerns an offence which the requested Party "
                        + "considers a political offence or an offence connected with a political offence.")
                .appliesWhen(preservation).when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build());
        rules.add(Rule.builder("ets185.29.5.b", "ETS185 art. 29(5)(b)").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS).perMeasure()
                .statement("Otherwise a request for preservation may only be refused if the requested Party considers that execution is "
                        + "likely to prejudice its sovereignty, security, ordre public or other essential interests.")
                .appliesWhen(preservation).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build());
        rules.add(Rule.builder("ets185.29.6", "ETS185 art. 29(6)").consultation().perMeasure()
                .statement("Where the requested Party believes that preservation will not ensure the future availability of the data, or "
                        + "will threaten the confidentiality of or otherwise prejudice the requesting Party's investigation, it shall "
                        + "promptly so inform the requesting Party, which then decides whether the request should nevertheless be "
                        + "executed.")
                .appliesWhen(preservation).when(assessed(CoeAssessments.PRESERVATION_INSUFFICIENT_OR_PREJUDICIAL)).build());
        rules.add(Rule.builder("ets185.29.7", "ETS185 art. 29(7)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.EXECUTION,
                        TimeLimit.days(60))).perMeasure()
                .statement("Preservation is effected for a period of not less than sixty days from receipt, to enable the requesting Party "
                        + "to submit a request for search, seizure or disclosure; after that request is received, the data continue to be "
                        + "preserved pending a decision on it. The sixty days are the least the requested Party preserves for, not a "
                        + "condition of the assistance.")
                .appliesWhen(preservation).when(always()).build());
        Condition disclosure = measureOfType(MeasureType.EXPEDITED_DISCLOSURE_OF_TRAFFIC_DATA);
        rules.add(Rule.builder("ets185.30.1", "ETS185 art. 30(1)").scope().perMeasure()
                .statement("Expedited disclosure concerns traffic data, found while executing a request under art. 29 to preserve "
                        + "traffic data concerning a specific communication, that a service provider in another State was involved in "
                        + "its transmission: enough traffic data to identify that provider and the path of the communication.")
                .appliesWhen(disclosure)
                .when(allOf(dataCategory(DataCategory.TRAFFIC), anyOf(CoeConditions.seeksPreservationOfTrafficData(),
                        assessed(CoeAssessments.TRAFFIC_DATA_PRESERVED_UNDER_ART29)))).build());
        rules.add(Rule.builder("ets185.30.2.a", "ETS185 art. 30(2)(a)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE).perMeasure()
                .statement("Disclosure of traffic data under art. 30(1) may only be withheld if the request concerns an offence which the "
                        + "requested Party considers a political offence or an offence connected with a political offence.")
                .appliesWhen(disclosure).when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build());
        rules.add(Rule.builder("ets185.30.2.b", "ETS185 art. 30(2)(b)").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS).perMeasure()
                .statement("Disclosure of traffic data under art. 30(1) may only be withheld if the requested Party considers that "
                        + "execution is likely to prejudice its sovereignty, security, ordre public or other essential interests.")
                .appliesWhen(disclosure).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build());
        return rules;
    }

    private static List<Rule> investigativePowers() {
        return List.of(
                Rule.builder("ets185.33", "ETS185 art. 33(2)").discretionaryRefusal(StandardGrounds.MEASURE_NOT_AVAILABLE).perMeasure()
                        .statement("Assistance in the real-time collection of traffic data is governed by the conditions and procedures of "
                                + "domestic law, but shall be provided at least for offences for which real-time collection of traffic data "
                                + "would be available in a similar domestic case.")
                        .appliesWhen(allOf(measureOfType(MeasureType.REAL_TIME_TRAFFIC_DATA, MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS),
                                dataCategoryDetermined(), dataCategory(DataCategory.TRAFFIC)))
                        .when(assessed(StandardAssessments.MEASURE_NOT_AVAILABLE)).build(),
                Rule.builder("ets185.34", "ETS185 art. 34").discretionaryRefusal(StandardGrounds.MEASURE_NOT_AVAILABLE).perMeasure()
                        .statement("Assistance in the real-time collection or recording of content data is provided to the extent permitted "
                                + "under applicable treaties and domestic laws; an interception whose data category is not stated is "
                                + "treated as one of content data.")
                        .appliesWhen(allOf(measureOfType(MeasureType.INTERCEPTION_OF_CONTENT, MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS),
                                anyOf(not(dataCategoryDetermined()), dataCategory(DataCategory.CONTENT))))
                        .when(assessed(StandardAssessments.MEASURE_NOT_AVAILABLE)).build());
    }

    /** @return the grounds the pack's rules name */
    static List<RefusalGround> grounds() {
        return List.of(StandardGrounds.POLITICAL_OFFENCE, StandardGrounds.ESSENTIAL_INTERESTS, StandardGrounds.FISCAL_OFFENCE,
                StandardGrounds.DUAL_CRIMINALITY, StandardGrounds.MEASURE_NOT_AVAILABLE, CoeGrounds.REQUESTED_STATE_LAW,
                CoeGrounds.OFFENCE_CLASSIFICATION);
    }

    /** @return the assessments the pack's rules ask for */
    static List<AssessmentKey> assessments() {
        return List.of(StandardAssessments.MLA_TREATY_BINDS, StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS,
                StandardAssessments.POLITICAL_OFFENCE, StandardAssessments.ESSENTIAL_INTERESTS, StandardAssessments.DUAL_CRIMINALITY,
                StandardAssessments.INTERFERES_WITH_PROCEEDINGS, StandardAssessments.MEASURE_NOT_AVAILABLE,
                CoeAssessments.CYBERCRIME_OR_ELECTRONIC_EVIDENCE, CoeAssessments.BUDAPEST_OFFENCE,
                CoeAssessments.REQUESTED_LAW_REQUIRES_DUAL_CRIMINALITY, CoeAssessments.REFUSAL_GROUND_UNDER_REQUESTED_LAW,
                CoeAssessments.CUSTODIAN_INFORMATION_UNAVAILABLE, CoeAssessments.PRESERVATION_FOLLOW_UP_STATED,
                CoeAssessments.PRESERVATION_INSUFFICIENT_OR_PREJUDICIAL, CoeAssessments.TRAFFIC_DATA_PRESERVED_UNDER_ART29,
                CoeAssessments.SUPPLY_CONDITIONAL_ON_CONFIDENTIALITY, CoeAssessments.SUPPLY_CONDITIONAL_ON_USE_LIMITATION);
    }
}
