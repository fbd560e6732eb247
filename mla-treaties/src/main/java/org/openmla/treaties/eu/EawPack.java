package org.openmla.treaties.eu;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.everyOffence;
import static org.openmla.core.rules.Conditions.anyOffence;
import static org.openmla.core.rules.Conditions.everyOffenceHasPenalty;
import static org.openmla.core.rules.Conditions.everyOffenceHasStatutoryProvision;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasOffences;
import static org.openmla.core.rules.Conditions.hasRequestingAuthority;
import static org.openmla.core.rules.Conditions.measureInFamily;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.treaties.eu.EuAssessments.EAW_AMNESTY;
import static org.openmla.treaties.eu.EuAssessments.EAW_COMMITTED_IN_EXECUTING_STATE;
import static org.openmla.treaties.eu.EuAssessments.EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE;
import static org.openmla.treaties.eu.EuAssessments.EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE;
import static org.openmla.treaties.eu.EuAssessments.EAW_FINALLY_JUDGED_IN_MEMBER_STATE;
import static org.openmla.treaties.eu.EuAssessments.EAW_FINALLY_JUDGED_IN_THIRD_STATE;
import static org.openmla.treaties.eu.EuAssessments.EAW_HUMANITARIAN_REASONS;
import static org.openmla.treaties.eu.EuAssessments.EAW_INFORMATION_INSUFFICIENT;
import static org.openmla.treaties.eu.EuAssessments.EAW_LIFE_SENTENCE_REVIEW_REQUIRED;
import static org.openmla.treaties.eu.EuAssessments.EAW_NOT_PROSECUTED_OR_HALTED;
import static org.openmla.treaties.eu.EuAssessments.EAW_PROSECUTED_IN_EXECUTING_STATE;
import static org.openmla.treaties.eu.EuAssessments.EAW_RETURN_REQUIRED;
import static org.openmla.treaties.eu.EuAssessments.EAW_SENTENCE_AT_LEAST_FOUR_MONTHS;
import static org.openmla.treaties.eu.EuAssessments.EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY;
import static org.openmla.treaties.eu.EuAssessments.EAW_STATUTE_BARRED;
import static org.openmla.treaties.eu.EuAssessments.EAW_TRIAL_IN_ABSENTIA;
import static org.openmla.treaties.eu.EuAssessments.EAW_UNDER_AGE;
import static org.openmla.treaties.eu.EuAssessments.EAW_DETENTION_RISK_NOT_DISCOUNTED;
import static org.openmla.treaties.eu.EuAssessments.EAW_INDIVIDUAL_RISK_DETENTION;
import static org.openmla.treaties.eu.EuAssessments.EAW_INDIVIDUAL_RISK_FAIR_TRIAL;
import static org.openmla.treaties.eu.EuAssessments.EAW_SYSTEMIC_DEFICIENCIES_DETENTION;
import static org.openmla.treaties.eu.EuAssessments.EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
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
 * The rule pack for Council Framework Decision 2002/584/JHA on the European arrest warrant and the surrender
 * procedures between Member States, as amended by Framework Decision 2009/299/JHA (pack id {@code EAW}), as the legal
 * reference (section 9) gives it. The requesting State is the issuing State, the requested State the executing State;
 * the grounds for non-execution concern the warrant as a whole, so they apply to surrender and to the arrest alike.
 *
 * <p>The date from which the Framework Decision applies (1 January 2004) is reported from general knowledge and is
 * not encoded: the pack has no effective date.
 */
final class EawPack {
    private EawPack() {}

    static final String ID = "EAW";
    static final String VERSION = "1.1.0";

    static final Instrument INSTRUMENT = new Instrument(ID,
            "Council Framework Decision 2002/584/JHA of 13 June 2002 on the European arrest warrant and the surrender procedures between "
                    + "Member States",
            Optional.of(LocalDate.of(2002, 6, 13)), Optional.empty());

    private static final String UNVERIFIED_ART_1 = "the reference describes the EAW as surrender between Member States "
            + "(section 9) without quoting Art 1(1)";

