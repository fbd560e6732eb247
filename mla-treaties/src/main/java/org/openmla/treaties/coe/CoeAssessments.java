package org.openmla.treaties.coe;

import java.util.List;
import org.openmla.core.rules.AssessmentKey;

/**
 * The assessments the Council of Europe packs ask for, beyond {@link org.openmla.core.rules.StandardAssessments}.
 * Each is asked from the point of view of the requested State; {@code true} means the situation described exists.
 *
 * <p>The {@code BOUND_BY_*} keys say whether both States are bound by an instrument in their mutual relations on the
 * law date. They come from party data (the legal-basis resolver answers them with {@code assessedBy = "resolver"});
 * until answered, the rules that depend on them stay open, never assumed.
 */
public final class CoeAssessments {
    private CoeAssessments() {}

    // ---- which instruments bind both States ----

    public static final AssessmentKey BOUND_BY_ETS99 = AssessmentKey.of("BOUND_BY_ETS99",
            "Are both States bound by the First Additional Protocol to the European Convention on Mutual Assistance (ETS 99) "
                    + "in their mutual relations on the law date?");
    public static final AssessmentKey BOUND_BY_ETS182 = AssessmentKey.of("BOUND_BY_ETS182",
            "Are both States bound by the Second Additional Protocol to the European Convention on Mutual Assistance (ETS 182) "
                    + "in their mutual relations on the law date?");
    public static final AssessmentKey BOUND_BY_ETS90 = AssessmentKey.of("BOUND_BY_ETS90",
            "Are both States bound by the European Convention on the Suppression of Terrorism (ETS 90) on the law date?");
    public static final AssessmentKey BOUND_BY_ICSFT = AssessmentKey.of("BOUND_BY_ICSFT",
            "Are both States bound by the International Convention for the Suppression of the Financing of Terrorism (1999) "
                    + "on the law date?");
    public static final AssessmentKey BOUND_BY_ETS185 = AssessmentKey.of("BOUND_BY_ETS185",
            "Are both States bound by the Convention on Cybercrime (ETS 185) on the law date?");
    public static final AssessmentKey BOUND_BY_CETS224 = AssessmentKey.of("BOUND_BY_CETS224",
            "Is the Second Additional Protocol to the Convention on Cybercrime (CETS 224) in force, and are both States bound by it, "
                    + "on the law date?");

    // ---- ETS 30: scope and letters rogatory ----

