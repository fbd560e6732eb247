package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.deathPenaltyPossible;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasMeasures;
import static org.openmla.core.rules.Conditions.hasPurpose;
import static org.openmla.core.rules.Conditions.hasRequestingAuthority;
import static org.openmla.core.rules.Conditions.hasSubjectMatter;
import static org.openmla.core.rules.Conditions.issuedByJudicialAuthority;
import static org.openmla.core.rules.Conditions.legalPersonLiability;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.core.rules.Conditions.requestingStateDeclared;
import static org.openmla.core.rules.Conditions.urgent;
import static org.openmla.treaties.coe.CoeConditions.bound;
import static org.openmla.treaties.coe.CoeConditions.declaredByEither;
import static org.openmla.treaties.coe.CoeConditions.declaredOnlyByRequesting;
import static org.openmla.treaties.coe.CoeConditions.everyMeasureMayGoVia;
import static org.openmla.treaties.coe.CoeConditions.letterRogatory;
import static org.openmla.treaties.coe.CoeConditions.personIsAccused;
import static org.openmla.treaties.coe.CoeConditions.transmissionRecorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;

/**
 * The pack {@code ETS30}: the European Convention on Mutual Assistance in Criminal Matters (ETS 30) together with
 * its First (ETS 99) and Second (ETS 182) Additional Protocols, and the terrorism conventions that remove grounds of
 * ETS 30 art. 2(a) for their offences (ETS 90 art. 8, ICSFT arts. 13 and 14).
 *
 * <p><b>One pack, protocols conditioned on party data.</b> A State may be bound by either protocol without the
 * other, and the terrorism conventions bind yet other sets of States, so the protocols are not separate packs in a
 * chain: each protocol rule applies only when both States are bound by that protocol
 * ({@link CoeAssessments#BOUND_BY_ETS99}, {@link CoeAssessments#BOUND_BY_ETS182}, answered from party data). Every
 * rule cites the instrument it comes from ({@code ETS182 art. 9(8)}); provisions of the Convention that ETS 182
 * replaced or added are cited as articles of the Convention as amended ({@code ETS30 art. 1(4)}) and say so.
 *
 * <p><b>One file per instrument.</b> This class holds the Convention's own articles and assembles the pack; the rules of
 * ETS 99 are in {@link Ets99Rules}, those of ETS 182 in {@link Ets182Rules}, and those of ETS 90 and the 1999 Terrorist
 * Financing Convention in {@link TerrorismConventionRules}. The pack lists each instrument's rules right after the
 * articles of the Convention they modify, so its rule order (and with it the order of findings) is that of the
 * Convention.
 *
 * <p>Declarations and reservations come from the States' profiles by the ids in {@link CoeDeclarations}. Where the
 * Convention lets the other Party apply reciprocity (art. 5(2), 16(2), 23(3)), a separate rule citing that
 * paragraph applies the requesting State's own declaration against it.
 */
final class Ets30Pack {
    private Ets30Pack() {}

    static final String ID = "ETS30";
    static final String VERSION = "1.1.0";

    static final Instrument ETS30 = Instrument.of("ETS30", "European Convention on Mutual Assistance in Criminal Matters (ETS No. 30)",
            LocalDate.of(1959, 4, 20), LocalDate.of(1962, 6, 12));
    static final Instrument ETS99 = new Instrument("ETS99",
            "Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 99)",
            java.util.Optional.of(LocalDate.of(1978, 3, 17)), java.util.Optional.empty());
    static final Instrument ETS182 = Instrument.of("ETS182",
            "Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 182)",
            LocalDate.of(2001, 11, 8), LocalDate.of(2004, 2, 1));
    static final Instrument ETS90 = new Instrument("ETS90", "European Convention on the Suppression of Terrorism (ETS No. 90)",
            java.util.Optional.of(LocalDate.of(1977, 1, 27)), java.util.Optional.empty());
    static final Instrument ETS185 = Ets185Pack.ETS185;
    static final Instrument ICSFT = new Instrument("ICSFT", "International Convention for the Suppression of the Financing of Terrorism (1999)",
            java.util.Optional.empty(), java.util.Optional.empty());

    static final LocalDate ETS182_IN_FORCE = LocalDate.of(2004, 2, 1);

