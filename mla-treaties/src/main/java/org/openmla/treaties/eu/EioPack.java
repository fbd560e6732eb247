package org.openmla.treaties.eu;

import static org.openmla.core.model.MeasureType.BANKING_TRANSACTION_INFORMATION;
import static org.openmla.core.model.MeasureType.BANK_ACCOUNT_INFORMATION;
import static org.openmla.core.model.MeasureType.CONTROLLED_DELIVERY;
import static org.openmla.core.model.MeasureType.COVERT_INVESTIGATION;
import static org.openmla.core.model.MeasureType.DATABASE_INFORMATION;
import static org.openmla.core.model.MeasureType.FREEZING;
import static org.openmla.core.model.MeasureType.INFORMATION_ALREADY_HELD;
import static org.openmla.core.model.MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS;
import static org.openmla.core.model.MeasureType.JOINT_INVESTIGATION_TEAM;
import static org.openmla.core.model.MeasureType.MONITORING_OF_BANKING_TRANSACTIONS;
import static org.openmla.core.model.MeasureType.OTHER_NON_COERCIVE_MEASURE;
import static org.openmla.core.model.MeasureType.SUBSCRIBER_IDENTIFICATION;
import static org.openmla.core.model.MeasureType.TAKING_EVIDENCE;
import static org.openmla.core.model.MeasureType.TELEPHONE_HEARING;
import static org.openmla.core.model.MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON;
import static org.openmla.core.model.MeasureType.VIDEOCONFERENCE_HEARING;
import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.coerciveMeasure;
import static org.openmla.core.rules.Conditions.everyOffenceDescribed;
import static org.openmla.core.rules.Conditions.everyOffenceHasStatutoryProvision;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasMeasures;
import static org.openmla.core.rules.Conditions.hasPurpose;
import static org.openmla.core.rules.Conditions.hasRequestingAuthority;
import static org.openmla.core.rules.Conditions.lawDateBefore;
import static org.openmla.core.rules.Conditions.measureDescribed;
import static org.openmla.core.rules.Conditions.measureInFamily;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.never;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.writtenOrConfirmedInWriting;
import static org.openmla.treaties.eu.EuAssessments.EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES;
import static org.openmla.treaties.eu.EuAssessments.EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS;
import static org.openmla.treaties.eu.EuAssessments.EIO_EXCEPTIONALLY_HIGH_COSTS;
import static org.openmla.treaties.eu.EuAssessments.EIO_FORM_DEFECTIVE;
import static org.openmla.treaties.eu.EuAssessments.EIO_HEARD_PERSON_CONSENTS;
import static org.openmla.treaties.eu.EuAssessments.EIO_INTERCEPTION_NOTIFICATION;
import static org.openmla.treaties.eu.EuAssessments.EIO_ISSUING_CONDITIONS_DOUBTED;
import static org.openmla.treaties.eu.EuAssessments.EIO_LANGUAGE_ACCEPTED;
import static org.openmla.treaties.eu.EuAssessments.EIO_LESS_INTRUSIVE_MEASURE;
import static org.openmla.treaties.eu.EuAssessments.EIO_MEASURE_PARTICULARS_STATED;
import static org.openmla.treaties.eu.EuAssessments.EIO_MEASURE_RESTRICTED;
import static org.openmla.treaties.eu.EuAssessments.EIO_NATIONAL_SECURITY;
import static org.openmla.treaties.eu.EuAssessments.EIO_NE_BIS_IN_IDEM_SAFEGUARD;
import static org.openmla.treaties.eu.EuAssessments.EIO_NON_BANK_INSTITUTION;
import static org.openmla.treaties.eu.EuAssessments.EIO_NON_COERCIVE_MEASURE;
import static org.openmla.treaties.eu.EuAssessments.EIO_NON_CRIMINAL_PROCEEDINGS;
import static org.openmla.treaties.eu.EuAssessments.EIO_NO_AGREEMENT_ON_ARRANGEMENTS;
import static org.openmla.treaties.eu.EuAssessments.EIO_PREJUDICE_TO_INVESTIGATION;
import static org.openmla.treaties.eu.EuAssessments.EIO_SUBSTITUTE_MEASURE_AVAILABLE;
import static org.openmla.treaties.eu.EuAssessments.EIO_SUSPECT_HEARD;
import static org.openmla.treaties.eu.EuAssessments.EIO_WITNESS_OR_EXPERT_HEARD;
import static org.openmla.treaties.eu.EuAssessments.EIO_TERRITORIALITY;
import static org.openmla.treaties.eu.EuAssessments.EIO_TRANSFER_PROLONGS_DETENTION;
import static org.openmla.treaties.eu.EuAssessments.FUNDAMENTAL_RIGHTS_INCOMPATIBLE;
import static org.openmla.treaties.eu.EuAssessments.NOT_AUTHORISED_DOMESTICALLY;
import static org.openmla.treaties.eu.EuAssessments.PRESS_FREEDOM_RULES;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.PersonRole;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;

/**
 * The rule pack for Directive 2014/41/EU regarding the European Investigation Order in criminal matters (pack id
 * {@code EIO}), as the legal reference (section 5) gives it. The requesting State is the issuing State, the
 * requested State the executing State.
 *
 * <p>One method per chapter of the Directive, in the Directive's order, except that the pack first asks whether the
 * Directive binds the two States (art. 34(1), in Chapter VII); a rule sits in the chapter of the article it cites.
 */
final class EioPack {
    private EioPack() {}

    static final String ID = "EIO";
    static final String VERSION = "1.1.0";

    /**
     * The date from which the Directive applies between bound Member States and replaces the corresponding provisions of
     * the conventions (Art 34(1)): the end of the transposition period (Art 36(1)). The pack's effective date and the
     * instrument's applicability date; the Directive itself entered into force on 21 May 2014, the twentieth day after
     * its publication in the Official Journal of 1 May 2014 (Art 38).
     */
    static final LocalDate APPLICABLE_FROM = LocalDate.of(2017, 5, 22);

    static final Instrument INSTRUMENT = new Instrument(ID,
            "Directive 2014/41/EU of the European Parliament and of the Council of 3 April 2014 regarding the European Investigation "
                    + "Order in criminal matters",
            Optional.of(LocalDate.of(2014, 4, 3)), Optional.of(APPLICABLE_FROM));

