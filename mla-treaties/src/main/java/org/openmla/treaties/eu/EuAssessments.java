package org.openmla.treaties.eu;

import java.util.List;
import org.openmla.core.rules.AssessmentKey;

/**
 * Assessments the EU packs ask for besides the {@link org.openmla.core.rules.StandardAssessments standard ones}. Each
 * is asked of the executing (requested, enforcing) authority unless the question says otherwise; a {@code true}
 * answer means the situation described exists. Where a question concerns a measure, it may be answered for one
 * measure ({@link org.openmla.core.engine.Assessment#ofMeasure}) or for the whole request. Constants only; immutable.
 */
public final class EuAssessments {
    private EuAssessments() {}

    // ---- shared by several EU instruments ----

    /**
     * The EU instruments' scope (EIO art. 1(1), e-Evidence art. 1(1), EAW art. 1(1)), asked only where the dated
     * membership data cannot tell, i.e. for a date before the one from which a source confirms a State's membership.
     */
    public static final AssessmentKey BOTH_MEMBER_STATES = AssessmentKey.of("EU_BOTH_MEMBER_STATES",
            "Were the issuing and the executing State both Member States of the European Union on the date whose law applies?");

    public static final AssessmentKey PRESS_FREEDOM_RULES = AssessmentKey.of("PRESS_FREEDOM_RULES",
            "Do rules of the executing State on the determination or limitation of criminal liability relating to freedom of the press "
                    + "or freedom of expression in other media make execution impossible?");
    public static final AssessmentKey FUNDAMENTAL_RIGHTS_INCOMPATIBLE = AssessmentKey.of("FUNDAMENTAL_RIGHTS_INCOMPATIBLE",
            "Are there substantial grounds to believe that execution would be incompatible with the executing State's obligations in "
                    + "accordance with Article 6 TEU and the Charter of Fundamental Rights?");
    /** EAW art. 8(2), where the warrant's language or the executing State's languages are not known. */
    public static final AssessmentKey EAW_LANGUAGE_ACCEPTED = AssessmentKey.of("EAW_LANGUAGE_ACCEPTED",
            "Is the warrant in, or translated into, an official language of the executing Member State, or another language of the "
                    + "institutions that State declared it accepts (Art 8(2))?");
    /** EAW art. 1(3), Aranyosi first step. */
    public static final AssessmentKey EAW_SYSTEMIC_DEFICIENCIES_DETENTION = AssessmentKey.of("EAW_SYSTEMIC_DEFICIENCIES_DETENTION",
            "Does objective, reliable, specific and properly updated information show systemic or generalised deficiencies in the "
                    + "conditions of detention in the issuing Member State?");
    /** EAW art. 1(3), Aranyosi second step. */
    public static final AssessmentKey EAW_INDIVIDUAL_RISK_DETENTION = AssessmentKey.of("EAW_INDIVIDUAL_RISK_DETENTION",
            "Are there substantial grounds to believe that the person, if surrendered, would run a real risk of inhuman or degrading "
                    + "treatment because of the detention conditions in the issuing Member State?");
    /** EAW art. 1(3), Aranyosi: after supplementary information. */
    public static final AssessmentKey EAW_DETENTION_RISK_NOT_DISCOUNTED = AssessmentKey.of("EAW_DETENTION_RISK_NOT_DISCOUNTED",
            "After asking the issuing authority for supplementary information, can the existence of that real risk still not be "
                    + "discounted within a reasonable time?");
    /** EAW art. 1(3), LM first step. */
    public static final AssessmentKey EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE = AssessmentKey.of("EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE",
            "Is there a real risk, connected with systemic or generalised deficiencies, concerning the independence of the issuing "
                    + "Member State's judiciary?");
    /** EAW art. 1(3), LM second step. */
    public static final AssessmentKey EAW_INDIVIDUAL_RISK_FAIR_TRIAL = AssessmentKey.of("EAW_INDIVIDUAL_RISK_FAIR_TRIAL",
            "Are there substantial grounds to believe that the person, if surrendered, would in the particular circumstances run a real "
                    + "risk of breach of the fundamental right to a fair trial before an independent tribunal?");
    /** EIO art. 9(4): the issuing authority's request (absent means not made; read with {@code Conditions.chosen}). */
    public static final AssessmentKey EIO_ISSUING_OFFICIALS_ASSISTANCE_REQUESTED = AssessmentKey.of("EIO_ISSUING_OFFICIALS_ASSISTANCE_REQUESTED",
            "Does the EIO ask that one or more authorities of the issuing State assist in its execution (Art 9(4))?");
    /** EIO art. 9(4). */
    public static final AssessmentKey EIO_OFFICIALS_ASSISTANCE_EXCLUDED = AssessmentKey.of("EIO_OFFICIALS_ASSISTANCE_EXCLUDED",
            "Would the assistance of the issuing State's authorities be contrary to the fundamental principles of law of the executing "
                    + "State, or harm its essential national security interests (Art 9(4))?");
    /** EIO art. 13(2): a legal remedy against the measure is pending (absent means none; read with {@code Conditions.chosen}). */
    public static final AssessmentKey EIO_LEGAL_REMEDY_PENDING = AssessmentKey.of("EIO_LEGAL_REMEDY_PENDING",
            "Is a legal remedy against the investigative measure pending in the executing State (Art 13(2), Art 14)?");
    /** EIO art. 13(2), second sentence. */
    public static final AssessmentKey EIO_TRANSFER_IRREVERSIBLE_DAMAGE = AssessmentKey.of("EIO_TRANSFER_IRREVERSIBLE_DAMAGE",
            "Would the transfer of the evidence cause serious and irreversible damage to the person concerned (Art 13(2))?");
    /** e-Evidence art. 9(4), second subparagraph. */
    public static final AssessmentKey EEV_NOTIFICATION_LANGUAGE_ACCEPTED = AssessmentKey.of("EEV_NOTIFICATION_LANGUAGE_ACCEPTED",
            "Is the certificate sent to the notified enforcing authority in an official language of the enforcing State, or in another "
                    + "official language of the Union that State accepts (Art 9(4))?");
    public static final AssessmentKey NOT_AUTHORISED_DOMESTICALLY = AssessmentKey.of("NOT_AUTHORISED_DOMESTICALLY",
            "Would the measure not be authorised under the law of the executing State in a similar domestic case?");