    public static final AssessmentKey ADMINISTRATIVE_PROCEEDINGS = AssessmentKey.of("ADMINISTRATIVE_PROCEEDINGS",
            "Are the proceedings brought by administrative authorities for acts punishable as infringements of the rules of law, "
                    + "rather than by judicial authorities for criminal offences?");
    public static final AssessmentKey ADMINISTRATIVE_DECISION_MAY_REACH_CRIMINAL_COURT = AssessmentKey.of(
            "ADMINISTRATIVE_DECISION_MAY_REACH_CRIMINAL_COURT",
            "May the administrative authority's decision give rise to proceedings before a court having jurisdiction in particular "
                    + "in criminal matters?");
    public static final AssessmentKey ENFORCES_VERDICT = AssessmentKey.of("ENFORCES_VERDICT",
            "Does the measure ask the requested State to enforce a verdict, such as a sentence or a confiscation order?");
    public static final AssessmentKey ISSUER_DECLARED_JUDICIAL_AUTHORITY = AssessmentKey.of("ISSUER_DECLARED_JUDICIAL_AUTHORITY",
            "Is the issuing authority one that the requesting State deems a judicial authority by its declaration under "
                    + "ETS 30 art. 24?");
    public static final AssessmentKey IDENTITY_NOT_ASCERTAINABLE = AssessmentKey.of("IDENTITY_NOT_ASCERTAINABLE",
            "Is it impossible for the requesting authority to state the identity and nationality of the person concerned?");
    public static final AssessmentKey PERSON_IS_ACCUSED = AssessmentKey.of("PERSON_IS_ACCUSED",
            "Is the person the measure concerns (to be summoned, served or heard) an accused person or a suspect, rather than a "
                    + "witness or an expert?");
    public static final AssessmentKey EXTRADITABLE_OFFENCE = AssessmentKey.of("EXTRADITABLE_OFFENCE",
            "Is the offence an extraditable offence in the requested State?");
    public static final AssessmentKey CONSISTENT_WITH_REQUESTED_LAW = AssessmentKey.of("CONSISTENT_WITH_REQUESTED_LAW",
            "Is execution of the letters rogatory consistent with the law of the requested State?");
    public static final AssessmentKey PROPERTY_NEEDED_FOR_DOMESTIC_PROCEEDINGS = AssessmentKey.of("PROPERTY_NEEDED_FOR_DOMESTIC_PROCEEDINGS",
            "Does the requested State need the property, records or documents requested in connection with pending criminal "
                    + "proceedings?");
    public static final AssessmentKey SUMMONS_LEAD_TIME_RESPECTED = AssessmentKey.of("SUMMONS_LEAD_TIME_RESPECTED",
            "Was the summons transmitted to the requested State at least the time it declared under ETS 30 art. 7(3) before the "
                    + "date set for appearance?");
    public static final AssessmentKey SENT_THROUGH_DECLARED_CHANNEL = AssessmentKey.of("SENT_THROUGH_DECLARED_CHANNEL",
            "Was the request sent through the channel the requested State designated by its declaration on channels of "
                    + "communication?");
    public static final AssessmentKey TRANSLATION_PROVIDED = AssessmentKey.of("TRANSLATION_PROVIDED",
            "Are the request and annexed documents accompanied by a translation into a language the requested State requires?");
    public static final AssessmentKey LANGUAGE_RECIPROCITY_INVOKED = AssessmentKey.of("LANGUAGE_RECIPROCITY_INVOKED",
            "Does the requested State apply reciprocity and require a translation from a requesting State that itself requires "
                    + "translations (ETS 30 art. 16(2))?");

    // ---- ETS 30 and ETS 99: fiscal offences ----

    public static final AssessmentKey FISCAL_OFFENCE_OF_SAME_NATURE = AssessmentKey.of("FISCAL_OFFENCE_OF_SAME_NATURE",
            "Is the fiscal offence punishable under the law of the requesting State and does it correspond to an offence of the "
                    + "same nature under the law of the requested State?");
    public static final AssessmentKey ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE = AssessmentKey.of("ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE",
            "Where a State accepted Chapter I of ETS 99 only for certain offences or categories of offences, is the offence within "
                    + "what both States accepted?");

    // ---- ETS 30 art. 11 and ETS 182 art. 13: temporary transfer ----

    public static final AssessmentKey TRANSFER_FROM_REQUESTING_STATE = AssessmentKey.of("TRANSFER_FROM_REQUESTING_STATE",
            "Does the request concern the temporary transfer of a person held in custody in the requesting State to the requested "
                    + "State (ETS 182 art. 13), rather than of a person held in the requested State (ETS 30 art. 11)?");
    public static final AssessmentKey PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS = AssessmentKey.of("PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS",
            "Is the presence of the person in custody necessary at criminal proceedings pending in the territory of the requested "
                    + "State?");
    public static final AssessmentKey TRANSFER_PROLONGS_DETENTION = AssessmentKey.of("TRANSFER_PROLONGS_DETENTION",
            "Is the transfer liable to prolong the detention of the person in custody?");
    public static final AssessmentKey OVERRIDING_GROUNDS_AGAINST_TRANSFER = AssessmentKey.of("OVERRIDING_GROUNDS_AGAINST_TRANSFER",
            "Are there other overriding grounds for not transferring the person in custody?");

    // ---- ETS 182 tools ----

