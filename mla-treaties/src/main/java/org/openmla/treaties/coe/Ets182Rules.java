package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.confidentialityRequested;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.core.rules.Conditions.urgent;
import static org.openmla.treaties.coe.CoeConditions.bound;
import static org.openmla.treaties.coe.Ets30Pack.ets182;
import static org.openmla.treaties.coe.Ets30Pack.noChannelDeclaration;
import static org.openmla.treaties.coe.CoeConditions.declaredByEither;
import static org.openmla.treaties.coe.CoeConditions.everyMeasureMayGoVia;
import static org.openmla.treaties.coe.CoeConditions.reservedUnderEts182;
import static org.openmla.treaties.coe.CoeConditions.personIsAccused;
import static org.openmla.treaties.coe.CoeConditions.sentVia;
import static org.openmla.treaties.coe.CoeConditions.transmissionRecorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.TimeLimit;

/**
 * The rules of the Second Additional Protocol (ETS 182) in the pack {@code ETS30}: transfer to the requested Party
 * (art. 13), the channels of art. 15 and presence of officials as the Protocol replaced or added them (arts. 4, 2),
 * postponement, confidentiality and data protection (arts. 7, 25, 26), hearings by video and telephone conference and
 * service (arts. 9, 10, 15), and the special tools of arts. 17 to 20 with their reservations (art. 33(2)). Every rule
 * applies only when both States are bound by ETS 182 ({@link CoeAssessments#BOUND_BY_ETS182}); provisions of the
 * Convention as amended are cited as articles of the Convention ({@code ETS30 art. 15(1)}) and say so.
 */
final class Ets182Rules {
    private Ets182Rules() {}

    private static final LocalDate ETS182_IN_FORCE = Ets30Pack.ETS182_IN_FORCE;