    // ---- European Investigation Order ----

    public static final AssessmentKey EIO_FORM_DEFECTIVE = AssessmentKey.of("EIO_FORM_DEFECTIVE",
            "Is the EIO form (Annex A) incomplete or manifestly incorrect, so that no decision on recognition or execution can be taken?");
    public static final AssessmentKey EIO_LANGUAGE_ACCEPTED = AssessmentKey.of("EIO_LANGUAGE_ACCEPTED",
            "Is the EIO in, or translated into, an official language of the executing State or another language that State has "
                    + "indicated it accepts?");
    public static final AssessmentKey EIO_ISSUING_CONDITIONS_DOUBTED = AssessmentKey.of("EIO_ISSUING_CONDITIONS_DOUBTED",
            "Has the executing authority reason to believe that the EIO is not necessary and proportionate, or that the measure could "
                    + "not have been ordered under the same conditions in a similar domestic case in the issuing State?");
    public static final AssessmentKey EIO_NON_COERCIVE_MEASURE = AssessmentKey.of("EIO_NON_COERCIVE_MEASURE",
            "Is the measure a non-coercive investigative measure as defined by the law of the executing State?");
    public static final AssessmentKey EIO_SUBSTITUTE_MEASURE_AVAILABLE = AssessmentKey.of("EIO_SUBSTITUTE_MEASURE_AVAILABLE",
            "Is another investigative measure available under the law of the executing State that would have the same result as the "
                    + "measure requested?");
    public static final AssessmentKey EIO_LESS_INTRUSIVE_MEASURE = AssessmentKey.of("EIO_LESS_INTRUSIVE_MEASURE",
            "Will the executing authority use a different investigative measure that achieves the same result by less intrusive means?");
    public static final AssessmentKey EIO_NATIONAL_SECURITY = AssessmentKey.of("EIO_NATIONAL_SECURITY",
            "In this specific case, would execution harm essential national security interests, jeopardise the source of the "
                    + "information or involve the use of classified information relating to specific intelligence activities?");
    public static final AssessmentKey EIO_NON_CRIMINAL_PROCEEDINGS = AssessmentKey.of("EIO_NON_CRIMINAL_PROCEEDINGS",
            "Was the EIO issued in proceedings brought by administrative or judicial authorities in respect of acts punishable as "
                    + "infringements of the rules of law (Art 4(b) or (c)), rather than in criminal proceedings?");
    public static final AssessmentKey EIO_NE_BIS_IN_IDEM_SAFEGUARD = AssessmentKey.of("EIO_NE_BIS_IN_IDEM_SAFEGUARD",
            "Does the EIO aim to establish whether a conflict with the ne bis in idem principle exists, or has the issuing authority "
                    + "given assurances that the evidence will not be used to prosecute or sanction a person whose trial for the same "
                    + "facts has been finally disposed of in another Member State?");
    public static final AssessmentKey EIO_TERRITORIALITY = AssessmentKey.of("EIO_TERRITORIALITY",
            "Is the offence alleged to have been committed outside the territory of the issuing State and wholly or partially on the "
                    + "territory of the executing State?");
    public static final AssessmentKey EIO_MEASURE_RESTRICTED = AssessmentKey.of("EIO_MEASURE_RESTRICTED",
            "Does the law of the executing State restrict the use of the measure to a list or category of offences, or to offences "
                    + "punishable by a certain threshold, that does not include the offence covered by the EIO?");
    public static final AssessmentKey EIO_PREJUDICE_TO_INVESTIGATION = AssessmentKey.of("EIO_PREJUDICE_TO_INVESTIGATION",
            "Might execution prejudice an on-going criminal investigation or prosecution?");
    public static final AssessmentKey EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS = AssessmentKey.of("EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS",
            "Are the objects, documents or data concerned already being used in other proceedings?");
    public static final AssessmentKey EIO_TRANSFER_PROLONGS_DETENTION = AssessmentKey.of("EIO_TRANSFER_PROLONGS_DETENTION",
            "Is the transfer of the person in custody in the executing State to the issuing State liable to prolong his or her "
                    + "detention? (Answer no for a transfer to the executing State under Art 23.)");
    public static final AssessmentKey EIO_HEARD_PERSON_CONSENTS = AssessmentKey.of("EIO_HEARD_PERSON_CONSENTS",
            "Has the suspected or accused person to be heard by videoconference consented to it?");
    public static final AssessmentKey EIO_SUSPECT_HEARD = AssessmentKey.of("EIO_SUSPECT_HEARD",
            "Is a person to be heard by videoconference a suspected or accused person? (Asked where the measure names no person of the request.)");
    public static final AssessmentKey EIO_WITNESS_OR_EXPERT_HEARD = AssessmentKey.of("EIO_WITNESS_OR_EXPERT_HEARD",
            "Is every person to be heard by telephone conference a witness or an expert? (Asked where the measure names no person of the request.)");
    public static final AssessmentKey EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES = AssessmentKey.of("EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES",
            "Would the hearing by videoconference be contrary to the fundamental principles of the law of the executing State?");
    public static final AssessmentKey EIO_MEASURE_PARTICULARS_STATED = AssessmentKey.of("EIO_MEASURE_PARTICULARS_STATED",
            "Does the EIO give the particulars and reasons the Directive requires for this measure (Annex A section H: Art 26(5), "
                    + "27(4), 28(3), 29(2), 30 or 32(3)-(4))?");
    public static final AssessmentKey EIO_NON_BANK_INSTITUTION = AssessmentKey.of("EIO_NON_BANK_INSTITUTION",
            "Does the measure concern accounts or operations held by non-bank financial institutions?");
    public static final AssessmentKey EIO_NO_AGREEMENT_ON_ARRANGEMENTS = AssessmentKey.of("EIO_NO_AGREEMENT_ON_ARRANGEMENTS",
            "Has it proved impossible to reach agreement on the arrangements for the covert investigation?");
    public static final AssessmentKey EIO_INTERCEPTION_NOTIFICATION = AssessmentKey.of("EIO_INTERCEPTION_NOTIFICATION",
            "Is this a notification (Annex C) of an interception that another Member State carries out without the technical "
                    + "assistance of the notified State (Art 31)?");
    public static final AssessmentKey EIO_EXCEPTIONALLY_HIGH_COSTS = AssessmentKey.of("EIO_EXCEPTIONALLY_HIGH_COSTS",
            "Would execution entail costs that the executing authority deems exceptionally high?");