    public static final AssessmentKey CONTRARY_TO_FUNDAMENTAL_PRINCIPLES = AssessmentKey.of("CONTRARY_TO_FUNDAMENTAL_PRINCIPLES",
            "Would the hearing sought be contrary to the fundamental principles of the law of the requested State?");
    public static final AssessmentKey TECHNICAL_MEANS_AVAILABLE = AssessmentKey.of("TECHNICAL_MEANS_AVAILABLE",
            "Does the requested State have the technical means for the video conference, or has the requesting State made them "
                    + "available by agreement?");
    public static final AssessmentKey VIDEOCONFERENCE_PARTICULARS_STATED = AssessmentKey.of("VIDEOCONFERENCE_PARTICULARS_STATED",
            "Does the request state why it is not desirable or possible for the person to attend in person, and name the judicial "
                    + "authority and the persons who will conduct the hearing?");
    public static final AssessmentKey ACCUSED_CONSENTS_TO_VIDEOCONFERENCE = AssessmentKey.of("ACCUSED_CONSENTS_TO_VIDEOCONFERENCE",
            "Has the accused person or suspect consented to the hearing by video conference?");
    public static final AssessmentKey WITNESS_AGREES_TO_TELEPHONE_HEARING = AssessmentKey.of("WITNESS_AGREES_TO_TELEPHONE_HEARING",
            "Has the witness or expert agreed that the hearing take place by telephone conference?");
    public static final AssessmentKey TELEPHONE_PARTICULARS_STATED = AssessmentKey.of("TELEPHONE_PARTICULARS_STATED",
            "Does the request name the judicial authority and the persons who will conduct the hearing, and indicate that the "
                    + "witness or expert is willing to take part in a hearing by telephone conference?");
    public static final AssessmentKey SERVICE_SUMMARY_TRANSLATED = AssessmentKey.of("SERVICE_SUMMARY_TRANSLATED",
            "Are the procedural documents or judicial decisions to be served accompanied by a short summary of their contents "
                    + "translated into the language, or one of the languages, of the requested State?");
    public static final AssessmentKey OBSERVATION_WITHOUT_PRIOR_AUTHORISATION = AssessmentKey.of("OBSERVATION_WITHOUT_PRIOR_AUTHORISATION",
            "Has the observation continued across the border without prior authorisation, for particularly urgent reasons?");
    public static final AssessmentKey OBSERVATION_LISTED_OFFENCE = AssessmentKey.of("OBSERVATION_LISTED_OFFENCE",
            "Is the offence one listed in ETS 182 art. 17(6): assassination; murder; rape; arson; counterfeiting; armed robbery and "
                    + "receiving of stolen goods; extortion; kidnapping and hostage taking; traffic in human beings; illicit traffic in "
                    + "narcotic drugs and psychotropic substances; breach of the laws on arms and explosives; use of explosives; illicit "
                    + "carriage of toxic and dangerous waste; smuggling of aliens; sexual abuse of children?");
    public static final AssessmentKey JIT_COMPOSITION_PROPOSED = AssessmentKey.of("JIT_COMPOSITION_PROPOSED",
            "Does the request for a joint investigation team include proposals for the composition of the team?");
    public static final AssessmentKey RESERVED_ARTICLE_PART_ACCEPTED = AssessmentKey.of("RESERVED_ARTICLE_PART_ACCEPTED",
            "Where a State accepted the article of ETS 182 providing this measure only in part, is the measure within what both "
                    + "States accepted?");
    public static final AssessmentKey PERSONAL_DATA_PROTECTION_NOT_ENSURED = AssessmentKey.of("PERSONAL_DATA_PROTECTION_NOT_ENSURED",
            "Would personal data protected under the requested State's law go to a State not bound by the Convention for the "
                    + "Protection of Individuals with regard to Automatic Processing of Personal Data (ETS 108) that has not undertaken "
                    + "to afford the protection the requested State requires?");

    // ---- terrorism conventions ----

    public static final AssessmentKey ETS90_OFFENCE = AssessmentKey.of("ETS90_OFFENCE",
            "Is the offence one referred to in Article 1 or 2 of the European Convention on the Suppression of Terrorism (ETS 90)?");
    public static final AssessmentKey ETS90_DISCRIMINATORY_PURPOSE = AssessmentKey.of("ETS90_DISCRIMINATORY_PURPOSE",
            "Are there substantial grounds for believing that the request is made to prosecute or punish a person on account of "
                    + "race, religion, nationality or political opinion, or that the person's position may be prejudiced for any of "
                    + "these reasons?");
    public static final AssessmentKey ICSFT_OFFENCE = AssessmentKey.of("ICSFT_OFFENCE",
            "Is the offence one set forth in Article 2 of the International Convention for the Suppression of the Financing of "
                    + "Terrorism (1999)?");
    public static final AssessmentKey ICSFT_DISCRIMINATORY_PURPOSE = AssessmentKey.of("ICSFT_DISCRIMINATORY_PURPOSE",
            "Are there substantial grounds for believing that the request is made to prosecute or punish a person on account of "
                    + "race, religion, nationality, ethnic origin or political opinion, or that the person's position may be "
                    + "prejudiced for any of these reasons?");

