package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.confidentialityRequested;
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
import static org.openmla.treaties.coe.CoeConditions.reservedUnderEts182;
import static org.openmla.treaties.coe.CoeConditions.personIsAccused;
import static org.openmla.treaties.coe.CoeConditions.sentVia;
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
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;

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

    private static final LocalDate ETS182_IN_FORCE = LocalDate.of(2004, 2, 1);

    private static final AssessmentKey POLITICAL = StandardAssessments.POLITICAL_OFFENCE;
    private static final AssessmentKey FISCAL = StandardAssessments.FISCAL_OFFENCE;

    static RulePack pack() {
        RulePack.Builder b = RulePack.builder(ID, VERSION)
                .title("European Convention on Mutual Assistance in Criminal Matters (ETS 30), with its First (ETS 99) and Second "
                        + "(ETS 182) Additional Protocols")
                .instrument(ETS30).instrument(ETS99).instrument(ETS182).instrument(ETS90).instrument(ICSFT).instrument(ETS185)
                .effectiveFrom(ETS30.inForce().orElseThrow())
                .rules(scope())
                .rules(groundsOfArticle2())
                .rules(terrorismConventions())
                .rules(searchAndSeizure())
                .rules(lettersRogatoryAndService())
                .rules(transfer())
                .rules(contentsAndChannels())
                .rules(languageAuthenticationReasons())
                .rules(reservationsUnderArticle23())
                .rules(secondProtocolGeneral())
                .rules(secondProtocolHearings())
                .rules(secondProtocolSpecialTools());
        grounds().forEach(b::ground);
        assessments().forEach(b::assessment);
        return b.build();
    }

    private static Condition ets99() {
        return bound(CoeAssessments.BOUND_BY_ETS99, "ETS 99");
    }

    private static Condition ets182() {
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

    // ---- art. 2 and ETS 99 art. 1 ----

    /** Either State reserved Chapter I of ETS 99, or accepted it only for other offences (ETS 99 art. 8(2)(a), 8(4)). */
    private static Condition ets99ChapterIWithheld() {
        return anyOf(declaredByEither(CoeDeclarations.ETS99_ART8_2_A),
                allOf(declaredByEither(CoeDeclarations.ETS99_ART8_2_A_PARTIAL), not(assessed(CoeAssessments.ETS99_CHAPTER_I_ACCEPTED_FOR_OFFENCE))));
    }

    private static final String ETS99_RESERVED = "Either State reserved under ETS 99 art. 8(2)(a) not to accept Chapter I, or accepted it only "
            + "for offences other than this one; the reserving State is not bound by it and, under art. 8(4), cannot claim it from the other. ";

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
                        .when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build(),
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

    // ---- ETS 90 art. 8 and the 1999 Terrorist Financing Convention ----

    private static List<Rule> terrorismConventions() {
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

    // ---- art. 5 and ETS 99 art. 2: search and seizure ----

    private static Condition searchOrSeizure() {
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

    // ---- art. 11 and ETS 182 art. 13: temporary transfer ----

    private static List<Rule> transfer() {
        Condition toRequesting = allOf(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON),
                not(assessed(CoeAssessments.TRANSFER_FROM_REQUESTING_STATE)));
        Condition toRequested = allOf(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON),
                assessed(CoeAssessments.TRANSFER_FROM_REQUESTING_STATE));
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

    // ---- arts. 14 and 15 ----

    private static final Set<MeasureType> TRANSFERS = EnumSet.of(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON);
    private static final Set<TransmissionChannel> MINISTRY = EnumSet.of(TransmissionChannel.CENTRAL_AUTHORITY);
    private static final Set<TransmissionChannel> MINISTRY_OR_DIRECT = EnumSet.of(TransmissionChannel.CENTRAL_AUTHORITY,
            TransmissionChannel.DIRECT_JUDICIAL);
    private static final Set<TransmissionChannel> MINISTRY_DIRECT_OR_INTERPOL = EnumSet.of(TransmissionChannel.CENTRAL_AUTHORITY,
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

    /** Channels of art. 15(1)-(4) as replaced by ETS 182 art. 4, without Interpol (art. 15(7)). */
    private static java.util.function.Function<Measure, Set<TransmissionChannel>> amendedChannels(Facts f) {
        return m -> TRANSFERS.contains(m.type()) ? MINISTRY : MINISTRY_OR_DIRECT;
    }

    private static List<Rule> contentsAndChannels() {
        Condition noChannelDeclaration = allOf(not(requestedStateDeclared(CoeDeclarations.ETS30_ART15_6)),
                not(requestedStateDeclared(CoeDeclarations.ETS30_ART15_8)));
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
                        .when(assessed(CoeAssessments.SENT_THROUGH_DECLARED_CHANNEL)).build(),
                Rule.builder("ets182.4.15", "ETS30 art. 15(1)").formalRequirement()
                        .statement("Between Parties to ETS 182 (art. 4, replacing art. 15 of the Convention): requests go from Ministry of "
                                + "Justice to Ministry of Justice or directly between judicial authorities (art. 15(1)); applications for "
                                + "the transfer of persons in custody always go between Ministries of Justice (art. 15(2)); requests in "
                                + "administrative proceedings and for controlled deliveries or covert investigations may go directly "
                                + "between competent authorities (art. 15(3)-(4)).")
                        .appliesWhen(allOf(transmissionRecorded(), not(sentVia(TransmissionChannel.INTERPOL)), ets182(), noChannelDeclaration))
                        .when(everyMeasureMayGoVia("every measure may go through the channel used (art. 15 as replaced by ETS 182)",
                                Ets30Pack::amendedChannels))
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

    // ---- ETS 182: postponement, confidentiality, data protection ----

    private static List<Rule> secondProtocolGeneral() {
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

    private static List<Rule> secondProtocolHearings() {
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

    private static List<Rule> secondProtocolSpecialTools() {
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