    static final AssessmentKey POLITICAL = StandardAssessments.POLITICAL_OFFENCE;
    static final AssessmentKey FISCAL = StandardAssessments.FISCAL_OFFENCE;

    static RulePack pack() {
        RulePack.Builder b = RulePack.builder(ID, VERSION)
                .title("European Convention on Mutual Assistance in Criminal Matters (ETS 30), with its First (ETS 99) and Second "
                        + "(ETS 182) Additional Protocols")
                .instrument(ETS30).instrument(ETS99).instrument(ETS182).instrument(ETS90).instrument(ICSFT).instrument(ETS185)
                .effectiveFrom(ETS30.inForce().orElseThrow())
                .rules(scope())
                .rules(groundsOfArticle2()).rules(Ets99Rules.fiscalOffences())
                .rules(TerrorismConventionRules.rules())
                .rules(searchAndSeizure()).rules(Ets99Rules.searchAndSeizure())
                .rules(lettersRogatoryAndService())
                .rules(transfer()).rules(Ets182Rules.transferToRequested())
                .rules(contentsAndChannels()).rules(Ets182Rules.channelsAndPresence())
                .rules(languageAuthenticationReasons())
                .rules(reservationsUnderArticle23())
                .rules(Ets182Rules.secondProtocolGeneral())
                .rules(Ets182Rules.secondProtocolHearings())
                .rules(Ets182Rules.secondProtocolSpecialTools());
        grounds().forEach(b::ground);
        assessments().forEach(b::assessment);
        return b.build();
    }

    static Condition ets99() {
        return bound(CoeAssessments.BOUND_BY_ETS99, "ETS 99");
    }

    static Condition ets182() {
        return bound(CoeAssessments.BOUND_BY_ETS182, "ETS 182");
    }

    // ---- art. 1: scope ----

    private static List<Rule> scope() {
        return List.of(
                Rule.builder("ets30.1.1", "ETS30 art. 1(1)").scope()
                        .statement("The Convention covers proceedings in respect of offences the punishment of which, at the time of the "
                                + "request, falls within the jurisdiction of the judicial authorities of the requesting Party.")
                        .when(anyOf(issuedByJudicialAuthority(), not(assessed(CoeAssessments.ADMINISTRATIVE_PROCEEDINGS)))).build(),
                Rule.exception("ets30.1.3", "ETS30 art. 1(3)")
                        .statement("Between Parties to ETS 182 (art. 1, amending the Convention), assistance may also be afforded in "
                                + "proceedings brought by administrative authorities for acts punishable as infringements of the rules of "
                                + "law, where the decision may give rise to proceedings before a court having jurisdiction in criminal "
                                + "matters.")
                        .to("ets30.1.1", ExceptionEffect.FORCE_TRUE)
                        .appliesWhen(allOf(not(issuedByJudicialAuthority()), assessed(CoeAssessments.ADMINISTRATIVE_PROCEEDINGS), ets182()))
                        .when(assessed(CoeAssessments.ADMINISTRATIVE_DECISION_MAY_REACH_CRIMINAL_COURT))
                        .effectiveFrom(ETS182_IN_FORCE).build(),
                Rule.builder("ets30.1.2.military", "ETS30 art. 1(2)").scope()
                        .statement("The Convention does not apply to offences under military law which are not offences under ordinary "
                                + "criminal law.")
                        .when(not(offenceInCategory(OffenceCategory.MILITARY_OFFENCE))).build(),
                Rule.builder("ets30.1.2.arrest", "ETS30 art. 1(2)").scope().perMeasure()
                        .statement("The Convention does not apply to arrests.")
                        .when(not(measureOfType(MeasureType.SURRENDER, MeasureType.PROVISIONAL_ARREST))).build(),
                Rule.builder("ets30.1.2.enforcement", "ETS30 art. 1(2)").scope().perMeasure()
                        .statement("The Convention does not apply to the enforcement of verdicts.")
                        .appliesWhen(measureOfType(MeasureType.ASSET_RECOVERY))
                        .when(not(assessed(CoeAssessments.ENFORCES_VERDICT))).build(),
                Rule.builder("ets30.1.4", "ETS30 art. 1(4)").notAGround(CoeGrounds.LEGAL_PERSON_LIABILITY)
                        .statement("Between Parties to ETS 182 (art. 1, amending the Convention), assistance shall not be refused solely "
                                + "on the grounds that it relates to acts for which a legal person may be held liable in the requesting "
                                + "Party.")
                        .when(allOf(ets182(), legalPersonLiability()))
                        .effectiveFrom(ETS182_IN_FORCE).build());
    }