    // ---- Budapest Convention (ETS 185) ----

    public static final AssessmentKey CYBERCRIME_OR_ELECTRONIC_EVIDENCE = AssessmentKey.of("CYBERCRIME_OR_ELECTRONIC_EVIDENCE",
            "Does the request concern a criminal offence related to computer systems and data, or the collection of evidence in "
                    + "electronic form of a criminal offence?");
    public static final AssessmentKey BUDAPEST_OFFENCE = AssessmentKey.of("BUDAPEST_OFFENCE",
            "Is the offence one established in accordance with Articles 2 to 11 of the Convention on Cybercrime (ETS 185)?");
    public static final AssessmentKey REQUESTED_LAW_REQUIRES_DUAL_CRIMINALITY = AssessmentKey.of("REQUESTED_LAW_REQUIRES_DUAL_CRIMINALITY",
            "Does the law of the requested State require dual criminality as a condition for this assistance?");
    public static final AssessmentKey REFUSAL_GROUND_UNDER_REQUESTED_LAW = AssessmentKey.of("REFUSAL_GROUND_UNDER_REQUESTED_LAW",
            "Does the law of the requested State provide a ground on which it may refuse this assistance?");
    public static final AssessmentKey CUSTODIAN_INFORMATION_UNAVAILABLE = AssessmentKey.of("CUSTODIAN_INFORMATION_UNAVAILABLE",
            "Does the requesting State have no information identifying the custodian of the stored computer data or the location "
                    + "of the computer system?");
    public static final AssessmentKey PRESERVATION_FOLLOW_UP_STATED = AssessmentKey.of("PRESERVATION_FOLLOW_UP_STATED",
            "Does the preservation request state that the requesting State intends to submit a request for the search or similar "
                    + "access, seizure or similar securing, or disclosure of the data?");
    public static final AssessmentKey PRESERVATION_INSUFFICIENT_OR_PREJUDICIAL = AssessmentKey.of("PRESERVATION_INSUFFICIENT_OR_PREJUDICIAL",
            "Does the requested State believe that preservation will not ensure the future availability of the data, or will "
                    + "threaten the confidentiality of or otherwise prejudice the requesting State's investigation?");
    public static final AssessmentKey TRAFFIC_DATA_PRESERVED_UNDER_ART29 = AssessmentKey.of("TRAFFIC_DATA_PRESERVED_UNDER_ART29",
            "Did the need for disclosure arise while executing a request under ETS 185 art. 29 to preserve traffic data concerning a "
                    + "specific communication, which a service provider in another State was involved in transmitting?");

    /** @return every key, in declaration order */
    /** ETS 185 art. 28(2)(a): an option of the requested Party (absent means not taken; read with {@code Conditions.chosen}). */
    public static final AssessmentKey SUPPLY_CONDITIONAL_ON_CONFIDENTIALITY = AssessmentKey.of("SUPPLY_CONDITIONAL_ON_CONFIDENTIALITY",
            "Does the requested Party make the supply of information or material conditional on its being kept confidential, because the "
                    + "request could not be complied with without that condition (ETS 185 art. 28(2)(a))?");
    /** ETS 185 art. 28(2)(b): an option of the requested Party (absent means not taken; read with {@code Conditions.chosen}). */
    public static final AssessmentKey SUPPLY_CONDITIONAL_ON_USE_LIMITATION = AssessmentKey.of("SUPPLY_CONDITIONAL_ON_USE_LIMITATION",
            "Does the requested Party make the supply of information or material conditional on its not being used for investigations or "
                    + "proceedings other than those stated in the request (ETS 185 art. 28(2)(b))?");