    private static final Predicate<Offence> LISTED_AT_THREE_YEARS = o -> o.category().map(OffenceCategory::isOnEuList).orElse(false)
            && o.maxPenalty().map(p -> p.custodyAtLeast(EuConditions.THREE_YEARS)).orElse(false);
    private static final Predicate<Offence> ITEMS_1_TO_19 = o -> o.category().flatMap(OffenceCategory::euListNumber).map(n -> n <= 19).orElse(false);
    private static final Predicate<Offence> ITEMS_20_TO_32 = o -> o.category().flatMap(OffenceCategory::euListNumber).map(n -> n >= 20).orElse(false);

    private static final Condition EXECUTION_OF_SENTENCE = EuConditions.executionOfSentence(EuAssessments.EAW_FOR_SENTENCE_EXECUTION);

    private static final Caveat CASE_LAW = Caveat.caseLaw("case law of the Court of Justice read with Art 1(3), not the text of the "
            + "Framework Decision; the judgments (C-404/15 and C-659/15 PPU, C-216/18 PPU) were not re-read for this pack");

    private static final java.util.Set<org.openmla.core.model.PersonRole> REQUESTED_ROLES = java.util.EnumSet.of(
            org.openmla.core.model.PersonRole.SUSPECT, org.openmla.core.model.PersonRole.ACCUSED, org.openmla.core.model.PersonRole.SENTENCED_PERSON);
    private static final Condition REQUESTED_PERSON_IDENTIFIED = org.openmla.core.rules.Conditions.request(
            "a requested person (suspect, accused or sentenced person) is named, and every one has a nationality",
            r -> r.persons().stream().anyMatch(p -> REQUESTED_ROLES.contains(p.role()))
                    && r.persons().stream().filter(p -> REQUESTED_ROLES.contains(p.role()))
                            .allMatch(p -> p.name().isPresent() && !p.nationalities().isEmpty()));