    // ---- e-Evidence Regulation ----

    public static final AssessmentKey EEV_VALIDATION_NOT_OBTAINABLE = AssessmentKey.of("EEV_VALIDATION_NOT_OBTAINABLE",
            "In this emergency, could validation by a judicial authority not be obtained in time, and could the issuing authority "
                    + "have issued the order in a similar domestic case without validation?");
    public static final AssessmentKey EEV_SENTENCE_EXECUTION = AssessmentKey.of("EEV_SENTENCE_EXECUTION",
            "Is the order issued to execute a custodial sentence or detention order of at least four months, imposed after criminal "
                    + "proceedings by a decision not rendered in absentia, where the convicted person absconded from justice?");
    public static final AssessmentKey EEV_FOR_SENTENCE_EXECUTION = AssessmentKey.of("EEV_FOR_SENTENCE_EXECUTION",
            "Is the order issued for the execution of a custodial sentence or detention order, rather than in criminal proceedings? (Asked "
                    + "where the request does not state the stage of the proceedings.)");
    public static final AssessmentKey EEV_PUNISHABLE_THREE_YEARS = AssessmentKey.of("EEV_PUNISHABLE_THREE_YEARS",
            "Is an offence for which the order is issued punishable in the issuing State by a custodial sentence of a maximum of at least "
                    + "three years? (Asked where the request does not state the penalties.)");
    public static final AssessmentKey EEV_LISTED_OFFENCE = AssessmentKey.of("EEV_LISTED_OFFENCE",
            "Is the order issued for an offence under Art 5(4)(b) (Arts 3-8 of Directive (EU) 2019/713, Arts 3-7 of Directive "
                    + "2011/93/EU or Arts 3-8 of Directive 2013/40/EU, committed wholly or partly by means of an information system) "
                    + "or Art 5(4)(c) (Arts 3-12 and 14 of Directive (EU) 2017/541), or to execute a sentence of at least four months "
                    + "for such an offence under Art 5(4)(d)?");
    public static final AssessmentKey EEV_SOLE_PURPOSE_IDENTIFICATION = AssessmentKey.of("EEV_SOLE_PURPOSE_IDENTIFICATION",
            "Is the sole purpose of the order to identify the user?");
    /** e-Evidence art. 8(2): the issuing authority's exemption from notifying (absent means notified; read with {@code Conditions.chosen}). */
    public static final AssessmentKey EEV_NOT_NOTIFIED_ART_8_2 = AssessmentKey.of("EEV_NOT_NOTIFIED_ART_8_2",
            "Did the issuing authority not notify the enforcing authority of this traffic or content data order because it had reasonable "
                    + "grounds to believe that the offence was committed, is being or is likely to be committed in the issuing State and that "
                    + "the person whose data are sought resides there (Art 8(2))?");
    public static final AssessmentKey EEV_MANIFEST_BREACH = AssessmentKey.of("EEV_MANIFEST_BREACH",
            "Are there substantial grounds, based on specific and objective evidence, to believe that execution would in the "
                    + "particular circumstances entail a manifest breach of a relevant fundamental right under Article 6 TEU and the Charter?");
    /** e-Evidence art. 16(1): the issuing authority's step, so "no" unless the host says otherwise ({@code Conditions.chosen}). */
    public static final AssessmentKey EEV_ENFORCEMENT_REQUESTED = AssessmentKey.of("EEV_ENFORCEMENT_REQUESTED",
            "Has the issuing authority transferred the order to the enforcing authority for enforcement (Art 16(1)), the addressee not "
                    + "having complied without reasons the issuing authority accepted?");
    public static final AssessmentKey EEV_COULD_NOT_COMPLY = AssessmentKey.of("EEV_COULD_NOT_COMPLY",
            "Could the addressee not comply with the certificate because of a de facto impossibility due to circumstances not "
                    + "attributable to it, or because the certificate contains manifest errors?");
    public static final AssessmentKey EEV_DATA_NOT_STORED = AssessmentKey.of("EEV_DATA_NOT_STORED",
            "Does the order concern data that were not stored by or on behalf of the service provider when it received the certificate?");
    public static final AssessmentKey EEV_SERVICE_NOT_COVERED = AssessmentKey.of("EEV_SERVICE_NOT_COVERED",
            "Is the service not covered by the Regulation?");
    public static final AssessmentKey EEV_MANIFEST_BREACH_ON_CERTIFICATE = AssessmentKey.of("EEV_MANIFEST_BREACH_ON_CERTIFICATE",
            "Is it apparent from the information in the certificate alone that there are substantial grounds, based on specific and "
                    + "objective evidence, to believe that execution would in the particular circumstances entail a manifest breach of a relevant "
                    + "fundamental right under Article 6 TEU and the Charter?");
    /** e-Evidence art. 10(6), 11(5): a fact of the case, "no" unless the host says otherwise ({@code Conditions.chosen}). */
    public static final AssessmentKey EEV_CLARIFICATION_SOUGHT = AssessmentKey.of("EEV_CLARIFICATION_SOUGHT",
            "Has the addressee informed the issuing authority (Annex III) that the certificate is incomplete, contains manifest errors or "
                    + "lacks sufficient information to execute it, and sought clarification that has not yet been given?");
    /** e-Evidence art. 11(5): a fact of the case, "no" unless the host says otherwise ({@code Conditions.chosen}). */
    public static final AssessmentKey EEV_NO_REACTION_IN_FIVE_DAYS = AssessmentKey.of("EEV_NO_REACTION_IN_FIVE_DAYS",
            "Has the issuing authority failed to react within five days of receiving the addressee's Annex III form seeking clarification "
                    + "of a preservation order?");
    /** e-Evidence art. 17(1): the addressee's view, "no" unless the host says otherwise ({@code Conditions.chosen}). */
    public static final AssessmentKey EEV_THIRD_COUNTRY_CONFLICT = AssessmentKey.of("EEV_THIRD_COUNTRY_CONFLICT",
            "Does the addressee consider that complying with the production order would conflict with an obligation under the applicable "
                    + "law of a third country?");