    /**
     * The measures of Art 10(2), which must always be available and to which Art 11(1)(g)-(h) do not apply: those the
     * catalogue names for (a), (b), (c) and (e), and, for (d), a measure the catalogue does not mark coercive that the
     * executing authority assesses as non-coercive under its law.
     */
    static final Condition ART_10_2_MEASURE = named("the measure is one that Art 10(2) says must always be available (information held, "
            + "databases, hearings, non-coercive measures, identification of a telephone or IP subscriber)", anyOf(
            measureOfType(INFORMATION_ALREADY_HELD, DATABASE_INFORMATION, TAKING_EVIDENCE, OTHER_NON_COERCIVE_MEASURE, SUBSCRIBER_IDENTIFICATION),
            allOf(not(coerciveMeasure()), assessed(EIO_NON_COERCIVE_MEASURE))));

    private static final Condition NE_BIS = assessed(StandardAssessments.NE_BIS_IN_IDEM);
    private static final Condition IMMUNITY = anyOf(assessed(StandardAssessments.IMMUNITY_OR_PRIVILEGE), assessed(PRESS_FREEDOM_RULES));
    private static final Condition TERRITORIALITY = allOf(assessed(EIO_TERRITORIALITY), not(assessed(StandardAssessments.DUAL_CRIMINALITY)));
    private static final Condition NOT_AUTHORISED = assessed(NOT_AUTHORISED_DOMESTICALLY);
    private static final Condition PARTICULARS = assessed(EIO_MEASURE_PARTICULARS_STATED);

    static RulePack pack() {
        RulePack.Builder pack = RulePack.builder(ID, VERSION)
                .title("European Investigation Order (Directive 2014/41/EU)")
                .instrument(INSTRUMENT)
                // asked by EuConditions.bothMemberStates, a condition whose parts the pack cannot see
                .assessment(EuAssessments.BOTH_MEMBER_STATES)
                .effectiveFrom(APPLICABLE_FROM)
                .rules(finalProvisions())
                .rules(theInvestigationOrder())
                .rules(issuingStateProcedures())
                .rules(executingStateProcedures())
                .rules(specificMeasures())
                .rules(interception())
                .rules(provisionalMeasures())
                .ground(EuGrounds.NATIONAL_SECURITY)
                .ground(EuGrounds.TERRITORIALITY)
                .ground(EuGrounds.FUNDAMENTAL_RIGHTS)
                .ground(EuGrounds.MEASURE_RESTRICTED_BY_OFFENCE)
                .ground(EuGrounds.NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE)
                .ground(EuGrounds.NO_CONSENT)
                .ground(EuGrounds.PROLONGED_DETENTION)
                .ground(EuGrounds.CONTRARY_TO_FUNDAMENTAL_PRINCIPLES)
                .ground(EuGrounds.NO_AGREEMENT_ON_ARRANGEMENTS)
                .ground(StandardGrounds.IMMUNITY_OR_PRIVILEGE)
                .ground(StandardGrounds.NE_BIS_IN_IDEM)
                .ground(StandardGrounds.DUAL_CRIMINALITY)
                .ground(StandardGrounds.FISCAL_OFFENCE)
                .ground(StandardGrounds.MEASURE_NOT_AVAILABLE);
        List.of(StandardAssessments.IMMUNITY_OR_PRIVILEGE, PRESS_FREEDOM_RULES, EIO_NATIONAL_SECURITY,
                        EIO_NON_CRIMINAL_PROCEEDINGS, NOT_AUTHORISED_DOMESTICALLY, StandardAssessments.NE_BIS_IN_IDEM, EIO_NE_BIS_IN_IDEM_SAFEGUARD,
                        EIO_TERRITORIALITY, StandardAssessments.DUAL_CRIMINALITY, FUNDAMENTAL_RIGHTS_INCOMPATIBLE, EIO_MEASURE_RESTRICTED,
                        EIO_NON_COERCIVE_MEASURE, StandardAssessments.MEASURE_NOT_AVAILABLE, EIO_SUBSTITUTE_MEASURE_AVAILABLE,
                        EIO_LESS_INTRUSIVE_MEASURE, EIO_FORM_DEFECTIVE, EIO_LANGUAGE_ACCEPTED, EIO_ISSUING_CONDITIONS_DOUBTED,
                        StandardAssessments.DETAINED_PERSON_CONSENT, EIO_TRANSFER_PROLONGS_DETENTION, EIO_HEARD_PERSON_CONSENTS, EIO_SUSPECT_HEARD,
                        EIO_WITNESS_OR_EXPERT_HEARD,
                        EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, EIO_MEASURE_PARTICULARS_STATED, EIO_NON_BANK_INSTITUTION,
                        EIO_NO_AGREEMENT_ON_ARRANGEMENTS, EIO_INTERCEPTION_NOTIFICATION, EIO_PREJUDICE_TO_INVESTIGATION,
                        EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS, EIO_EXCEPTIONALLY_HIGH_COSTS, StandardAssessments.CONSULTATION_HELD,
                        StandardAssessments.IMMUNITY_WAIVER_REQUESTED, StandardAssessments.IMMUNITY_WAIVER_REFUSED,
                        StandardAssessments.MEASURE_COERCIVE, StandardAssessments.LIST_CATEGORY_INDICATED,
                        EuAssessments.EIO_ISSUING_OFFICIALS_ASSISTANCE_REQUESTED, EuAssessments.EIO_OFFICIALS_ASSISTANCE_EXCLUDED,
                        EuAssessments.EIO_LEGAL_REMEDY_PENDING, EuAssessments.EIO_TRANSFER_IRREVERSIBLE_DAMAGE).forEach(pack::assessment);
        return pack.build();
    }