    /** ETS 30 art. 4(2) as added by ETS 182 art. 2: the requesting Party's request (absent means not made; read with {@code Conditions.chosen}). */
    public static final AssessmentKey PRESENCE_OF_OFFICIALS_REQUESTED = AssessmentKey.of("PRESENCE_OF_OFFICIALS_REQUESTED",
            "Does the request ask that officials of the requesting Party or interested persons be present at its execution (ETS 30 art. 4)?");
    /** ETS 30 art. 4(2) as added by ETS 182 art. 2. */
    public static final AssessmentKey PRESENCE_MAKES_EXECUTION_MORE_RESPONSIVE = AssessmentKey.of("PRESENCE_MAKES_EXECUTION_MORE_RESPONSIVE",
            "Is the presence of the requesting Party's officials or interested persons likely to make execution more responsive to its "
                    + "needs and so avoid supplementary requests (ETS 30 art. 4(2))?");

    public static List<AssessmentKey> all() {
        return List.of(BOUND_BY_ETS99, BOUND_BY_ETS182, BOUND_BY_ETS90, BOUND_BY_ICSFT, BOUND_BY_ETS185, BOUND_BY_CETS224,
                ADMINISTRATIVE_PROCEEDINGS, ADMINISTRATIVE_DECISION_MAY_REACH_CRIMINAL_COURT, ENFORCES_VERDICT,
                ISSUER_DECLARED_JUDICIAL_AUTHORITY, IDENTITY_NOT_ASCERTAINABLE, PERSON_IS_ACCUSED, EXTRADITABLE_OFFENCE,
                CONSISTENT_WITH_REQUESTED_LAW, PROPERTY_NEEDED_FOR_DOMESTIC_PROCEEDINGS, SUMMONS_LEAD_TIME_RESPECTED,
                SENT_THROUGH_DECLARED_CHANNEL, TRANSLATION_PROVIDED, LANGUAGE_RECIPROCITY_INVOKED, FISCAL_OFFENCE_OF_SAME_NATURE,
                ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE, TRANSFER_FROM_REQUESTING_STATE, PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS,
                TRANSFER_PROLONGS_DETENTION, OVERRIDING_GROUNDS_AGAINST_TRANSFER, CONTRARY_TO_FUNDAMENTAL_PRINCIPLES,
                TECHNICAL_MEANS_AVAILABLE, VIDEOCONFERENCE_PARTICULARS_STATED, ACCUSED_CONSENTS_TO_VIDEOCONFERENCE,
                WITNESS_AGREES_TO_TELEPHONE_HEARING, TELEPHONE_PARTICULARS_STATED, SERVICE_SUMMARY_TRANSLATED,
                OBSERVATION_WITHOUT_PRIOR_AUTHORISATION, OBSERVATION_LISTED_OFFENCE, JIT_COMPOSITION_PROPOSED,
                RESERVED_ARTICLE_PART_ACCEPTED, PERSONAL_DATA_PROTECTION_NOT_ENSURED, ETS90_OFFENCE, ETS90_DISCRIMINATORY_PURPOSE,
                ICSFT_OFFENCE, ICSFT_DISCRIMINATORY_PURPOSE, CYBERCRIME_OR_ELECTRONIC_EVIDENCE, BUDAPEST_OFFENCE,
                SUPPLY_CONDITIONAL_ON_CONFIDENTIALITY, SUPPLY_CONDITIONAL_ON_USE_LIMITATION, PRESENCE_OF_OFFICIALS_REQUESTED,
                PRESENCE_MAKES_EXECUTION_MORE_RESPONSIVE,
                REQUESTED_LAW_REQUIRES_DUAL_CRIMINALITY, REFUSAL_GROUND_UNDER_REQUESTED_LAW, CUSTODIAN_INFORMATION_UNAVAILABLE,
                PRESERVATION_FOLLOW_UP_STATED, PRESERVATION_INSUFFICIENT_OR_PREJUDICIAL, TRAFFIC_DATA_PRESERVED_UNDER_ART29);
    }
}