    // ---- European Arrest Warrant ----

    public static final AssessmentKey EAW_SENTENCE_AT_LEAST_FOUR_MONTHS = AssessmentKey.of("EAW_SENTENCE_AT_LEAST_FOUR_MONTHS",
            "Has a sentence or detention order of at least four months been made, where surrender is sought to execute it?");
    public static final AssessmentKey EAW_FOR_SENTENCE_EXECUTION = AssessmentKey.of("EAW_FOR_SENTENCE_EXECUTION",
            "Is the warrant issued for the execution of a custodial sentence or detention order, rather than for a criminal prosecution? "
                    + "(Asked where the request does not state the stage of the proceedings.)");
    public static final AssessmentKey EAW_PUNISHABLE_TWELVE_MONTHS = AssessmentKey.of("EAW_PUNISHABLE_TWELVE_MONTHS",
            "Are the acts punishable by the law of the issuing Member State by a custodial sentence or detention order for a maximum period "
                    + "of at least 12 months? (Asked where the request does not state the penalties.)");
    public static final AssessmentKey EAW_AMNESTY = AssessmentKey.of("EAW_AMNESTY",
            "Is the offence covered by an amnesty in the executing State, which had jurisdiction to prosecute it under its own criminal law?");
    public static final AssessmentKey EAW_FINALLY_JUDGED_IN_MEMBER_STATE = AssessmentKey.of("EAW_FINALLY_JUDGED_IN_MEMBER_STATE",
            "Has the person been finally judged by a Member State in respect of the same acts, where any sentence has been served, is "
                    + "being served or may no longer be executed under the law of the sentencing State?");
    public static final AssessmentKey EAW_UNDER_AGE = AssessmentKey.of("EAW_UNDER_AGE",
            "May the person, owing to his or her age, not be held criminally responsible for the acts under the law of the executing State?");
    public static final AssessmentKey EAW_PROSECUTED_IN_EXECUTING_STATE = AssessmentKey.of("EAW_PROSECUTED_IN_EXECUTING_STATE",
            "Is the person being prosecuted in the executing State for the same act as that on which the EAW is based?");
    public static final AssessmentKey EAW_NOT_PROSECUTED_OR_HALTED = AssessmentKey.of("EAW_NOT_PROSECUTED_OR_HALTED",
            "Have the judicial authorities of the executing State decided not to prosecute or to halt proceedings for the offence, or "
                    + "has a final judgment been passed upon the person in a Member State for the same acts which prevents further proceedings?");
    public static final AssessmentKey EAW_STATUTE_BARRED = AssessmentKey.of("EAW_STATUTE_BARRED",
            "Is the prosecution or punishment statute-barred under the law of the executing State, the acts falling within its jurisdiction?");
    public static final AssessmentKey EAW_FINALLY_JUDGED_IN_THIRD_STATE = AssessmentKey.of("EAW_FINALLY_JUDGED_IN_THIRD_STATE",
            "Has the person been finally judged by a third State for the same acts, where any sentence has been served, is being "
                    + "served or may no longer be executed under the law of the sentencing country?");
    public static final AssessmentKey EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY = AssessmentKey.of("EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY",
            "Is the person staying in, a national of or resident in the executing State, and does that State undertake to execute the "
                    + "sentence or detention order in accordance with its domestic law?");
    public static final AssessmentKey EAW_COMMITTED_IN_EXECUTING_STATE = AssessmentKey.of("EAW_COMMITTED_IN_EXECUTING_STATE",
            "Does the law of the executing State regard the offence as committed in whole or in part in its territory?");
    public static final AssessmentKey EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE = AssessmentKey.of("EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE",
            "Was the offence committed outside the territory of the issuing State, and does the law of the executing State not allow "
                    + "prosecution for the same offences when committed outside its territory?");
    public static final AssessmentKey EAW_TRIAL_IN_ABSENTIA = AssessmentKey.of("EAW_TRIAL_IN_ABSENTIA",
            "Did the person not appear in person at the trial resulting in the decision, without the EAW stating that one of the "
                    + "situations listed in Art 4a applies?");
    public static final AssessmentKey EAW_LIFE_SENTENCE_REVIEW_REQUIRED = AssessmentKey.of("EAW_LIFE_SENTENCE_REVIEW_REQUIRED",
            "Does the law of the executing State make surrender for an offence punishable by life imprisonment subject to the issuing "
                    + "State providing for a review of the penalty or for clemency (Art 5(2))?");
    public static final AssessmentKey EAW_RETURN_REQUIRED = AssessmentKey.of("EAW_RETURN_REQUIRED",
            "Is the person a national or resident of the executing State, and does its law make surrender for prosecution subject to "
                    + "return to it to serve the sentence (Art 5(3))?");
    public static final AssessmentKey EAW_HUMANITARIAN_REASONS = AssessmentKey.of("EAW_HUMANITARIAN_REASONS",
            "Are there serious humanitarian reasons, such as a danger to the person's life or health, to postpone surrender temporarily?");
    public static final AssessmentKey EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE = AssessmentKey.of("EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE",
            "Is the person to be prosecuted in the executing State, or has he or she been sentenced there, for an act other than that "
                    + "referred to in the EAW?");
    /** EAW art. 20: a fact of the case, "no" unless the host says otherwise ({@code Conditions.chosen}). */
    public static final AssessmentKey EAW_PRIVILEGE_NOT_WAIVED = AssessmentKey.of("EAW_PRIVILEGE_NOT_WAIVED",
            "Does the requested person enjoy a privilege or immunity regarding jurisdiction or execution in the executing Member State, "
                    + "and has the executing judicial authority not yet been informed that it has been waived?");
    /** EAW art. 21: a fact of the case, "no" unless the host says otherwise ({@code Conditions.chosen}). */
    public static final AssessmentKey EAW_EXTRADITION_SPECIALITY = AssessmentKey.of("EAW_EXTRADITION_SPECIALITY",
            "Was the requested person extradited to the executing Member State from a third State, and do the speciality provisions of "
                    + "the arrangement under which he or she was extradited still protect him or her?");
    public static final AssessmentKey EAW_INFORMATION_INSUFFICIENT = AssessmentKey.of("EAW_INFORMATION_INSUFFICIENT",
            "Is the information communicated by the issuing Member State insufficient for the executing authority to decide on surrender?");