    /**
     * Chapter VII (arts. 33 to 39), final provisions: art. 34(1), between which States the Directive applies and
     * replaces the conventions; listed first, as the pack's first question is whether the Directive binds the two
     * States.
     */
    private static List<Rule> finalProvisions() {
        return List.of(
                Rule.builder("eio.34.1.bound", "EIO art. 34(1)").scope()
                        .statement("The Directive applies between the Member States bound by it; between them it replaces, from 22 May 2017, "
                                + "the corresponding provisions of ETS 30 and its two additional protocols, the 2000 EU Convention on "
                                + "mutual assistance and its protocol, and the Schengen Implementing Convention.")
                        .when(EuConditions.bothMemberStates("the issuing and the executing State are both Member States"))
                        .build(),
                Rule.exception("eio.34.1.united-kingdom", "EIO art. 34(1)")
                        .statement("The United Kingdom notified its wish to take part in the Directive (recital 43) and was bound by it; its "
                                + "participation ended with the Brexit transition period on 31 December 2020.")
                        .to("eio.34.1.bound", ExceptionEffect.FORCE_TRUE)
                        .appliesWhen(EuConditions.involves(EuMemberStates.UNITED_KINGDOM))
                        .when(allOf(lawDateBefore(EuMemberStates.UK_EIO_LAST_DAY.plusDays(1)),
                                EuConditions.otherStateIn(EuMemberStates.UNITED_KINGDOM, EuMemberStates.EIO_BOUND,
                                        "the other State is a Member State bound by the Directive")))
                        .caveat(Caveat.Kind.UNVERIFIED, "the end of UK participation on 31 December 2020 is reported from general knowledge "
                                + "(reference 5.1 [GK], 13.2 item 4)")
                        .build(),
                Rule.builder("eio.34.1.denmark", "EIO art. 34(1)").scope()
                        .statement("Denmark is not bound by the Directive (recital 45, Protocol No 22): with Denmark, ETS 30 and its "
                                + "protocols and the 2000 EU Convention continue to apply.")
                        .appliesWhen(EuConditions.involves(EuMemberStates.DENMARK))
                        .when(never())
                        .build(),
                Rule.builder("eio.34.1.ireland", "EIO art. 34(1)").scope()
                        .statement("Ireland did not take part in the adoption of the Directive and is not bound by it (recital 44, "
                                + "Protocol No 21): with Ireland, ETS 30 and its protocols and the 2000 EU Convention continue to apply.")
                        .appliesWhen(EuConditions.involves(EuMemberStates.IRELAND))
                        .when(never())
                        .caveat(Caveat.Kind.UNVERIFIED, "whether Ireland has since opted in under Article 4 of Protocol No 21 (reference 13.2 item 4)")
                        .build());
    }

    /**
     * Chapter I (arts. 1 to 4), the European Investigation Order: what it is for and its scope.
     */
    private static List<Rule> theInvestigationOrder() {
        return List.of(
                Rule.builder("eio.1.1", "EIO art. 1(1)").scope().perMeasure()
                        .statement("An EIO is issued to have investigative measures carried out to obtain evidence, or to obtain evidence "
                                + "already held; the surrender or arrest of a person is outside it.")
                        .when(not(measureInFamily(MeasureFamily.SURRENDER)))
                        .build(),
                Rule.builder("eio.3", "EIO art. 3").scope().perMeasure()
                        .statement("The EIO covers any investigative measure except the setting up of a joint investigation team and the "
                                + "gathering of evidence within such a team.")
                        .when(not(measureOfType(JOINT_INVESTIGATION_TEAM)))
                        .build());
    }

    /**
     * Chapter II (arts. 5 to 8), procedures and safeguards for the issuing State: content, form and language, issuing
     * conditions, transmission.
     */
    private static List<Rule> issuingStateProcedures() {
        return List.of(
                // ---- form and content (Art 5, Annex A), transmission, issuing authority ----
                Rule.builder("eio.5.1.a", "EIO art. 5(1)(a)").formalRequirement()
                        .statement("The EIO contains data about the issuing authority and, where applicable, the validating authority "
                                + "(Annex A sections K and L).")
                        .when(hasRequestingAuthority())
                        .build(),
                Rule.builder("eio.5.1.b", "EIO art. 5(1)(b)").formalRequirement()
                        .statement("The EIO states its object and the reasons for it.")
                        .when(hasPurpose())
                        .build(),
                Rule.builder("eio.5.1.d", "EIO art. 5(1)(d)").formalRequirement()
                        .statement("The EIO describes the criminal act under investigation or proceedings (Annex A section G: summary "
                                + "of the facts, nature of the offence).")
                        .when(allOf(hasFactsSummary(), everyOffenceDescribed()))
                        .build(),
                Rule.builder("eio.5.1.d.provisions", "EIO art. 5(1)(d)").formalRequirement()
                        .statement("The EIO gives the applicable provisions of the criminal law of the issuing State.")
                        .when(everyOffenceHasStatutoryProvision())
                        .build(),
                Rule.builder("eio.5.1.e.measures", "EIO art. 5(1)(e)").formalRequirement()
                        .statement("The EIO names the investigative measure or measures requested.")
                        .when(hasMeasures())
                        .build(),
                Rule.builder("eio.5.1.e", "EIO art. 5(1)(e)").formalRequirement().perMeasure()
                        .statement("The EIO describes the investigative measure requested and the evidence to be obtained (Annex A section C).")
                        .when(measureDescribed())
                        .build(),
                Rule.builder("eio.5.2", "EIO art. 5(2)").formalRequirement()
                        .statement("The EIO is translated into an official language of the executing State or another official language "
                                + "of the Union that State has indicated it accepts (Art 5(2)-(3)); a missing translation makes it deficient.")
                        .when(EuConditions.inAcceptedLanguageOrAssessed(EIO_LANGUAGE_ACCEPTED))
                        .build(),
                Rule.builder("eio.7.1", "EIO art. 7(1)").formalRequirement()
                        .statement("The EIO is transmitted by any means capable of producing a written record, under conditions allowing "
                                + "the executing State to establish its authenticity. Directive (EU) 2023/2843 (art. 11, point (2)) replaces "
                                + "this with transmission under Regulation (EU) 2023/2844 (new Art 5a), but only from the first day of "
                                + "the month two years after the implementing act under Regulation 2023/2844 art. 10(3)(a) enters into "
                                + "force (2023/2843 art. 12): a date not yet known, so this is the wording in force.")
                        .when(writtenOrConfirmedInWriting())
                        .build(),
                // ---- issuing conditions (Art 6) ----
                Rule.builder("eio.6.3", "EIO art. 6(3)").consultation()
                        .statement("Where the executing authority has reason to believe that the conditions of Art 6(1) are not met "
                                + "(issuing necessary and proportionate, taking into account the rights of the suspected or accused person; "
                                + "the measure could have been ordered under the same conditions in a similar domestic case), it may consult "
                                + "the issuing authority on the importance of executing the EIO; the issuing authority may then withdraw it. "
                                + "This is not a ground for refusal: the conditions are assessed by the issuing authority (Art 6(2)).")
                        .when(assessed(EIO_ISSUING_CONDITIONS_DOUBTED))
                        .build());
    }