    // ---- art. 2 ----

    private static List<Rule> groundsOfArticle2() {
        return List.of(
                Rule.builder("ets30.2.a.political", "ETS30 art. 2(a)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Assistance may be refused if the request concerns an offence which the requested Party considers a "
                                + "political offence or an offence connected with a political offence.")
                        .when(assessed(POLITICAL)).build(),
                Rule.builder("ets30.2.a.fiscal", "ETS30 art. 2(a)").discretionaryRefusal(StandardGrounds.FISCAL_OFFENCE).perMeasure()
                        .statement("Assistance may be refused if the request concerns an offence which the requested Party considers a "
                                + "fiscal offence.")
                        .when(assessed(FISCAL)).build(),
                Rule.builder("ets30.2.b", "ETS30 art. 2(b)").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused if the requested Party considers that execution is likely to prejudice the "
                                + "sovereignty, security, ordre public or other essential interests of its country.")
                        .when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build());
    }

    // ---- art. 5: search and seizure ----

    static Condition searchOrSeizure() {
        return measureOfType(CoeConditions.SEARCH_OR_SEIZURE.toArray(MeasureType[]::new));
    }

    private static List<Rule> searchAndSeizure() {
        List<Rule> rules = new ArrayList<>();
        String searchNote = " Freezing and access to stored computer data are treated as seizure of property and search.";
        record Art5(String point, String declaration, RefusalGround ground, Condition missing, String text) {}
        List<Art5> conditions = List.of(
                new Art5("a", CoeDeclarations.ETS30_ART5_1_A, StandardGrounds.DUAL_CRIMINALITY,
                        not(assessed(StandardAssessments.DUAL_CRIMINALITY)),
                        "the offence motivating the letters rogatory is punishable under both the law of the requesting Party and the "
                                + "law of the requested Party"),
                new Art5("b", CoeDeclarations.ETS30_ART5_1_B, CoeGrounds.NOT_EXTRADITABLE_OFFENCE,
                        not(assessed(CoeAssessments.EXTRADITABLE_OFFENCE)),
                        "the offence motivating the letters rogatory is an extraditable offence in the requested country"),
                new Art5("c", CoeDeclarations.ETS30_ART5_1_C, CoeGrounds.INCONSISTENT_WITH_REQUESTED_LAW,
                        not(assessed(CoeAssessments.CONSISTENT_WITH_REQUESTED_LAW)),
                        "execution of the letters rogatory is consistent with the law of the requested Party"));
        for (Art5 c : conditions) {
            rules.add(Rule.builder("ets30.5.1." + c.point(), "ETS30 art. 5(1)(" + c.point() + ")").discretionaryRefusal(c.ground())
                    .perMeasure()
                    .statement("The requested Party declared under art. 5(1)(" + c.point() + ") that execution of letters rogatory for "
                            + "search or seizure of property depends on the condition that " + c.text() + "; it may refuse where the "
                            + "condition is not met.")
                    .appliesWhen(allOf(searchOrSeizure(), requestedStateDeclared(c.declaration())))
                    .when(c.missing())
                    .caveat(Caveat.Kind.INTERPRETATION, searchNote.strip()).build());
            rules.add(Rule.builder("ets30.5.2." + c.point(), "ETS30 art. 5(2)").discretionaryRefusal(c.ground()).perMeasure()
                    .statement("The requesting Party declared under art. 5(1)(" + c.point() + ") that search or seizure depends on the "
                            + "condition that " + c.text() + "; the requested Party may apply reciprocity and refuse where the condition "
                            + "is not met.")
                    .appliesWhen(allOf(searchOrSeizure(), declaredOnlyByRequesting(c.declaration())))
                    .when(c.missing())
                    .caveat(Caveat.Kind.INTERPRETATION, searchNote.strip()).build());
        }
        return rules;
    }

    // ---- arts. 3, 6, 7 and 12 ----

    private static List<Rule> lettersRogatoryAndService() {
        return List.of(
                Rule.builder("ets30.3.1", "ETS30 art. 3(1)").formalRequirement()
                        .statement("Letters rogatory are addressed by the judicial authorities of the requesting Party: a court, a judge or "
                                + "a public prosecutor, or an authority the requesting Party deems judicial by declaration under art. 24; "
                                + "between Parties to ETS 182, also an administrative authority in proceedings under art. 1(3).")
                        .appliesWhen(letterRogatory())
                        .when(anyOf(issuedByJudicialAuthority(), allOf(assessed(CoeAssessments.ADMINISTRATIVE_PROCEEDINGS), ets182()))).build(),
                Rule.exception("ets30.24", "ETS30 art. 24")
                        .statement("The requesting Party declared under art. 24 which authorities it deems judicial authorities; letters "
                                + "rogatory from such an authority are from a judicial authority (art. 24 as replaced by ETS 182 art. 6 is "
                                + "reported from general knowledge and not relied on).")
                        .to("ets30.3.1", ExceptionEffect.FORCE_TRUE)
                        .appliesWhen(letterRogatory())
                        .when(allOf(not(issuedByJudicialAuthority()), requestingStateDeclared(CoeDeclarations.ETS30_ART24),
                                assessed(CoeAssessments.ISSUER_DECLARED_JUDICIAL_AUTHORITY))).build(),
                Rule.builder("ets30.6.1", "ETS30 art. 6(1)").postponement().perMeasure()
                        .statement("The requested Party may delay the handing over of property, records or documents it requires in "
                                + "connection with pending criminal proceedings.")
                        .appliesWhen(measureOfType(CoeConditions.HANDING_OVER.toArray(MeasureType[]::new)))
                        .when(assessed(CoeAssessments.PROPERTY_NEEDED_FOR_DOMESTIC_PROCEEDINGS)).build(),
                Rule.builder("ets30.6.2", "ETS30 art. 6(2)").condition().perMeasure()
                        .statement("Property, and original records or documents, handed over shall be returned by the requesting Party as "
                                + "soon as possible unless the requested Party waives their return.")
                        .appliesWhen(measureOfType(MeasureType.SEARCH_AND_SEIZURE))
                        .when(always()).build(),
                Rule.builder("ets30.7.3", "ETS30 art. 7(3)").formalRequirement().perMeasure()
                        .statement("The requested Party declared under art. 7(3) that a summons on an accused person in its territory must "
                                + "be transmitted to its authorities a set time (at most 50 days) before the date set for appearance.")
                        .appliesWhen(allOf(measureOfType(MeasureType.SERVICE_OF_DOCUMENTS),
                                requestedStateDeclared(CoeDeclarations.ETS30_ART7_3), personIsAccused()))
                        .when(assessed(CoeAssessments.SUMMONS_LEAD_TIME_RESPECTED)).build(),
                Rule.builder("ets30.12", "ETS30 art. 12").condition().perMeasure()
                        .statement("A witness, expert or prosecuted person appearing before the judicial authorities of the requesting "
                                + "Party shall not be prosecuted, detained or restricted in liberty for acts or convictions before departure "
                                + "from the requested Party (for a prosecuted person, those not specified in the summons); the immunity "
                                + "ceases after fifteen consecutive days' opportunity to leave (art. 12(3)).")
                        .appliesWhen(measureOfType(MeasureType.FACILITATING_VOLUNTARY_APPEARANCE,
                                MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON))
                        .when(always()).build());
    }

    // ---- art. 11: temporary transfer ----

    private static List<Rule> transfer() {
        Condition toRequesting = allOf(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON),
                not(assessed(CoeAssessments.TRANSFER_FROM_REQUESTING_STATE)));
        List<Rule> rules = new ArrayList<>();
        record Art11(String point, RefusalGround ground, Condition when, String text) {}
        for (Art11 g : List.of(
                new Art11("a", CoeGrounds.NO_CONSENT_TO_TRANSFER, not(assessed(StandardAssessments.DETAINED_PERSON_CONSENT)),
                        "the person in custody does not consent"),
                new Art11("b", CoeGrounds.PRESENCE_NEEDED_DOMESTICALLY, assessed(CoeAssessments.PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS),
                        "his or her presence is necessary at criminal proceedings pending in the territory of the requested Party"),
                new Art11("c", CoeGrounds.DETENTION_PROLONGED, assessed(CoeAssessments.TRANSFER_PROLONGS_DETENTION),
                        "the transfer is liable to prolong his or her detention"),
                new Art11("d", CoeGrounds.OVERRIDING_GROUNDS_AGAINST_TRANSFER, assessed(CoeAssessments.OVERRIDING_GROUNDS_AGAINST_TRANSFER),
                        "there are other overriding grounds for not transferring him or her to the requesting Party"))) {
            rules.add(Rule.builder("ets30.11.1." + g.point(), "ETS30 art. 11(1)(" + g.point() + ")").discretionaryRefusal(g.ground())
                    .perMeasure()
                    .statement("The temporary transfer of a person in custody whose personal appearance for evidentiary purposes, other "
                            + "than for standing trial, the requesting Party applies for may be refused if " + g.text() + ". (The wording of "
                            + "art. 11 as replaced by ETS 182 art. 3; the 1959 text, for a hearing as a witness or for confrontation, has "
                            + "the same grounds in a narrower scope.)")
                    .appliesWhen(toRequesting).when(g.when()).build());
        }
        return rules;
    }

    // ---- arts. 14 and 15 ----

    static final Set<MeasureType> TRANSFERS = EnumSet.of(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON);
    static final Set<TransmissionChannel> MINISTRY = EnumSet.of(TransmissionChannel.CENTRAL_AUTHORITY);
    static final Set<TransmissionChannel> MINISTRY_OR_DIRECT = EnumSet.of(TransmissionChannel.CENTRAL_AUTHORITY,
            TransmissionChannel.DIRECT_JUDICIAL);
    static final Set<TransmissionChannel> MINISTRY_DIRECT_OR_INTERPOL = EnumSet.of(TransmissionChannel.CENTRAL_AUTHORITY,
            TransmissionChannel.DIRECT_JUDICIAL, TransmissionChannel.INTERPOL);

    /** Channels of the original art. 15 for a measure: (1)-(2) letters rogatory and transfers, (3)-(5) the others. */
    private static java.util.function.Function<Measure, Set<TransmissionChannel>> originalChannels(Facts f) {
        boolean urgent = f.request().isUrgent();
        return m -> {
            if (TRANSFERS.contains(m.type())) {
                return MINISTRY;
            }
            if (CoeConditions.isLetterRogatory(m.type())) {
                return urgent ? MINISTRY_DIRECT_OR_INTERPOL : MINISTRY;
            }
            return MINISTRY_DIRECT_OR_INTERPOL;
        };
    }

    /** Neither declaration of art. 15(6) or 15(8) by the requested Party: the channels of art. 15 itself apply. */
    static Condition noChannelDeclaration() {
        return allOf(not(requestedStateDeclared(CoeDeclarations.ETS30_ART15_6)), not(requestedStateDeclared(CoeDeclarations.ETS30_ART15_8)));
    }

    private static List<Rule> contentsAndChannels() {
        Condition noChannelDeclaration = noChannelDeclaration();
        return List.of(
                Rule.builder("ets30.14.1.a", "ETS30 art. 14(1)(a)").formalRequirement()
                        .statement("Requests for mutual assistance shall indicate the authority making the request.")
                        .when(hasRequestingAuthority()).build(),
                Rule.builder("ets30.14.1.b", "ETS30 art. 14(1)(b)").formalRequirement()
                        .statement("Requests for mutual assistance shall indicate the object of and the reason for the request.")
                        .when(allOf(hasMeasures(), anyOf(hasPurpose(), hasSubjectMatter()))).build(),
                Rule.builder("ets30.14.1.c", "ETS30 art. 14(1)(c)").formalRequirement()
                        .statement("Requests for mutual assistance shall indicate, where possible, the identity and the nationality of the "
                                + "person concerned.")
                        .appliesWhen(CoeConditions.concernsPersons())
                        .when(anyOf(CoeConditions.personsIdentifiedWithNationality(), assessed(CoeAssessments.IDENTITY_NOT_ASCERTAINABLE)))
                        .build(),
                Rule.builder("ets30.14.1.d", "ETS30 art. 14(1)(d)").formalRequirement().perMeasure()
                        .statement("Requests for service shall indicate, where necessary, the name and address of the person to be served.")
                        .appliesWhen(measureOfType(MeasureType.SERVICE_OF_DOCUMENTS))
                        .when(CoeConditions.servedPersonNamedAndLocated()).build(),
                Rule.builder("ets30.14.2", "ETS30 art. 14(2)").formalRequirement()
                        .statement("Letters rogatory referred to in arts. 3, 4 and 5 shall, in addition, state the offence and contain a "
                                + "summary of the facts.")
                        .appliesWhen(letterRogatory())
                        .when(allOf(CoeConditions.offencesStated(), hasFactsSummary())).build(),
                Rule.builder("ets30.15", "ETS30 art. 15(1)").formalRequirement()
                        .statement("Letters rogatory and applications for the transfer of persons in custody go from Ministry of Justice to "
                                + "Ministry of Justice (art. 15(1)); in case of urgency letters rogatory may go directly between judicial "
                                + "authorities (art. 15(2)); other requests, including judicial-record requests, may go directly "
                                + "(art. 15(3)-(4)); where direct transmission is permitted it may go through Interpol (art. 15(5)).")
                        .appliesWhen(allOf(transmissionRecorded(), not(ets182()), noChannelDeclaration))
                        .when(everyMeasureMayGoVia("every measure may go through the channel used (art. 15 as adopted in 1959)",
                                Ets30Pack::originalChannels)).build(),
                Rule.builder("ets30.15.6", "ETS30 art. 15(6)").formalRequirement()
                        .statement("The requested Party declared under art. 15(6) that requests shall be sent to it through other channels, "
                                + "or with a copy to its Ministry of Justice.")
                        .appliesWhen(allOf(transmissionRecorded(), requestedStateDeclared(CoeDeclarations.ETS30_ART15_6)))
                        .when(assessed(CoeAssessments.SENT_THROUGH_DECLARED_CHANNEL)).build());
    }

    // ---- arts. 16, 17, 19 ----

    private static List<Rule> languageAuthenticationReasons() {
        Condition languageOk = CoeConditions.writtenInAcceptedLanguage();
        return List.of(
                Rule.builder("ets30.16.1", "ETS30 art. 16(1)").notAGround(CoeGrounds.LACK_OF_TRANSLATION)
                        .statement("Translations of requests and annexed documents shall not be required, where neither State declared "
                                + "under art. 16(2).")
                        .when(not(declaredByEither(CoeDeclarations.ETS30_ART16_2))).build(),
                Rule.builder("ets30.16.2", "ETS30 art. 16(2)").formalRequirement()
                        .statement("The requested Party declared under art. 16(2) that requests and annexed documents shall be accompanied "
                                + "by a translation into its own language or into an official language of the Council of Europe it "
                                + "specified.")
                        .appliesWhen(requestedStateDeclared(CoeDeclarations.ETS30_ART16_2))
                        .when(anyOf(languageOk, assessed(CoeAssessments.TRANSLATION_PROVIDED))).build(),
                Rule.builder("ets30.16.2.reciprocity", "ETS30 art. 16(2)").formalRequirement()
                        .statement("The requesting Party declared under art. 16(2) that it requires translations; the requested Party may "
                                + "apply reciprocity and require a translation in turn.")
                        .appliesWhen(declaredOnlyByRequesting(CoeDeclarations.ETS30_ART16_2))
                        .when(anyOf(languageOk, not(assessed(CoeAssessments.LANGUAGE_RECIPROCITY_INVOKED)),
                                assessed(CoeAssessments.TRANSLATION_PROVIDED))).build(),
                Rule.builder("ets30.17", "ETS30 art. 17").notAGround(CoeGrounds.LACK_OF_AUTHENTICATION)
                        .statement("Evidence or documents transmitted pursuant to the Convention shall not require any form of "
                                + "authentication.")
                        .when(always()).build(),
                Rule.builder("ets30.19", "ETS30 art. 19").consultation()
                        .statement("Reasons shall be given for any refusal of mutual assistance.")
                        .when(always()).build());
    }

    // ---- art. 23 reservations ----

    private static List<Rule> reservationsUnderArticle23() {
        String gk = "the legal reference reports from general knowledge that Parties added this ground by reservation "
                + "under art. 23; the rule applies only where party data record such a reservation";
        return List.of(
                Rule.builder("ets30.23.1.ne-bis-in-idem", "ETS30 art. 23(1)").discretionaryRefusal(StandardGrounds.NE_BIS_IN_IDEM)
                        .statement("The requested Party reserved under art. 23(1) the right to refuse assistance where execution would be "
                                + "contrary to ne bis in idem.")
                        .appliesWhen(requestedStateDeclared(CoeDeclarations.ETS30_ART23_NE_BIS_IN_IDEM))
                        .when(assessed(StandardAssessments.NE_BIS_IN_IDEM)).caveat(Caveat.Kind.UNVERIFIED, gk).build(),
                Rule.builder("ets30.23.3.ne-bis-in-idem", "ETS30 art. 23(3)").discretionaryRefusal(StandardGrounds.NE_BIS_IN_IDEM)
                        .statement("The requesting Party reserved a ne bis in idem ground under art. 23(1); having done so it may not "
                                + "claim assistance in such a case from the requested Party, save in so far as it has itself accepted it.")
                        .appliesWhen(declaredOnlyByRequesting(CoeDeclarations.ETS30_ART23_NE_BIS_IN_IDEM))
                        .when(assessed(StandardAssessments.NE_BIS_IN_IDEM)).caveat(Caveat.Kind.UNVERIFIED, gk).build(),
                Rule.builder("ets30.23.1.death-penalty", "ETS30 art. 23(1)").discretionaryRefusal(StandardGrounds.DEATH_PENALTY)
                        .statement("The requested Party reserved under art. 23(1) the right to refuse assistance where the offence is "
                                + "punishable by death and no sufficient assurance is given that the penalty will not be imposed or carried "
                                + "out.")
                        .appliesWhen(requestedStateDeclared(CoeDeclarations.ETS30_ART23_DEATH_PENALTY))
                        .when(allOf(deathPenaltyPossible(), assessed(StandardAssessments.DEATH_PENALTY_ASSURANCE_REFUSED))).caveat(Caveat.Kind.UNVERIFIED, gk).build(),
                Rule.builder("ets30.23.1.death-penalty.assurance", "ETS30 art. 23(1)").condition()
                        .statement("Under the requested Party's death-penalty reservation, the requesting Party gave an assurance that the "
                                + "death penalty will not be imposed or carried out, and the requested Party accepted it: the assistance is "
                                + "granted on that assurance as a condition.")
                        .appliesWhen(allOf(requestedStateDeclared(CoeDeclarations.ETS30_ART23_DEATH_PENALTY), deathPenaltyPossible()))
                        .when(chosen(StandardAssessments.ASSURANCE_ACCEPTED)).caveat(Caveat.Kind.UNVERIFIED, gk).build(),
                Rule.builder("ets30.23.1.speciality", "ETS30 art. 23(1)").condition()
                        .statement("The requested Party reserved under art. 23(1) that evidence and information provided may not be used "
                                + "for investigations or proceedings other than those stated in the request without its consent.")
                        .appliesWhen(requestedStateDeclared(CoeDeclarations.ETS30_ART23_SPECIALITY))
                        .when(always()).caveat(Caveat.Kind.UNVERIFIED, gk).build(),
                Rule.builder("ets30.23.3.speciality", "ETS30 art. 23(3)").condition()
                        .statement("The requesting Party reserved a use limitation under art. 23(1); it may not claim unlimited use from the "
                                + "requested Party, which may make the same limitation a condition.")
                        .appliesWhen(declaredOnlyByRequesting(CoeDeclarations.ETS30_ART23_SPECIALITY))
                        .when(always()).caveat(Caveat.Kind.UNVERIFIED, gk).build());
    }


    /** @return the grounds the pack's rules name */
    static List<RefusalGround> grounds() {
        return List.of(StandardGrounds.POLITICAL_OFFENCE, StandardGrounds.FISCAL_OFFENCE, StandardGrounds.ESSENTIAL_INTERESTS,
                StandardGrounds.DUAL_CRIMINALITY, StandardGrounds.DISCRIMINATION, StandardGrounds.BANK_SECRECY,
                StandardGrounds.NE_BIS_IN_IDEM, StandardGrounds.DEATH_PENALTY, CoeGrounds.LEGAL_PERSON_LIABILITY,
                CoeGrounds.NOT_EXTRADITABLE_OFFENCE, CoeGrounds.INCONSISTENT_WITH_REQUESTED_LAW, CoeGrounds.TAX_TYPE_MISMATCH,
                CoeGrounds.LACK_OF_TRANSLATION, CoeGrounds.LACK_OF_AUTHENTICATION, CoeGrounds.NO_CONSENT_TO_TRANSFER,
                CoeGrounds.PRESENCE_NEEDED_DOMESTICALLY, CoeGrounds.DETENTION_PROLONGED, CoeGrounds.OVERRIDING_GROUNDS_AGAINST_TRANSFER,
                CoeGrounds.MEASURE_BY_AGREEMENT_ONLY, CoeGrounds.PERSONAL_DATA_PROTECTION);
    }

    /** @return the assessments the pack's rules ask for */
    static List<AssessmentKey> assessments() {
        return List.of(StandardAssessments.POLITICAL_OFFENCE, StandardAssessments.FISCAL_OFFENCE, StandardAssessments.ESSENTIAL_INTERESTS,
                StandardAssessments.DUAL_CRIMINALITY, StandardAssessments.NE_BIS_IN_IDEM, StandardAssessments.INTERFERES_WITH_PROCEEDINGS,
                StandardAssessments.DETAINED_PERSON_CONSENT, StandardAssessments.DEATH_PENALTY_ASSURANCE_REFUSED,
                StandardAssessments.ASSURANCE_ACCEPTED, CoeAssessments.BOUND_BY_ETS99, CoeAssessments.BOUND_BY_ETS182, CoeAssessments.BOUND_BY_ETS90, CoeAssessments.BOUND_BY_ICSFT,
                CoeAssessments.BOUND_BY_ETS185, CoeAssessments.BUDAPEST_OFFENCE,
                CoeAssessments.ADMINISTRATIVE_PROCEEDINGS, CoeAssessments.ADMINISTRATIVE_DECISION_MAY_REACH_CRIMINAL_COURT,
                CoeAssessments.ENFORCES_VERDICT, CoeAssessments.ISSUER_DECLARED_JUDICIAL_AUTHORITY, CoeAssessments.IDENTITY_NOT_ASCERTAINABLE,
                CoeAssessments.PERSON_IS_ACCUSED, CoeAssessments.EXTRADITABLE_OFFENCE, CoeAssessments.CONSISTENT_WITH_REQUESTED_LAW,
                CoeAssessments.PROPERTY_NEEDED_FOR_DOMESTIC_PROCEEDINGS, CoeAssessments.SUMMONS_LEAD_TIME_RESPECTED,
                CoeAssessments.SENT_THROUGH_DECLARED_CHANNEL, CoeAssessments.TRANSLATION_PROVIDED, CoeAssessments.LANGUAGE_RECIPROCITY_INVOKED,
                CoeAssessments.FISCAL_OFFENCE_OF_SAME_NATURE, CoeAssessments.ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE,
                CoeAssessments.TRANSFER_FROM_REQUESTING_STATE, CoeAssessments.PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS,
                CoeAssessments.TRANSFER_PROLONGS_DETENTION, CoeAssessments.OVERRIDING_GROUNDS_AGAINST_TRANSFER,
                CoeAssessments.CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, CoeAssessments.TECHNICAL_MEANS_AVAILABLE,
                CoeAssessments.VIDEOCONFERENCE_PARTICULARS_STATED, CoeAssessments.ACCUSED_CONSENTS_TO_VIDEOCONFERENCE,
                CoeAssessments.WITNESS_AGREES_TO_TELEPHONE_HEARING, CoeAssessments.TELEPHONE_PARTICULARS_STATED,
                CoeAssessments.SERVICE_SUMMARY_TRANSLATED, CoeAssessments.OBSERVATION_WITHOUT_PRIOR_AUTHORISATION,
                CoeAssessments.OBSERVATION_LISTED_OFFENCE, CoeAssessments.JIT_COMPOSITION_PROPOSED, CoeAssessments.RESERVED_ARTICLE_PART_ACCEPTED,
                CoeAssessments.PERSONAL_DATA_PROTECTION_NOT_ENSURED, CoeAssessments.ETS90_OFFENCE, CoeAssessments.ETS90_DISCRIMINATORY_PURPOSE,
                CoeAssessments.ICSFT_OFFENCE, CoeAssessments.ICSFT_DISCRIMINATORY_PURPOSE, CoeAssessments.PRESENCE_OF_OFFICIALS_REQUESTED,
                CoeAssessments.PRESENCE_MAKES_EXECUTION_MORE_RESPONSIVE);
    }
}