    static RulePack pack() {
        RulePack.Builder pack = RulePack.builder(ID, VERSION)
                .title("European Arrest Warrant (Framework Decision 2002/584/JHA)")
                .instrument(INSTRUMENT)
                // asked by EuConditions.bothMemberStates, a condition whose parts the pack cannot see
                .assessment(EuAssessments.BOTH_MEMBER_STATES)
                .rules(List.of(
                        // ---- scope ----
                        Rule.builder("eaw.1.1", "EAW art. 1(1)").scope()
                                .statement("A European arrest warrant is issued by a Member State for the arrest and surrender of a person by "
                                        + "another Member State.")
                                .when(EuConditions.bothMemberStates("the issuing and the executing State are both Member States"))
                                .caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED_ART_1)
                                .build(),
                        Rule.builder("eaw.1.1.measures", "EAW art. 1(1)").scope().perMeasure()
                                .statement("A European arrest warrant seeks the arrest and surrender of a person; other measures are outside it.")
                                .when(measureInFamily(MeasureFamily.SURRENDER))
                                .caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED_ART_1)
                                .build(),
                        Rule.builder("eaw.2.1", "EAW art. 2(1)").scope()
                                .statement("A European arrest warrant may be issued for acts punishable by the law of the issuing Member State by "
                                        + "a custodial sentence or detention order for a maximum period of at least 12 months or, where a sentence "
                                        + "has been passed or a detention order made, for sentences of at least four months.")
                                .when(anyOf(allOf(not(EXECUTION_OF_SENTENCE), EuConditions.punishableByAtLeast(Period.ofMonths(12),
                                                EuAssessments.EAW_PUNISHABLE_TWELVE_MONTHS)),
                                        allOf(EXECUTION_OF_SENTENCE, assessed(EAW_SENTENCE_AT_LEAST_FOUR_MONTHS))))
                                .build(),
                        Rule.builder("eaw.15.2", "EAW art. 15(2)").formalRequirement()
                                .statement("Where the information communicated by the issuing Member State is insufficient for the executing "
                                        + "judicial authority to decide on surrender, it requests the necessary supplementary information.")
                                .when(not(assessed(EAW_INFORMATION_INSUFFICIENT)))
                                .caveat(Caveat.Kind.UNVERIFIED, "Art 15(2) is reported from general knowledge (reference 10, 13.2 item 5)")
                                .build(),

                        // ---- content and form of the warrant (Art 8) ----
                        Rule.builder("eaw.8.1.a", "EAW art. 8(1)(a)").formalRequirement()
                                .statement("The warrant states the identity and nationality of the requested person.")
                                .when(REQUESTED_PERSON_IDENTIFIED)
                                .build(),
                        Rule.builder("eaw.8.1.b", "EAW art. 8(1)(b)").formalRequirement()
                                .statement("The warrant states the issuing judicial authority and how to reach it (name, address, telephone, "
                                        + "e-mail); only its naming is checked.")
                                .when(hasRequestingAuthority())
                                .build(),
                        Rule.builder("eaw.8.1.d", "EAW art. 8(1)(d)").formalRequirement()
                                .statement("The warrant states the nature and legal classification of the offence, in particular with respect to "
                                        + "Art 2: here, the criminal-law provision of each offence.")
                                .when(allOf(hasOffences(), everyOffenceHasStatutoryProvision()))
                                .build(),
                        Rule.builder("eaw.8.1.e", "EAW art. 8(1)(e)").formalRequirement()
                                .statement("The warrant describes the circumstances in which the offence was committed, including the time, "
                                        + "place and the requested person's degree of participation.")
                                .when(hasFactsSummary())
                                .build(),
                        Rule.builder("eaw.8.1.f", "EAW art. 8(1)(f)").formalRequirement()
                                .statement("The warrant states the penalty imposed, if there is a final judgment, or the scale of penalties the "
                                        + "law of the issuing Member State prescribes for the offence.")
                                .when(everyOffenceHasPenalty())
                                .build(),
                        Rule.builder("eaw.8.2", "EAW art. 8(2)").formalRequirement()
                                .statement("The warrant is translated into the official language, or one of the official languages, of the "
                                        + "executing Member State, or into another official language of the institutions that State declared "
                                        + "it accepts.")
                                .when(EuConditions.inAcceptedLanguageOrAssessed(EuAssessments.EAW_LANGUAGE_ACCEPTED))
                                .build(),

                        // ---- mandatory non-execution (Art 3) ----
                        Rule.builder("eaw.3.1", "EAW art. 3(1)").mandatoryRefusal(EuGrounds.AMNESTY)
                                .statement("Execution of the warrant shall be refused where the offence is covered by an amnesty in the executing "
                                        + "Member State, which had jurisdiction to prosecute it under its own criminal law.")
                                .when(assessed(EAW_AMNESTY))
                                .build(),
                        Rule.builder("eaw.3.2", "EAW art. 3(2)").mandatoryRefusal(StandardGrounds.NE_BIS_IN_IDEM)
                                .statement("Execution of the warrant shall be refused where the person has been finally judged by a Member State "
                                        + "in respect of the same acts, provided that, where there has been a sentence, it has been served, is being "
                                        + "served or may no longer be executed under the law of the sentencing State.")
                                .when(assessed(EAW_FINALLY_JUDGED_IN_MEMBER_STATE))
                                .build(),
                        Rule.builder("eaw.3.3", "EAW art. 3(3)").mandatoryRefusal(EuGrounds.AGE_OF_CRIMINAL_RESPONSIBILITY)
                                .statement("Execution of the warrant shall be refused where the person may not, owing to his or her age, be held "
                                        + "criminally responsible for the acts under the law of the executing State.")
                                .when(assessed(EAW_UNDER_AGE))
                                .build(),

                        // ---- optional non-execution (Art 4, 4a) ----
                        Rule.builder("eaw.4.1", "EAW art. 4(1)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                                .statement("Execution may be refused where, in a case under Art 2(4), the act on which the warrant is based does "
                                        + "not constitute an offence under the law of the executing Member State.")
                                .when(not(assessed(StandardAssessments.DUAL_CRIMINALITY)))
                                .build(),
                        Rule.exception("eaw.2.2", "EAW art. 2(2)")
                                .statement("Surrender is given without verification of double criminality for the offences of the Art 2(2) list, "
                                        + "as defined by the law of the issuing Member State, punishable there by a custodial sentence or "
                                        + "detention order for a maximum period of at least three years (here: list items 1-19).")
                                .to("eaw.4.1", ExceptionEffect.DISAPPLY)
                                .when(allOf(EuConditions.categoryIndicatedByIssuer(), everyOffence("every offence is in items 1-19 of the "
                                        + "Art 2(2) list and punishable in the issuing State by a custodial maximum of at least three years",
                                        LISTED_AT_THREE_YEARS.and(ITEMS_1_TO_19))))
                                .build(),
                        Rule.exception("eaw.2.2.items-20-32", "EAW art. 2(2)")
                                .statement("Surrender is given without verification of double criminality for the offences of the Art 2(2) list, "
                                        + "as defined by the law of the issuing Member State, punishable there by a custodial sentence or "
                                        + "detention order for a maximum period of at least three years (here: an offence in list items 20-32).")
                                .to("eaw.4.1", ExceptionEffect.DISAPPLY)
                                .when(allOf(EuConditions.categoryIndicatedByIssuer(), everyOffence("every offence is on the Art 2(2) list and "
                                                + "punishable in the issuing State by a custodial maximum of at least three years", LISTED_AT_THREE_YEARS),
                                        anyOffence("an offence is in items 20-32 of the Art 2(2) list", ITEMS_20_TO_32)))
                                .caveat(Caveat.Kind.UNVERIFIED, "items 20-32 of the Art 2(2) list are taken to be those of EIO Annex D (reference 9, "
                                        + "13.2 item 5)")
                                .build(),
                        Rule.builder("eaw.4.1.fiscal", "EAW art. 4(1)").notAGround(StandardGrounds.FISCAL_OFFENCE)
                                .statement("In relation to taxes or duties, customs and exchange, execution may not be refused on the ground that "
                                        + "the law of the executing Member State does not impose the same kind of tax or duty or does not contain "
                                        + "the same type of rules as the law of the issuing Member State.")
                                .when(EuConditions.fiscalOffence())
                                .build(),
                        Rule.builder("eaw.4.2", "EAW art. 4(2)").discretionaryRefusal(EuGrounds.PROSECUTION_IN_EXECUTING_STATE)
                                .statement("Execution may be refused where the person is being prosecuted in the executing Member State for the "
                                        + "same act as that on which the warrant is based.")
                                .when(assessed(EAW_PROSECUTED_IN_EXECUTING_STATE))
                                .build(),
                        Rule.builder("eaw.4.3", "EAW art. 4(3)").discretionaryRefusal(EuGrounds.PROCEEDINGS_NOT_BROUGHT_OR_HALTED)
                                .statement("Execution may be refused where the judicial authorities of the executing Member State decided not to "
                                        + "prosecute, or to halt proceedings, for the offence, or where a final judgment passed upon the person in a "
                                        + "Member State for the same acts prevents further proceedings.")
                                .when(assessed(EAW_NOT_PROSECUTED_OR_HALTED))
                                .build(),
                        Rule.builder("eaw.4.4", "EAW art. 4(4)").discretionaryRefusal(EuGrounds.STATUTE_BARRED)
                                .statement("Execution may be refused where the prosecution or punishment is statute-barred under the law of the "
                                        + "executing Member State and the acts fall within its jurisdiction.")
                                .when(assessed(EAW_STATUTE_BARRED))
                                .build(),
                        Rule.builder("eaw.4.5", "EAW art. 4(5)").discretionaryRefusal(EuGrounds.FINAL_JUDGMENT_IN_THIRD_STATE)
                                .statement("Execution may be refused where the person has been finally judged by a third State in respect of the "
                                        + "same acts, provided that any sentence has been served, is being served or may no longer be executed "
                                        + "under the law of the sentencing country.")
                                .when(assessed(EAW_FINALLY_JUDGED_IN_THIRD_STATE))
                                .build(),
                        Rule.builder("eaw.4.6", "EAW art. 4(6)").discretionaryRefusal(EuGrounds.SENTENCE_EXECUTED_IN_EXECUTING_STATE)
                                .statement("Where the warrant is issued to execute a custodial sentence or detention order, execution may be "
                                        + "refused where the person is staying in, is a national of or resides in the executing Member State and "
                                        + "that State undertakes to execute the sentence or detention order in accordance with its domestic law.")
                                .appliesWhen(EXECUTION_OF_SENTENCE)
                                .when(assessed(EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY))
                                .build(),
                        Rule.builder("eaw.4.7.a", "EAW art. 4(7)(a)").discretionaryRefusal(EuGrounds.TERRITORIALITY)
                                .statement("Execution may be refused where the warrant relates to offences regarded by the law of the executing "
                                        + "Member State as committed in whole or in part in its territory.")
                                .when(assessed(EAW_COMMITTED_IN_EXECUTING_STATE))
                                .build(),
                        Rule.builder("eaw.4.7.b", "EAW art. 4(7)(b)").discretionaryRefusal(EuGrounds.TERRITORIALITY)
                                .statement("Execution may be refused where the offences were committed outside the territory of the issuing "
                                        + "Member State and the law of the executing Member State does not allow prosecution for the same offences "
                                        + "when committed outside its territory.")
                                .when(assessed(EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE))
                                .build(),
                        Rule.builder("eaw.4a", "EAW art. 4a").discretionaryRefusal(EuGrounds.TRIAL_IN_ABSENTIA)
                                .statement("Where the warrant is issued to execute a custodial sentence or detention order and the person did not "
                                        + "appear in person at the trial resulting in the decision, execution may be refused unless the warrant "
                                        + "states that one of the situations listed in Art 4a applies.")
                                .appliesWhen(EXECUTION_OF_SENTENCE)
                                .when(assessed(EAW_TRIAL_IN_ABSENTIA))
                                .build(),
                        Rule.builder("eaw.1.3.detention", "EAW art. 1(3)").postponement()
                                .statement("Case law (Aranyosi and Caldararu, C-404/15 and C-659/15 PPU), not a free discretion: where "
                                        + "objective, reliable, specific and properly updated information shows systemic or generalised "
                                        + "deficiencies in detention conditions in the issuing Member State (first step), and there are "
                                        + "substantial grounds to believe that this person would run a real risk of inhuman or degrading "
                                        + "treatment there (second step), the executing authority asks the issuing authority for supplementary "
                                        + "information (Art 15(2)) and postpones its decision on surrender until the risk can be discounted.")
                                .appliesWhen(assessed(EAW_SYSTEMIC_DEFICIENCIES_DETENTION))
                                .when(assessed(EAW_INDIVIDUAL_RISK_DETENTION))
                                .caveat(CASE_LAW)
                                .build(),
                        Rule.builder("eaw.1.3.detention.not-discounted", "EAW art. 1(3)").discretionaryRefusal(EuGrounds.FUNDAMENTAL_RIGHTS)
                                .statement("Case law (Aranyosi and Caldararu): where, after the supplementary information, the existence of that "
                                        + "real risk cannot be discounted within a reasonable time, the executing authority decides whether the "
                                        + "surrender procedure should be brought to an end.")
                                .appliesWhen(allOf(assessed(EAW_SYSTEMIC_DEFICIENCIES_DETENTION), assessed(EAW_INDIVIDUAL_RISK_DETENTION)))
                                .when(assessed(EAW_DETENTION_RISK_NOT_DISCOUNTED))
                                .caveat(CASE_LAW)
                                .build(),
                        Rule.builder("eaw.1.3.fair-trial", "EAW art. 1(3)").mandatoryRefusal(EuGrounds.FUNDAMENTAL_RIGHTS)
                                .statement("Case law (LM, C-216/18 PPU): where there is a real risk, connected with systemic or generalised "
                                        + "deficiencies concerning the independence of the issuing Member State's judiciary (first step), and "
                                        + "substantial grounds to believe that this person, in the particular circumstances, would run a real "
                                        + "risk of breach of the fundamental right to a fair trial (second step), the executing authority must "
                                        + "refrain from giving effect to the warrant.")
                                .appliesWhen(assessed(EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE))
                                .when(assessed(EAW_INDIVIDUAL_RISK_FAIR_TRIAL))
                                .caveat(CASE_LAW)
                                .build(),

                        // ---- guarantees (Art 5) ----
                        Rule.builder("eaw.5.2", "EAW art. 5(2)").condition()
                                .statement("Where the offence is punishable by life imprisonment or a lifetime detention order, execution may be "
                                        + "subject to the condition that the issuing Member State provides for a review of the penalty on request "
                                        + "or at the latest after 20 years, or for measures of clemency.")
                                .appliesWhen(EuConditions.lifeImprisonment())
                                .when(assessed(EAW_LIFE_SENTENCE_REVIEW_REQUIRED))
                                .build(),
                        Rule.builder("eaw.5.3", "EAW art. 5(3)").condition()
                                .statement("Where the person sought for prosecution is a national or resident of the executing Member State, "
                                        + "surrender may be subject to the condition that the person is returned to the "
                                        + "executing Member State to serve there the sentence or detention order passed in the issuing State.")
                                .appliesWhen(not(EXECUTION_OF_SENTENCE))
                                .when(assessed(EAW_RETURN_REQUIRED))
                                .build(),

                        // ---- postponement of surrender (Art 23(4), 24) ----
                        Rule.builder("eaw.23.4", "EAW art. 23(4)").postponement()
                                .statement("Surrender may be temporarily postponed for serious humanitarian reasons, for example where it would "
                                        + "endanger the person's life or health.")
                                .when(assessed(EAW_HUMANITARIAN_REASONS))
                                .build(),
                        Rule.builder("eaw.24", "EAW art. 24").postponement()
                                .statement("The executing judicial authority may, after deciding to execute the warrant, postpone the surrender so "
                                        + "that the person may be prosecuted in the executing Member State, or serve a sentence passed there, for "
                                        + "an act other than that referred to in the warrant, or surrender the person temporarily on conditions.")
                                .when(assessed(EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE))
                                .caveat(Caveat.Kind.UNVERIFIED, "Art 24 (postponed or conditional surrender) is reported from general knowledge (reference "
                                        + "10, 13.2 item 5)")
                                .build(),

                        // ---- time limits (Art 17, 23) ----
                        Rule.builder("eaw.17.2", "EAW art. 17(2)").deadline(DeadlineSpec.of(DeadlineEvent.CONSENT_TO_SURRENDER,
                                        DeadlineEvent.DECISION, TimeLimit.days(10)).extendableBy(TimeLimit.days(30)))
                                .statement("The warrant is dealt with and executed as a matter of urgency (Art 17(1)); where the person consents "
                                        + "to surrender, the final decision is taken within 10 days after consent. Where this cannot be done, the "
                                        + "executing authority immediately informs the issuing authority, giving reasons, and the limit may be "
                                        + "extended by a further 30 days (Art 17(4)).")
                                .when(always())
                                .build(),
                        Rule.builder("eaw.17.3", "EAW art. 17(3)").deadline(DeadlineSpec.of(DeadlineEvent.ARREST, DeadlineEvent.DECISION,
                                        TimeLimit.days(60)).extendableBy(TimeLimit.days(30)))
                                .statement("In other cases, the final decision on execution is taken within 60 days after the arrest of the "
                                        + "person. Where this cannot be done, the executing authority immediately informs the issuing authority, "
                                        + "giving reasons, and the limit may be extended by a further 30 days (Art 17(4)). Reasons are given for "
                                        + "any refusal (Art 17(6)).")
                                .when(always())
                                .build(),
                        notStarted("eaw.20.consent", "EAW art. 20(1)", "eaw.17.2", PRIVILEGE_NOT_WAIVED, ART_20),
                        notStarted("eaw.20.arrest", "EAW art. 20(1)", "eaw.17.3", PRIVILEGE_NOT_WAIVED, ART_20),
                        notStarted("eaw.21.consent", "EAW art. 21", "eaw.17.2", SPECIALITY_APPLIES, ART_21),
                        notStarted("eaw.21.arrest", "EAW art. 21", "eaw.17.3", SPECIALITY_APPLIES, ART_21),
                        Rule.builder("eaw.23.2", "EAW art. 23(2)").deadline(DeadlineSpec.of(DeadlineEvent.DECISION, DeadlineEvent.EXECUTION,
                                        TimeLimit.days(10)))
                                .statement("The person is surrendered no later than 10 days after the final decision on execution. If surrender is prevented by circumstances beyond the control of "
                                        + "any Member State, a new date is agreed and surrender takes place within 10 days of it (Art 23(3)); "
                                        + "legal challenges or asylum applications by the person are not such circumstances (CJEU C-804/21 PPU). "
                                        + "On expiry of these limits, a person still in custody is released (Art 23(5)).")
                                .when(always())
                                .build()))
                .ground(EuGrounds.AMNESTY)
                .ground(StandardGrounds.NE_BIS_IN_IDEM)
                .ground(EuGrounds.AGE_OF_CRIMINAL_RESPONSIBILITY)
                .ground(StandardGrounds.DUAL_CRIMINALITY)
                .ground(StandardGrounds.FISCAL_OFFENCE)
                .ground(EuGrounds.PROSECUTION_IN_EXECUTING_STATE)
                .ground(EuGrounds.PROCEEDINGS_NOT_BROUGHT_OR_HALTED)
                .ground(EuGrounds.STATUTE_BARRED)
                .ground(EuGrounds.FINAL_JUDGMENT_IN_THIRD_STATE)
                .ground(EuGrounds.SENTENCE_EXECUTED_IN_EXECUTING_STATE)
                .ground(EuGrounds.TERRITORIALITY)
                .ground(EuGrounds.TRIAL_IN_ABSENTIA)
                .ground(EuGrounds.FUNDAMENTAL_RIGHTS);
        List.of(EAW_SENTENCE_AT_LEAST_FOUR_MONTHS, EuAssessments.EAW_FOR_SENTENCE_EXECUTION, EuAssessments.EAW_PUNISHABLE_TWELVE_MONTHS,
                EAW_INFORMATION_INSUFFICIENT, EAW_AMNESTY, EAW_FINALLY_JUDGED_IN_MEMBER_STATE, EAW_UNDER_AGE,
                StandardAssessments.DUAL_CRIMINALITY, EAW_PROSECUTED_IN_EXECUTING_STATE, EAW_NOT_PROSECUTED_OR_HALTED, EAW_STATUTE_BARRED,
                EAW_FINALLY_JUDGED_IN_THIRD_STATE, EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY, EAW_COMMITTED_IN_EXECUTING_STATE,
                EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE, EAW_TRIAL_IN_ABSENTIA, EAW_SYSTEMIC_DEFICIENCIES_DETENTION, EAW_INDIVIDUAL_RISK_DETENTION,
                EAW_DETENTION_RISK_NOT_DISCOUNTED, EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE, EAW_INDIVIDUAL_RISK_FAIR_TRIAL, EAW_LIFE_SENTENCE_REVIEW_REQUIRED,
                EAW_RETURN_REQUIRED, EAW_HUMANITARIAN_REASONS, EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE,
                StandardAssessments.LIST_CATEGORY_INDICATED, EuAssessments.EAW_LANGUAGE_ACCEPTED, EuAssessments.EAW_PRIVILEGE_NOT_WAIVED,
                EuAssessments.EAW_EXTRADITION_SPECIALITY).forEach(pack::assessment);
        return pack.build();
    }

    private static final Condition PRIVILEGE_NOT_WAIVED = chosen(EuAssessments.EAW_PRIVILEGE_NOT_WAIVED);
    private static final Condition SPECIALITY_APPLIES = chosen(EuAssessments.EAW_EXTRADITION_SPECIALITY);
    private static final String ART_20 = "Where the requested person enjoys a privilege or immunity regarding jurisdiction or execution in "
            + "the executing Member State, the time limits of Art 17 do not start running until, and count from the day when, the executing "
            + "judicial authority is informed that the privilege or immunity has been waived; meanwhile the executing State ensures that the "
            + "material conditions for effective surrender remain. Where the power to waive lies with an authority of the executing State, the "
            + "executing judicial authority asks it to exercise that power forthwith; where it lies with another State or an international "
            + "organisation, the issuing judicial authority asks (Art 20(2)).";
    private static final String ART_21 = "Where the requested person was extradited to the executing Member State from a third State and is "
            + "protected by the speciality provisions of the arrangement under which he or she was extradited, the executing State asks that "
            + "State forthwith for its consent to surrender, and the time limits of Art 17 do not start running until the day on which those "
            + "speciality rules cease to apply; meanwhile it ensures that the material conditions for effective surrender remain.";

    /**
     * Arts 20 and 21: an Art 17 time limit that does not run yet. The deadline starts once the host no longer reports the
     * situation, from the event the host then records (the day the waiver is known or the speciality rules cease).
     */
    private static Rule notStarted(String id, String citation, String deadlineRule, Condition situation, String statement) {
        return Rule.exception(id, citation)
                .statement(statement + " Until then the time limit is not running.")
                .to(deadlineRule, ExceptionEffect.DISAPPLY)
                .when(situation)
                .caveat(Caveat.Kind.UNVERIFIED, "the wording of EAW arts 20 and 21 is taken from the legal audit's reading and the reference, "
                        + "not re-read in the Official Journal in this pass")
                .build();
    }
}