    /**
     * Chapter III (arts. 9 to 21), procedures and safeguards for the executing State: recognition and execution,
     * recourse to a different measure, grounds for non-recognition or non-execution, time limits, postponement,
     * information duties, confidentiality and costs.
     */
    private static List<Rule> executingStateProcedures() {
        return List.of(
                Rule.builder("eio.16.2.a", "EIO art. 16(2)(a)").formalRequirement()
                        .statement("Where the Annex A form is incomplete or manifestly incorrect so that no decision on recognition or "
                                + "execution can be taken, the executing authority informs the issuing authority immediately: the EIO is "
                                + "deficient, not refused.")
                        .when(not(assessed(EIO_FORM_DEFECTIVE)))
                        .build(),
                Rule.builder("eio.9.3", "EIO art. 9(3)").returnToIssuer()
                        .statement("An EIO not issued by an issuing authority as Art 2(c) specifies is returned to the issuing State: an "
                                + "authority other than a judge, court, investigating judge or public prosecutor may issue an EIO only if "
                                + "such a judicial authority validated it before transmission, after examining its conformity with the "
                                + "issuing conditions (Art 2(c)(ii)).")
                        .when(EuConditions.issuedByNonJudicialWithoutValidation())
                        .build(),
                // ---- recognition and execution (Art 9), recourse to a different measure (Art 10) ----
                Rule.builder("eio.9.2", "EIO art. 9(2)").condition().perMeasure()
                        .statement("The executing authority complies with the formalities and procedures expressly indicated by the "
                                + "issuing authority, unless the Directive provides otherwise or they are contrary to the fundamental "
                                + "principles of law of the executing State; where it cannot comply, it informs the issuing authority "
                                + "immediately (Art 16(2)(c)).")
                        .when(EuConditions.measureAsksForProcedures())
                        .build(),
                Rule.builder("eio.9.4", "EIO art. 9(4)").condition()
                        .statement("The issuing authority asked that authorities of the issuing State assist in executing the EIO, in "
                                + "support of the competent authorities of the executing State: the executing authority complies, as the "
                                + "assistance is neither contrary to the fundamental principles of its law nor harmful to its essential "
                                + "national security interests. The assisting authorities are bound by the executing State's law and "
                                + "have no law enforcement powers of their own there, unless that State allows it (Art 9(5)).")
                        .appliesWhen(chosen(EuAssessments.EIO_ISSUING_OFFICIALS_ASSISTANCE_REQUESTED))
                        .when(not(assessed(EuAssessments.EIO_OFFICIALS_ASSISTANCE_EXCLUDED)))
                        .build(),
                Rule.builder("eio.10.1", "EIO art. 10(1)").condition().perMeasure()
                        .statement("Where the measure does not exist under the law of the executing State, or would not be available in "
                                + "a similar domestic case, the executing authority has, wherever possible, recourse to a different "
                                + "investigative measure.")
                        .appliesWhen(not(ART_10_2_MEASURE))
                        .when(assessed(StandardAssessments.MEASURE_NOT_AVAILABLE))
                        .build(),
                Rule.builder("eio.10.2", "EIO art. 10(2)").notAGround(StandardGrounds.MEASURE_NOT_AVAILABLE).perMeasure()
                        .statement("Obtaining information or evidence already held by the executing authority, information in police or "
                                + "judicial databases directly accessible to it, the hearing of a witness, expert, victim, suspected or "
                                + "accused person or third party in its territory, any non-coercive measure as defined by its law and the "
                                + "identification of the holder of a specified telephone number or IP address must always be available: "
                                + "their unavailability is not a ground for refusal.")
                        .when(ART_10_2_MEASURE)
                        .build(),
                Rule.builder("eio.10.3", "EIO art. 10(3)").condition().perMeasure()
                        .statement("The executing authority may have recourse to a different investigative measure that achieves the same "
                                + "result by less intrusive means.")
                        .when(assessed(EIO_LESS_INTRUSIVE_MEASURE))
                        .build(),
                Rule.builder("eio.10.4", "EIO art. 10(4)").consultation().perMeasure()
                        .statement("Before having recourse to a different measure under Art 10(1) or 10(3), the executing authority "
                                + "first informs the issuing authority, which may withdraw or supplement the EIO.")
                        .when(anyOf(allOf(not(ART_10_2_MEASURE), assessed(StandardAssessments.MEASURE_NOT_AVAILABLE)),
                                assessed(EIO_LESS_INTRUSIVE_MEASURE)))
                        .build(),
                Rule.builder("eio.10.5", "EIO art. 10(5)").precondition().perMeasure()
                        .statement("Where the measure does not exist or is not available under Art 10(1) and no other measure would have "
                                + "the same result, the executing authority notifies the issuing authority that the assistance could not "
                                + "be provided.")
                        .appliesWhen(not(ART_10_2_MEASURE))
                        .when(anyOf(not(assessed(StandardAssessments.MEASURE_NOT_AVAILABLE)), assessed(EIO_SUBSTITUTE_MEASURE_AVAILABLE)))
                        .build(),
                // ---- grounds for non-recognition or non-execution (Art 11) ----
                Rule.builder("eio.11.1.a", "EIO art. 11(1)(a)").discretionaryRefusal(StandardGrounds.IMMUNITY_OR_PRIVILEGE)
                        .statement("Recognition or execution may be refused where there is an immunity or privilege under the law of the "
                                + "executing State which makes execution impossible, or rules on the determination or limitation of "
                                + "criminal liability relating to freedom of the press and freedom of expression in other media. Once a "
                                + "waiver has been requested (Art 11(5)), the ground stands only if the waiver is refused.")
                        .when(allOf(IMMUNITY, anyOf(not(chosen(StandardAssessments.IMMUNITY_WAIVER_REQUESTED)),
                                assessed(StandardAssessments.IMMUNITY_WAIVER_REFUSED))))
                        .build(),
                Rule.builder("eio.11.5", "EIO art. 11(5)").consultation()
                        .statement("Where the power to waive the privilege or immunity lies with an authority of the executing State, the "
                                + "executing authority requests it to exercise that power forthwith; where it lies with an authority of "
                                + "another State or an international organisation, the issuing authority requests it. The duty is met "
                                + "once the waiver has been requested (IMMUNITY_WAIVER_REQUESTED).")
                        .when(allOf(assessed(StandardAssessments.IMMUNITY_OR_PRIVILEGE),
                                not(chosen(StandardAssessments.IMMUNITY_WAIVER_REQUESTED))))
                        .build(),
                Rule.builder("eio.11.1.b", "EIO art. 11(1)(b)").discretionaryRefusal(EuGrounds.NATIONAL_SECURITY)
                        .statement("Recognition or execution may be refused where, in a specific case, execution would harm essential "
                                + "national security interests, jeopardise the source of the information or involve the use of classified "
                                + "information relating to specific intelligence activities.")
                        .when(assessed(EIO_NATIONAL_SECURITY))
                        .build(),
                Rule.builder("eio.11.1.c", "EIO art. 11(1)(c)").discretionaryRefusal(EuGrounds.NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE)
                        .perMeasure()
                        .statement("Recognition or execution may be refused where the EIO was issued in proceedings under Art 4(b) or (c) "
                                + "and the measure would not be authorised under the law of the executing State in a similar domestic case.")
                        .when(allOf(assessed(EIO_NON_CRIMINAL_PROCEEDINGS), NOT_AUTHORISED))
                        .build(),
                Rule.builder("eio.11.1.d", "EIO art. 11(1)(d)").discretionaryRefusal(StandardGrounds.NE_BIS_IN_IDEM)
                        .statement("Recognition or execution may be refused where execution would be contrary to the principle of ne bis in idem.")
                        .when(NE_BIS)
                        .build(),
                Rule.exception("eio.11.1.d.safeguard", "EIO art. 11(1)(d)")
                        .statement("Not article text: recital 17 of the Directive says that an EIO should not be refused on the ne bis "
                                + "in idem ground of Art 11(1)(d) where it aims to establish whether there is a conflict with the principle, "
                                + "or where the issuing authority has given assurances that the evidence will not be used to prosecute or "
                                + "sanction a person whose trial for the same facts has been finally disposed of in another Member State. "
                                + "The rule reads Art 11(1)(d) as the recital explains it.")
                        .to("eio.11.1.d", ExceptionEffect.DISAPPLY)
                        .when(assessed(EIO_NE_BIS_IN_IDEM_SAFEGUARD))
                        .caveat(Caveat.Kind.INTERPRETATION, "rests on recital 17 ('should not be subject to refusal'), not on the text of Art 11(1)(d)")
                        .build(),
                Rule.builder("eio.11.1.e", "EIO art. 11(1)(e)").discretionaryRefusal(EuGrounds.TERRITORIALITY)
                        .statement("Recognition or execution may be refused where the EIO relates to an offence alleged to have been "
                                + "committed outside the issuing State and wholly or partially on the territory of the executing State, "
                                + "and the conduct is not an offence in the executing State.")
                        .when(TERRITORIALITY)
                        .build(),
                Rule.builder("eio.11.1.f", "EIO art. 11(1)(f)").discretionaryRefusal(EuGrounds.FUNDAMENTAL_RIGHTS)
                        .statement("Recognition or execution may be refused where there are substantial grounds to believe that execution "
                                + "would be incompatible with the executing State's obligations in accordance with Article 6 TEU and the Charter.")
                        .when(assessed(FUNDAMENTAL_RIGHTS_INCOMPATIBLE))
                        .build(),
                Rule.builder("eio.11.1.g", "EIO art. 11(1)(g)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Recognition or execution may be refused where the conduct for which the EIO was issued does not "
                                + "constitute an offence under the law of the executing State.")
                        .when(not(assessed(StandardAssessments.DUAL_CRIMINALITY)))
                        .build(),
                Rule.exception("eio.11.1.g.annex-d", "EIO art. 11(1)(g)")
                        .statement("Dual criminality is not verified where the offence is in a category of Annex D, as indicated by the "
                                + "issuing authority, and punishable in the issuing State by a custodial sentence or detention order for a "
                                + "maximum period of at least three years.")
                        .to("eio.11.1.g", ExceptionEffect.DISAPPLY)
                        .when(EuConditions.everyOffenceListedAndThreeYears("Annex D"))
                        .build(),
                Rule.exception("eio.11.2.g", "EIO art. 11(2)").perMeasure()
                        .statement("Dual criminality (Art 11(1)(g)) is not a ground for refusing the measures of Art 10(2).")
                        .to("eio.11.1.g", ExceptionEffect.DISAPPLY)
                        .when(ART_10_2_MEASURE)
                        .build(),
                Rule.builder("eio.11.1.h", "EIO art. 11(1)(h)").discretionaryRefusal(EuGrounds.MEASURE_RESTRICTED_BY_OFFENCE).perMeasure()
                        .statement("Recognition or execution may be refused where the use of the measure is restricted under the law of "
                                + "the executing State to a list or category of offences, or to offences punishable by a certain threshold, "
                                + "which does not include the offence covered by the EIO.")
                        .when(assessed(EIO_MEASURE_RESTRICTED))
                        .build(),
                Rule.exception("eio.11.2.h", "EIO art. 11(2)").perMeasure()
                        .statement("The restriction of a measure to listed offences or a penalty threshold (Art 11(1)(h)) is not a ground "
                                + "for refusing the measures of Art 10(2).")
                        .to("eio.11.1.h", ExceptionEffect.DISAPPLY)
                        .when(ART_10_2_MEASURE)
                        .build(),
                Rule.builder("eio.11.3", "EIO art. 11(3)").notAGround(StandardGrounds.FISCAL_OFFENCE)
                        .statement("In relation to offences in connection with taxes or duties, customs and exchange, recognition or "
                                + "execution may not be refused on the ground that the law of the executing State does not impose the same "
                                + "kind of tax or duty or does not contain tax, duty, customs and exchange regulations of the same kind.")
                        .when(EuConditions.fiscalOffence())
                        .build(),
                Rule.builder("eio.11.4", "EIO art. 11(4)").consultation()
                        .statement("Before deciding not to recognise or execute an EIO, in whole or in part, on a ground of Art 11(1)(a), "
                                + "(b), (d), (e) or (f), the executing authority consults the issuing authority and, where appropriate, "
                                + "requests it to supply any necessary information without delay. The duty is met once the consultation "
                                + "has been held (CONSULTATION_HELD).")
                        .when(allOf(anyOf(IMMUNITY, assessed(EIO_NATIONAL_SECURITY), allOf(NE_BIS, not(assessed(EIO_NE_BIS_IN_IDEM_SAFEGUARD))),
                                TERRITORIALITY, assessed(FUNDAMENTAL_RIGHTS_INCOMPATIBLE)), not(chosen(StandardAssessments.CONSULTATION_HELD))))
                        .build(),
                Rule.builder("eio.19.4", "EIO art. 19(4)").condition().perMeasure()
                        .statement("Banks do not disclose to the bank customer concerned or to other third persons that information has "
                                + "been transmitted under Art 26 or 27.")
                        .appliesWhen(measureOfType(BANK_ACCOUNT_INFORMATION, BANKING_TRANSACTION_INFORMATION))
                        .when(always())
                        .build(),
                // ---- postponement (Art 15) and information (Art 16) ----
                Rule.builder("eio.15.1.a", "EIO art. 15(1)(a)").postponement()
                        .statement("Recognition or execution may be postponed where it might prejudice an on-going criminal investigation "
                                + "or prosecution, until the executing State deems it reasonable; as soon as the ground ceases the "
                                + "executing authority executes the EIO forthwith and informs the issuing authority (Art 15(2)).")
                        .when(assessed(EIO_PREJUDICE_TO_INVESTIGATION))
                        .build(),
                Rule.builder("eio.15.1.b", "EIO art. 15(1)(b)").postponement().perMeasure()
                        .statement("Recognition or execution may be postponed where the objects, documents or data concerned are already "
                                + "being used in other proceedings, until they are no longer required for that purpose.")
                        .when(assessed(EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS))
                        .build(),
                Rule.builder("eio.16.3.b", "EIO art. 16(3)(b)").consultation().perMeasure()
                        .statement("The executing authority informs the issuing authority without delay, by any means capable of producing "
                                + "a written record, of a decision to postpone, the reasons for it and, if possible, its expected duration. "
                                + "Directive (EU) 2023/2843 (art. 11, point (4)(b)) drops 'by any means capable of producing a written record' from "
                                + "Art 16(3), from a date its art. 12 defers to two years after an implementing act under Regulation "
                                + "2023/2844 art. 10(3)(a) enters into force; until then this wording applies.")
                        .when(anyOf(assessed(EIO_PREJUDICE_TO_INVESTIGATION), assessed(EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS)))
                        .build(),
                Rule.builder("eio.13.2", "EIO art. 13(2)").postponement()
                        .statement("While a legal remedy against the measure is pending, the transfer of the evidence may be suspended "
                                + "(unless the EIO gives sufficient reasons why an immediate transfer is essential), and it shall be "
                                + "suspended where it would cause serious and irreversible damage to the person concerned.")
                        .appliesWhen(chosen(EuAssessments.EIO_LEGAL_REMEDY_PENDING))
                        .when(assessed(EuAssessments.EIO_TRANSFER_IRREVERSIBLE_DAMAGE))
                        .build(),
                // ---- deadlines (Art 12, 16(1)) ----
                Rule.builder("eio.16.1", "EIO art. 16(1)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.ACKNOWLEDGEMENT,
                                TimeLimit.weeks(1)))
                        .statement("The authority that receives the EIO acknowledges receipt (Annex B) without delay and in any case within "
                                + "a week of reception; where it forwards the EIO under Art 7(6), both it and the executing authority do.")
                        .when(always())
                        .build(),
                Rule.builder("eio.12.3", "EIO art. 12(3)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION,
                                TimeLimit.days(30)).extendableBy(TimeLimit.days(30)))
                        .statement("The decision on recognition or execution is taken as soon as possible and no later than 30 days after "
                                + "receipt by the competent executing authority; where that is not practicable, the executing authority "
                                + "informs the issuing authority without delay, giving reasons and an estimate, and the period may be "
                                + "extended by at most 30 days (Art 12(5)). A shorter deadline or a specific date indicated by the issuing "
                                + "authority is taken into account as fully as possible (Art 12(2)).")
                        .when(always())
                        .build(),
                Rule.builder("eio.12.4", "EIO art. 12(4)").deadline(DeadlineSpec.of(DeadlineEvent.DECISION, DeadlineEvent.EXECUTION,
                                TimeLimit.days(90)))
                        .statement("Unless a ground for postponement exists or the evidence is already in the executing State's "
                                + "possession, the measure is carried out without delay and no later than 90 days after the decision; "
                                + "where that is not practicable, the executing authority informs the issuing authority without delay with "
                                + "reasons and an estimate, and they consult on the timing (Art 12(6)).")
                        .when(always())
                        .build(),
                // ---- conditions and other duties ----
                Rule.builder("eio.19.3", "EIO art. 19(3)").condition()
                        .statement("The issuing authority does not disclose evidence or information provided by the executing authority, "
                                + "except to the extent necessary for the investigations or proceedings described in the EIO, unless the "
                                + "executing authority indicates otherwise.")
                        .when(always())
                        .build(),
                Rule.builder("eio.21.2", "EIO art. 21(2)").consultation()
                        .statement("Where execution would entail exceptionally high costs, the executing authority may consult the issuing "
                                + "authority on sharing them or modifying the EIO; failing agreement, the issuing authority may withdraw "
                                + "the EIO or maintain it and bear the part of the costs deemed exceptionally high (Art 21(3)).")
                        .when(assessed(EIO_EXCEPTIONALLY_HIGH_COSTS))
                        .build());
    }

    /**
     * Chapter IV (arts. 22 to 29), specific provisions for certain investigative measures: transfers of persons in
     * custody, hearings by video and telephone conference, banking information, real-time gathering, covert
     * investigations.
     */
    private static List<Rule> specificMeasures() {
        return List.of(
                Rule.builder("eio.22.2.a", "EIO art. 22(2)(a)").discretionaryRefusal(EuGrounds.NO_CONSENT).perMeasure()
                        .statement("The temporary transfer of a person in custody may be refused where that person does not consent; "
                                + "the same applies to a transfer to the executing State (Art 23).")
                        .appliesWhen(measureOfType(TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(not(assessed(StandardAssessments.DETAINED_PERSON_CONSENT)))
                        .build(),
                Rule.builder("eio.22.2.b", "EIO art. 22(2)(b)").discretionaryRefusal(EuGrounds.PROLONGED_DETENTION).perMeasure()
                        .statement("The temporary transfer to the issuing State of a person in custody in the executing State may be "
                                + "refused where it is liable to prolong his or her detention (not a ground under Art 23).")
                        .appliesWhen(measureOfType(TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(assessed(EIO_TRANSFER_PROLONGS_DETENTION))
                        .build(),
                Rule.builder("eio.22.3", "EIO art. 22(3)").condition().perMeasure()
                        .statement("Where the age or the physical or mental condition of the person in custody so requires, his or her "
                                + "legal representative is given the opportunity to state an opinion on the transfer.")
                        .appliesWhen(measureOfType(TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(always())
                        .build(),
                Rule.builder("eio.22.6", "EIO art. 22(6)").condition().perMeasure()
                        .statement("The transferred person remains in custody in the issuing State, and the time spent in custody there is "
                                + "deducted from the period of detention to be served (Art 22(7)).")
                        .appliesWhen(measureOfType(TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(always())
                        .build(),
                Rule.builder("eio.22.8", "EIO art. 22(8)").condition().perMeasure()
                        .statement("The transferred person enjoys safe conduct: he or she is not prosecuted or detained in the issuing State "
                                + "for acts preceding departure that are not specified in the EIO; the safe conduct ends after 15 consecutive "
                                + "days in which the person had the opportunity to leave (Art 22(9)).")
                        .appliesWhen(measureOfType(TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(always())
                        .build(),
                Rule.builder("eio.22.10", "EIO art. 22(10)").condition().perMeasure()
                        .statement("The costs of the transfer are borne by the issuing State.")
                        .appliesWhen(measureOfType(TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(always())
                        .build(),
                Rule.builder("eio.24.2.a", "EIO art. 24(2)(a)").discretionaryRefusal(EuGrounds.NO_CONSENT).perMeasure()
                        .statement("A hearing by videoconference of a suspected or accused person may be refused where that person does not consent.")
                        .appliesWhen(measureOfType(VIDEOCONFERENCE_HEARING))
                        .when(allOf(EuConditions.knownOrAssessed(EuConditions.anyPersonHeardHasRole(
                                        "a person to be heard is a suspected or accused person", PersonRole.SUSPECT, PersonRole.ACCUSED),
                                        EIO_SUSPECT_HEARD),
                                not(assessed(EIO_HEARD_PERSON_CONSENTS))))
                        .build(),
                Rule.builder("eio.24.2.b", "EIO art. 24(2)(b)").discretionaryRefusal(EuGrounds.CONTRARY_TO_FUNDAMENTAL_PRINCIPLES).perMeasure()
                        .statement("A hearing by videoconference may be refused where it would be contrary to the fundamental principles "
                                + "of the law of the executing State.")
                        .appliesWhen(measureOfType(VIDEOCONFERENCE_HEARING))
                        .when(assessed(EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES))
                        .build(),
                Rule.builder("eio.24.5", "EIO art. 24(5)").condition().perMeasure()
                        .statement("The hearing is conducted directly by, or under the direction of, the issuing authority under its law; "
                                + "an executing-State authority is present, identifies the person and ensures respect for the fundamental "
                                + "principles of its law; interpretation is provided on request; the person may claim the right not to "
                                + "testify under either State's law; minutes are drawn up (Art 24(6)); perjury and refusal to testify are "
                                + "punishable under the law of the executing State (Art 24(7)). Art 25 applies these to telephone hearings.")
                        .appliesWhen(measureOfType(VIDEOCONFERENCE_HEARING, TELEPHONE_HEARING))
                        .when(always())
                        .build(),
                Rule.builder("eio.25", "EIO art. 25").precondition().perMeasure()
                        .statement("A hearing by telephone conference may be requested only of a witness or expert, where it is not "
                                + "appropriate or possible for the person to appear in person and after other suitable means were considered.")
                        .appliesWhen(measureOfType(TELEPHONE_HEARING))
                        .when(EuConditions.knownOrAssessed(EuConditions.personsHeardHaveRole("every person to be heard is a witness or an expert",
                                PersonRole.WITNESS, PersonRole.EXPERT), EIO_WITNESS_OR_EXPERT_HEARD))
                        .build(),
                Rule.builder("eio.26.5", "EIO art. 26(5)").formalRequirement().perMeasure()
                        .statement("An EIO for information on bank and other financial accounts states why the information is considered "
                                + "of substantial value for the proceedings and on what grounds banks in the executing State are presumed to "
                                + "hold the account; the information covers what the bank holds (Art 26(4)).")
                        .appliesWhen(measureOfType(BANK_ACCOUNT_INFORMATION))
                        .when(PARTICULARS)
                        .build(),
                Rule.builder("eio.26.6", "EIO art. 26(6)").discretionaryRefusal(EuGrounds.NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE).perMeasure()
                        .statement("Where the accounts are held by non-bank financial institutions, execution may also be refused if the "
                                + "measure would not be authorised in a similar domestic case.")
                        .appliesWhen(measureOfType(BANK_ACCOUNT_INFORMATION))
                        .when(allOf(assessed(EIO_NON_BANK_INSTITUTION), NOT_AUTHORISED))
                        .build(),
                Rule.builder("eio.27.4", "EIO art. 27(4)").formalRequirement().perMeasure()
                        .statement("An EIO for information on banking and other financial operations states why the information is "
                                + "considered relevant for the proceedings.")
                        .appliesWhen(measureOfType(BANKING_TRANSACTION_INFORMATION))
                        .when(PARTICULARS)
                        .build(),
                Rule.builder("eio.27.5", "EIO art. 27(5)").discretionaryRefusal(EuGrounds.NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE).perMeasure()
                        .statement("Where the operations concern non-bank financial institutions, execution may also be refused if the "
                                + "measure would not be authorised in a similar domestic case.")
                        .appliesWhen(measureOfType(BANKING_TRANSACTION_INFORMATION))
                        .when(allOf(assessed(EIO_NON_BANK_INSTITUTION), NOT_AUTHORISED))
                        .build(),
                Rule.builder("eio.28.1", "EIO art. 28(1)").discretionaryRefusal(EuGrounds.NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE).perMeasure()
                        .statement("A measure gathering evidence in real time, continuously and over a certain period (such as monitoring "
                                + "banking operations or a controlled delivery) may also be refused if it would not be authorised in a "
                                + "similar domestic case.")
                        .appliesWhen(measureOfType(MONITORING_OF_BANKING_TRANSACTIONS, CONTROLLED_DELIVERY))
                        .when(NOT_AUTHORISED)
                        .build(),
                Rule.builder("eio.28.3", "EIO art. 28(3)").formalRequirement().perMeasure()
                        .statement("The EIO states why the real-time or continuous gathering of information is considered relevant.")
                        .appliesWhen(measureOfType(MONITORING_OF_BANKING_TRANSACTIONS, CONTROLLED_DELIVERY))
                        .when(PARTICULARS)
                        .build(),
                Rule.builder("eio.28.2", "EIO art. 28(2)").condition().perMeasure()
                        .statement("The practical arrangements for the real-time or continuous measure are agreed between the issuing and "
                                + "the executing State.")
                        .appliesWhen(measureOfType(MONITORING_OF_BANKING_TRANSACTIONS, CONTROLLED_DELIVERY))
                        .when(always())
                        .build(),
                Rule.builder("eio.28.4", "EIO art. 28(4)").condition().perMeasure()
                        .statement("The right to act, to direct and to control operations related to the execution lies with the "
                                + "competent authorities of the executing State.")
                        .appliesWhen(measureOfType(MONITORING_OF_BANKING_TRANSACTIONS, CONTROLLED_DELIVERY))
                        .when(always())
                        .build(),
                Rule.builder("eio.29.2", "EIO art. 29(2)").formalRequirement().perMeasure()
                        .statement("An EIO for a covert investigation states why the measure is considered likely to be relevant.")
                        .appliesWhen(measureOfType(COVERT_INVESTIGATION))
                        .when(PARTICULARS)
                        .build(),
                Rule.builder("eio.29.3.a", "EIO art. 29(3)(a)").discretionaryRefusal(EuGrounds.NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE).perMeasure()
                        .statement("A covert investigation may also be refused where it would not be authorised in a similar domestic case.")
                        .appliesWhen(measureOfType(COVERT_INVESTIGATION))
                        .when(NOT_AUTHORISED)
                        .build(),
                Rule.builder("eio.29.3.b", "EIO art. 29(3)(b)").discretionaryRefusal(EuGrounds.NO_AGREEMENT_ON_ARRANGEMENTS).perMeasure()
                        .statement("A covert investigation may also be refused where it was not possible to reach an agreement on its arrangements.")
                        .appliesWhen(measureOfType(COVERT_INVESTIGATION))
                        .when(assessed(EIO_NO_AGREEMENT_ON_ARRANGEMENTS))
                        .build(),
                Rule.builder("eio.29.4", "EIO art. 29(4)").condition().perMeasure()
                        .statement("The covert investigation is conducted in accordance with the law and procedures of the Member State "
                                + "on whose territory it takes place, which alone acts, directs and controls it.")
                        .appliesWhen(measureOfType(COVERT_INVESTIGATION))
                        .when(always())
                        .build());
    }

    /**
     * Chapter V (arts. 30 and 31), interception of telecommunications.
     */
    private static List<Rule> interception() {
        return List.of(
                Rule.builder("eio.30.particulars", "EIO art. 30(3)").formalRequirement().perMeasure()
                        .statement("An EIO for the interception of telecommunications states (a) the information needed to identify the "
                                + "target, (b) the desired duration and (c) sufficient technical data, in particular the target "
                                + "identifier (Art 30(3)), and the reasons why the measure is considered relevant (Art 30(4)).")
                        .appliesWhen(measureOfType(INTERCEPTION_OF_TELECOMMUNICATIONS))
                        .when(PARTICULARS)
                        .build(),
                Rule.builder("eio.30.not-authorised", "EIO art. 30(5)").discretionaryRefusal(EuGrounds.NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE)
                        .perMeasure()
                        .statement("Besides the grounds of Art 11, execution of an EIO for the interception of telecommunications may be "
                                + "refused where it would not have been authorised in a similar domestic case; the executing State may "
                                + "also make its consent subject to any conditions that would be observed in a similar domestic case.")
                        .appliesWhen(measureOfType(INTERCEPTION_OF_TELECOMMUNICATIONS))
                        .when(NOT_AUTHORISED)
                        .build(),
                Rule.builder("eio.31.3", "EIO art. 31(3)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION,
                                TimeLimit.hours(96))).perMeasure()
                        .statement("A Member State notified of an interception carried out without its technical assistance may, where the "
                                + "interception would not be authorised in a similar domestic case, notify without delay and at the latest "
                                + "within 96 hours of receiving the notification that it may not be carried out or shall be terminated, "
                                + "and, where necessary, that material already intercepted may not be used or only under conditions it specifies.")
                        .appliesWhen(measureOfType(INTERCEPTION_OF_TELECOMMUNICATIONS))
                        .when(assessed(EIO_INTERCEPTION_NOTIFICATION))
                        .build());
    }

    /**
     * Chapter VI (art. 32), provisional measures.
     */
    private static List<Rule> provisionalMeasures() {
        return List.of(
                Rule.builder("eio.32.2", "EIO art. 32(2)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION,
                                TimeLimit.hours(24))).perMeasure()
                        .statement("The executing authority decides on and communicates a provisional measure as soon as possible and, "
                                + "wherever practicable, within 24 hours of receipt of the EIO.")
                        .appliesWhen(measureOfType(FREEZING))
                        .when(always())
                        .build(),
                Rule.builder("eio.32.4", "EIO art. 32(4)").formalRequirement().perMeasure()
                        .statement("An EIO for a provisional measure states whether the evidence is to be transferred to the issuing State "
                                + "or remain in the executing State (Art 32(3)) and, if it remains, the date for lifting the measure or the "
                                + "estimated date for submitting the request for transfer.")
                        .appliesWhen(measureOfType(FREEZING))
                        .when(PARTICULARS)
                        .build());
    }
}