    /** @return ETS 182 art. 13: temporary transfer of a person held in the requesting Party to the requested Party */
    static List<Rule> transferToRequested() {
        Condition toRequested = allOf(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON),
                assessed(CoeAssessments.TRANSFER_FROM_REQUESTING_STATE));
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.builder("ets182.13.1", "ETS182 art. 13(1)").scope().perMeasure()
                .statement("The temporary transfer of a person held in custody in the requesting Party to the requested Party, for an "
                        + "investigation there, is available only between Parties to ETS 182.")
                .appliesWhen(toRequested).when(ets182()).effectiveFrom(ETS182_IN_FORCE).build());
        rules.add(Rule.builder("ets182.13.1.agreement", "ETS182 art. 13(1)").discretionaryRefusal(CoeGrounds.MEASURE_BY_AGREEMENT_ONLY)
                .perMeasure()
                .statement("A transfer to the requested Party takes place only where the competent authorities of both Parties agree; "
                        + "the agreement covers the arrangements and the date of return (art. 13(2)).")
                .appliesWhen(toRequested).when(always()).effectiveFrom(ETS182_IN_FORCE).build());
        rules.add(Rule.builder("ets182.13.7", "ETS182 art. 13(7)").precondition().perMeasure()
                .statement("A State declared under art. 13(7) that the consent of the person concerned is required before a transfer to "
                        + "the requested Party is agreed.")
                .appliesWhen(allOf(toRequested, declaredByEither(CoeDeclarations.ETS182_ART13_7)))
                .when(assessed(StandardAssessments.DETAINED_PERSON_CONSENT)).effectiveFrom(ETS182_IN_FORCE).build());
        return rules;
    }

    /** Channels of art. 15(1)-(4) as replaced by ETS 182 art. 4, without Interpol (art. 15(7)). */
    private static java.util.function.Function<Measure, Set<TransmissionChannel>> amendedChannels(Facts f) {
        return m -> Ets30Pack.TRANSFERS.contains(m.type()) ? Ets30Pack.MINISTRY : Ets30Pack.MINISTRY_OR_DIRECT;
    }

    /** @return the channels of art. 15 and presence of officials (art. 4) as ETS 182 replaced or added them */
    static List<Rule> channelsAndPresence() {
        Condition noChannelDeclaration = noChannelDeclaration();
        return List.of(
                Rule.builder("ets182.4.15", "ETS30 art. 15(1)").formalRequirement()
                        .statement("Between Parties to ETS 182 (art. 4, replacing art. 15 of the Convention): requests go from Ministry of "
                                + "Justice to Ministry of Justice or directly between judicial authorities (art. 15(1)); applications for "
                                + "the transfer of persons in custody always go between Ministries of Justice (art. 15(2)); requests in "
                                + "administrative proceedings and for controlled deliveries or covert investigations may go directly "
                                + "between competent authorities (art. 15(3)-(4)).")
                        .appliesWhen(allOf(transmissionRecorded(), not(sentVia(TransmissionChannel.INTERPOL)), ets182(), noChannelDeclaration))
                        .when(everyMeasureMayGoVia("every measure may go through the channel used (art. 15 as replaced by ETS 182)",
                                Ets182Rules::amendedChannels))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.4.15.7", "ETS30 art. 15(7)").formalRequirement()
                        .statement("Between Parties to ETS 182, in urgent cases where direct transmission is permitted, requests may go "
                                + "through Interpol; applications for transfers of persons in custody may not.")
                        .appliesWhen(allOf(sentVia(TransmissionChannel.INTERPOL), ets182(), noChannelDeclaration))
                        .when(allOf(urgent(), not(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON))))
                        .effectiveFrom(ETS182_IN_FORCE)
                        .build(),
                Rule.builder("ets182.4.15.8", "ETS30 art. 15(8)").formalRequirement()
                        .statement("The requested Party declared under art. 15(8), as replaced by ETS 182 art. 4, that requests or copies "
                                + "shall go to a designated authority or through other channels.")
                        .appliesWhen(allOf(transmissionRecorded(), requestedStateDeclared(CoeDeclarations.ETS30_ART15_8)))
                        .when(assessed(CoeAssessments.SENT_THROUGH_DECLARED_CHANNEL))
                        .effectiveFrom(ETS182_IN_FORCE)
                        .build(),
                Rule.builder("ets182.2", "ETS30 art. 4(2)").condition()
                        .statement("Between Parties to ETS 182 (art. 2, adding art. 4(2) to the Convention): the requesting Party asked that "
                                + "its officials or interested persons be present at the execution of letters rogatory; such a request "
                                + "should not be refused where that presence is likely to make execution more responsive to the requesting "
                                + "Party's needs and so avoid supplementary requests. On express request the requested Party states the date "
                                + "and place of execution (art. 4(1)).")
                        .appliesWhen(allOf(ets182(), chosen(CoeAssessments.PRESENCE_OF_OFFICIALS_REQUESTED)))
                        .when(assessed(CoeAssessments.PRESENCE_MAKES_EXECUTION_MORE_RESPONSIVE))
                        .effectiveFrom(ETS182_IN_FORCE)
                        .build());
    }

    // ---- ETS 182: postponement, confidentiality, data protection ----

    static List<Rule> secondProtocolGeneral() {
        return List.of(
                Rule.builder("ets182.7.1", "ETS182 art. 7(1)").postponement()
                        .statement("The requested Party may postpone action on a request if such action would prejudice investigations, "
                                + "prosecutions or related proceedings by its authorities.")
                        .appliesWhen(ets182()).when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.7.2", "ETS182 art. 7(2)").consultation()
                        .statement("Before refusing or postponing assistance, the requested Party shall, where appropriate after having "
                                + "consulted the requesting Party, consider whether the request may be granted partially or subject to "
                                + "conditions.")
                        .appliesWhen(ets182()).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.7.3", "ETS182 art. 7(3)").consultation()
                        .statement("If the request is postponed, reasons shall be given for the postponement; the requested Party shall also "
                                + "inform the requesting Party of any reasons that render execution impossible or are likely to delay it "
                                + "significantly.")
                        .appliesWhen(ets182()).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.25", "ETS182 art. 25").condition()
                        .statement("The requesting Party requires confidentiality: the requested Party keeps the fact and substance of the "
                                + "request confidential except to the extent necessary to execute it, and promptly informs the requesting "
                                + "Party if it cannot comply.")
                        .appliesWhen(ets182()).when(confidentialityRequested()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.26.1", "ETS182 art. 26(1)").condition()
                        .statement("Personal data transferred may be used only for proceedings to which the Convention or its Protocols "
                                + "apply, for other judicial and administrative proceedings directly related to them, or for preventing an "
                                + "immediate and serious threat to public security; any other use needs the prior consent of the "
                                + "transferring Party or of the data subject (art. 26(2)).")
                        .appliesWhen(ets182()).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.26.3", "ETS182 art. 26(3)").discretionaryRefusal(CoeGrounds.PERSONAL_DATA_PROTECTION)
                        .statement("The requested Party may refuse to transfer personal data protected under its law to a Party not bound by "
                                + "the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data "
                                + "(ETS 108), unless that Party undertakes to afford the protection required.")
                        .appliesWhen(ets182()).when(assessed(CoeAssessments.PERSONAL_DATA_PROTECTION_NOT_ENSURED))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.26.5", "ETS182 art. 26(5)").condition()
                        .statement("The requested Party declared under art. 26(5) that personal data it transmits may not be used even for "
                                + "the purposes of art. 26(1) without its prior consent, in procedures where it could have refused or "
                                + "limited their transmission or use.")
                        .appliesWhen(allOf(ets182(), requestedStateDeclared(CoeDeclarations.ETS182_ART26_5)))
                        .when(always()).effectiveFrom(ETS182_IN_FORCE).build());
    }

    // ---- ETS 182: hearings by video and telephone conference, service ----

    static List<Rule> secondProtocolHearings() {
        Condition video = measureOfType(MeasureType.VIDEOCONFERENCE_HEARING);
        Condition phone = measureOfType(MeasureType.TELEPHONE_HEARING);
        Condition videoOfAccused = allOf(video, personIsAccused());
        return List.of(
                Rule.builder("ets182.9.1", "ETS182 art. 9(1)").scope().perMeasure()
                        .statement("Hearing by video conference is available only between Parties to ETS 182.")
                        .appliesWhen(video).when(ets182()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.9.2", "ETS182 art. 9(2)").precondition().perMeasure()
                        .statement("The requested Party shall agree to the hearing of a witness or expert by video conference provided that "
                                + "it is not contrary to fundamental principles of its law and that it has the technical means, which the "
                                + "requesting Party may make available by mutual agreement.")
                        .appliesWhen(allOf(video, not(personIsAccused())))
                        .when(allOf(not(assessed(CoeAssessments.CONTRARY_TO_FUNDAMENTAL_PRINCIPLES)),
                                assessed(CoeAssessments.TECHNICAL_MEANS_AVAILABLE)))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.9.3", "ETS182 art. 9(3)").formalRequirement().perMeasure()
                        .statement("A request for a hearing by video conference shall state, in addition to the information of ETS 30 "
                                + "art. 14, why it is not desirable or possible for the person to attend in person, and the name of the "
                                + "judicial authority and of the persons who will conduct the hearing.")
                        .appliesWhen(video).when(assessed(CoeAssessments.VIDEOCONFERENCE_PARTICULARS_STATED))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.9.8", "ETS182 art. 9(8)").discretionaryRefusal(CoeGrounds.MEASURE_BY_AGREEMENT_ONLY).perMeasure()
                        .statement("Hearings by video conference of an accused person or suspect are at the Parties' discretion: the "
                                + "decision to hold one and the manner of holding it are subject to agreement between them.")
                        .appliesWhen(videoOfAccused).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.9.8.consent", "ETS182 art. 9(8)").precondition().perMeasure()
                        .statement("A hearing by video conference of an accused person or suspect shall only be carried out with his or her "
                                + "consent.")
                        .appliesWhen(videoOfAccused).when(assessed(CoeAssessments.ACCUSED_CONSENTS_TO_VIDEOCONFERENCE))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.9.9", "ETS182 art. 9(9)").precondition().perMeasure()
                        .statement("A State that declared under art. 9(9) does not avail itself of hearings by video conference of accused "
                                + "persons or suspects; such a hearing is not available with it, as requested or as requesting State.")
                        .appliesWhen(videoOfAccused).when(not(declaredByEither(CoeDeclarations.ETS182_ART9_9)))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.10.1", "ETS182 art. 10(1)").scope().perMeasure()
                        .statement("Hearing by telephone conference is available only between Parties to ETS 182.")
                        .appliesWhen(phone).when(ets182()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.10.1.witness", "ETS182 art. 10(1)").precondition().perMeasure()
                        .statement("Hearing by telephone conference is provided for witnesses and experts only, not for accused persons or "
                                + "suspects.")
                        .appliesWhen(phone).when(not(personIsAccused())).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.10.2", "ETS182 art. 10(2)").precondition().perMeasure()
                        .statement("A hearing may be conducted by telephone conference only if the witness or expert agrees.")
                        .appliesWhen(phone).when(assessed(CoeAssessments.WITNESS_AGREES_TO_TELEPHONE_HEARING))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.10.3", "ETS182 art. 10(3)").precondition().perMeasure()
                        .statement("The requested Party shall agree to the hearing by telephone conference where this is not contrary to "
                                + "fundamental principles of its law.")
                        .appliesWhen(phone).when(not(assessed(CoeAssessments.CONTRARY_TO_FUNDAMENTAL_PRINCIPLES)))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.10.4", "ETS182 art. 10(4)").formalRequirement().perMeasure()
                        .statement("A request for a hearing by telephone conference shall contain, in addition to the information of ETS 30 "
                                + "art. 14, the name of the judicial authority and of the persons who will conduct the hearing and an "
                                + "indication that the witness or expert is willing to take part.")
                        .appliesWhen(phone).when(assessed(CoeAssessments.TELEPHONE_PARTICULARS_STATED))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.15.4", "ETS182 art. 15(4)").formalRequirement().perMeasure()
                        .statement("Between Parties to ETS 182, procedural documents and judicial decisions to be served shall be "
                                + "accompanied by a short summary of their contents translated into the language, or one of the languages, "
                                + "of the requested Party.")
                        .appliesWhen(allOf(measureOfType(MeasureType.SERVICE_OF_DOCUMENTS), ets182()))
                        .when(assessed(CoeAssessments.SERVICE_SUMMARY_TRANSLATED)).effectiveFrom(ETS182_IN_FORCE).build());
    }

    // ---- ETS 182 arts. 17 to 20 ----

    static List<Rule> secondProtocolSpecialTools() {
        Condition observation = measureOfType(MeasureType.CROSS_BORDER_OBSERVATION);
        Condition urgentObservation = allOf(observation, assessed(CoeAssessments.OBSERVATION_WITHOUT_PRIOR_AUTHORISATION));
        Condition delivery = measureOfType(MeasureType.CONTROLLED_DELIVERY);
        Condition covert = measureOfType(MeasureType.COVERT_INVESTIGATION);
        Condition jit = measureOfType(MeasureType.JOINT_INVESTIGATION_TEAM);
        String available = " is available only between Parties to ETS 182.";
        List<Rule> rules = new ArrayList<>();
        record Reservable(String article, Condition measure, String reservation, String tool) {}
        for (Reservable r : List.of(new Reservable("17", observation, CoeDeclarations.ETS182_ART33_2_ART17, "cross-border observation"),
                new Reservable("18", delivery, CoeDeclarations.ETS182_ART33_2_ART18, "controlled delivery"),
                new Reservable("19", covert, CoeDeclarations.ETS182_ART33_2_ART19, "covert investigation"),
                new Reservable("20", jit, CoeDeclarations.ETS182_ART33_2_ART20, "a joint investigation team"))) {
            rules.add(Rule.exception("ets182.33.2.art" + r.article(), "ETS182 art. 33(2)").perMeasure()
                    .statement("A State that reserved art. " + r.article() + " under art. 33(2) does not accept it, wholly or in the part "
                            + "it excluded, and may not claim its application by another Party (art. 33(4)): " + r.tool()
                            + " under the Protocol is not available between the two States.")
                    .to("ets182." + r.article() + ".1", ExceptionEffect.FORCE_FALSE)
                    .appliesWhen(r.measure()).when(reservedUnderEts182(r.reservation())).effectiveFrom(ETS182_IN_FORCE).build());
        }
        rules.addAll(List.of(
                Rule.builder("ets182.17.1", "ETS182 art. 17(1)").scope().perMeasure()
                        .statement("Cross-border observation" + available)
                        .appliesWhen(observation).when(ets182())
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.17.1.authorisation", "ETS182 art. 17(1)").discretionaryRefusal(CoeGrounds.MEASURE_BY_AGREEMENT_ONLY)
                        .perMeasure()
                        .statement("Officers may continue an observation in the requested Party's territory only where it has authorised "
                                + "the cross-border observation in response to a request; it may attach conditions to the authorisation.")
                        .appliesWhen(observation).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.17.1.offence", "ETS182 art. 17(1)").precondition().perMeasure()
                        .statement("Cross-border observation concerns a person presumed to have taken part in a criminal offence to which "
                                + "extradition may apply, or a person strongly believed to lead to that person.")
                        .appliesWhen(observation).when(assessed(CoeAssessments.EXTRADITABLE_OFFENCE)).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.17.6", "ETS182 art. 17(6)").precondition().perMeasure()
                        .statement("An observation continued across the border without prior authorisation, for particularly urgent "
                                + "reasons (art. 17(2)), may take place only for the offences listed in art. 17(6).")
                        .appliesWhen(urgentObservation).when(assessed(CoeAssessments.OBSERVATION_LISTED_OFFENCE))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.17.2", "ETS182 art. 17(2)")
                        .deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION, TimeLimit.hours(5)))
                        .perMeasure()
                        .statement("An observation continued without prior authorisation shall cease where authorisation has not been "
                                + "obtained within five hours of the border being crossed; the crossing is notified immediately "
                                + "(art. 17(2)(a)), and the deadline is counted from receipt of that notification.")
                        .appliesWhen(urgentObservation).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.17.3", "ETS182 art. 17(3)").condition().perMeasure()
                        .statement("The observing officers comply with art. 17 and the law of the Party where they operate and obey its "
                                + "local authorities; they carry proof of authorisation and of official capacity; entry into private homes "
                                + "and places not accessible to the public is prohibited; they may neither stop and question nor arrest the "
                                + "person observed; every operation is reported.")
                        .appliesWhen(observation).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.18.1", "ETS182 art. 18(1)").scope().perMeasure()
                        .statement("Controlled delivery" + available)
                        .appliesWhen(delivery).when(ets182())
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.18.1.offence", "ETS182 art. 18(1)").precondition().perMeasure()
                        .statement("Controlled deliveries are permitted in the framework of criminal investigations into extraditable "
                                + "offences.")
                        .appliesWhen(delivery).when(assessed(CoeAssessments.EXTRADITABLE_OFFENCE)).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.18.2", "ETS182 art. 18(2)").discretionaryRefusal(CoeGrounds.MEASURE_BY_AGREEMENT_ONLY).perMeasure()
                        .statement("The decision to carry out a controlled delivery is taken in each individual case by the competent "
                                + "authorities of the requested Party, with due regard to its national law.")
                        .appliesWhen(delivery).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.18.3", "ETS182 art. 18(3)").condition().perMeasure()
                        .statement("Controlled deliveries take place in accordance with the procedures of the requested Party, whose "
                                + "competent authorities act, direct and control the operation.")
                        .appliesWhen(delivery).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.19.1", "ETS182 art. 19(1)").scope().perMeasure()
                        .statement("Covert investigation" + available)
                        .appliesWhen(covert).when(ets182())
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.19.2", "ETS182 art. 19(2)").discretionaryRefusal(CoeGrounds.MEASURE_BY_AGREEMENT_ONLY).perMeasure()
                        .statement("The Parties may agree to assist one another in covert investigations; the decision is taken in each "
                                + "case by the competent authorities of the requested Party, and duration, conditions and the officers' "
                                + "legal status are agreed.")
                        .appliesWhen(covert).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.19.3", "ETS182 art. 19(3)").condition().perMeasure()
                        .statement("Covert investigations take place in accordance with the national law and procedures of the Party on "
                                + "whose territory they take place.")
                        .appliesWhen(covert).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.20.1", "ETS182 art. 20(1)").scope().perMeasure()
                        .statement("A joint investigation team" + available)
                        .appliesWhen(jit).when(ets182())
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.20.1.agreement", "ETS182 art. 20(1)").discretionaryRefusal(CoeGrounds.MEASURE_BY_AGREEMENT_ONLY)
                        .perMeasure()
                        .statement("A joint investigation team is set up by mutual agreement of the competent authorities, for a specific "
                                + "purpose and a limited period.")
                        .appliesWhen(jit).when(always()).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.20.2", "ETS182 art. 20(2)").formalRequirement().perMeasure()
                        .statement("A request for the setting up of a joint investigation team shall include, in addition to the "
                                + "information of ETS 30 art. 14, proposals for the composition of the team.")
                        .appliesWhen(jit).when(assessed(CoeAssessments.JIT_COMPOSITION_PROPOSED)).effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets182.20.10", "ETS182 art. 20(10)").condition().perMeasure()
                        .statement("Information obtained in the team and not otherwise available may be used only for the purposes of the "
                                + "team; for other offences with the prior consent of the Party where it became available (withheld only "
                                + "where use would endanger its investigations or it could refuse assistance); to prevent an immediate and "
                                + "serious threat to public security; or as otherwise agreed.")
                        .appliesWhen(jit).when(always()).effectiveFrom(ETS182_IN_FORCE).build()));
        return rules;
    }
}