    /** @return every key of this class, in declaration order */
    public static List<AssessmentKey> all() {
        return List.of(BOTH_MEMBER_STATES, PRESS_FREEDOM_RULES, FUNDAMENTAL_RIGHTS_INCOMPATIBLE, EAW_LANGUAGE_ACCEPTED, EAW_SYSTEMIC_DEFICIENCIES_DETENTION, EAW_INDIVIDUAL_RISK_DETENTION,
                EAW_DETENTION_RISK_NOT_DISCOUNTED, EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE, EAW_INDIVIDUAL_RISK_FAIR_TRIAL, EIO_ISSUING_OFFICIALS_ASSISTANCE_REQUESTED,
                EIO_OFFICIALS_ASSISTANCE_EXCLUDED, EIO_LEGAL_REMEDY_PENDING, EIO_TRANSFER_IRREVERSIBLE_DAMAGE, EEV_NOTIFICATION_LANGUAGE_ACCEPTED,
                NOT_AUTHORISED_DOMESTICALLY,
                EIO_FORM_DEFECTIVE, EIO_LANGUAGE_ACCEPTED, EIO_ISSUING_CONDITIONS_DOUBTED, EIO_NON_COERCIVE_MEASURE,
                EIO_SUBSTITUTE_MEASURE_AVAILABLE, EIO_LESS_INTRUSIVE_MEASURE, EIO_NATIONAL_SECURITY, EIO_NON_CRIMINAL_PROCEEDINGS,
                EIO_NE_BIS_IN_IDEM_SAFEGUARD, EIO_TERRITORIALITY, EIO_MEASURE_RESTRICTED, EIO_PREJUDICE_TO_INVESTIGATION,
                EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS, EIO_TRANSFER_PROLONGS_DETENTION, EIO_HEARD_PERSON_CONSENTS, EIO_SUSPECT_HEARD, EIO_WITNESS_OR_EXPERT_HEARD,
                EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, EIO_MEASURE_PARTICULARS_STATED, EIO_NON_BANK_INSTITUTION,
                EIO_NO_AGREEMENT_ON_ARRANGEMENTS, EIO_INTERCEPTION_NOTIFICATION, EIO_EXCEPTIONALLY_HIGH_COSTS,
                EEV_VALIDATION_NOT_OBTAINABLE, EEV_SENTENCE_EXECUTION, EEV_FOR_SENTENCE_EXECUTION, EEV_PUNISHABLE_THREE_YEARS, EEV_LISTED_OFFENCE, EEV_SOLE_PURPOSE_IDENTIFICATION, EEV_NOT_NOTIFIED_ART_8_2, EEV_MANIFEST_BREACH,
                EEV_ENFORCEMENT_REQUESTED, EEV_COULD_NOT_COMPLY, EEV_DATA_NOT_STORED, EEV_SERVICE_NOT_COVERED, EEV_MANIFEST_BREACH_ON_CERTIFICATE,
                EEV_CLARIFICATION_SOUGHT, EEV_NO_REACTION_IN_FIVE_DAYS, EEV_THIRD_COUNTRY_CONFLICT,
                EAW_SENTENCE_AT_LEAST_FOUR_MONTHS, EAW_FOR_SENTENCE_EXECUTION, EAW_PUNISHABLE_TWELVE_MONTHS, EAW_AMNESTY, EAW_FINALLY_JUDGED_IN_MEMBER_STATE, EAW_UNDER_AGE,
                EAW_PROSECUTED_IN_EXECUTING_STATE, EAW_NOT_PROSECUTED_OR_HALTED, EAW_STATUTE_BARRED, EAW_FINALLY_JUDGED_IN_THIRD_STATE,
                EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY, EAW_COMMITTED_IN_EXECUTING_STATE, EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE,
                EAW_TRIAL_IN_ABSENTIA, EAW_LIFE_SENTENCE_REVIEW_REQUIRED, EAW_RETURN_REQUIRED, EAW_HUMANITARIAN_REASONS,
                EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE, EAW_INFORMATION_INSUFFICIENT, EAW_PRIVILEGE_NOT_WAIVED, EAW_EXTRADITION_SPECIALITY);
    }
}
