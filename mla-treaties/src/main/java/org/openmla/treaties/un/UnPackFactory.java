package org.openmla.treaties.un;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.coerciveMeasure;
import static org.openmla.core.rules.Conditions.hasConductingAuthority;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasPurpose;
import static org.openmla.core.rules.Conditions.hasRequestingAuthority;
import static org.openmla.core.rules.Conditions.measure;
import static org.openmla.core.rules.Conditions.measureDescribed;
import static org.openmla.core.rules.Conditions.measureInFamily;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;
import static org.openmla.core.rules.Conditions.onlyMeasuresOfType;
import static org.openmla.core.rules.Conditions.truth;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Truth;

/** Builds the UN packs. Each is built once by {@link org.openmla.treaties.un.UnPacks}. */
final class UnPackFactory {
    private UnPackFactory() {}

    /** Pack version of UNTOC and UNCAC: 1.1.0 encodes spontaneous information (paragraphs 4-5) and paragraph 29(a). */
    static final String VERSION = "1.1.0";

    /** Pack version of the UN Model Treaty, whose law has not changed. */
    static final String MODEL_TREATY_VERSION = "1.0.0";

    static final Instrument UNTOC = Instrument.of("UNTOC", "United Nations Convention against Transnational Organized Crime",
            LocalDate.of(2000, 11, 15), LocalDate.of(2003, 9, 29));
    static final Instrument UNCAC = Instrument.of("UNCAC", "United Nations Convention against Corruption",
            LocalDate.of(2003, 10, 31), LocalDate.of(2005, 12, 14));
    static final Instrument MODEL_TREATY = new Instrument("UN_MODEL_TREATY",
            "UN Model Treaty on Mutual Assistance in Criminal Matters (GA res. 45/117)", java.util.Optional.of(LocalDate.of(1990, 12, 14)),
            java.util.Optional.empty());

    static final String UNVERIFIED = "the legal reference reports this item of the UN Model Treaty from general knowledge [GK]; "
            + "the text seen stops at art. 4(1)(c). Verify against A/RES/45/117 before relying on it.";

    // ---- UNTOC ----

    /** @return the UNTOC art. 18 pack */
    static RulePack untoc() {
        ConventionMlaArticle a = new ConventionMlaArticle("UNTOC", "18");
        Condition seriousCrime = truth("an offence is a serious crime: punishable by a maximum deprivation of liberty of at least four years "
                + "or a more serious penalty (UNTOC art. 2(b))", f -> {
                    Truth any = Truth.FALSE;
                    for (Offence o : f.request().offences()) {
                        any = any.or(o.maxPenalty().map(p -> Truth.of(p.custodyAtLeast(Period.ofYears(4)) || p.deathPenalty())).orElse(Truth.UNKNOWN));
                    }
                    return f.request().offences().isEmpty() ? Truth.UNKNOWN : any;
                });
        Condition listedOffence = anyOf(
                offenceInCategory(OffenceCategory.PARTICIPATION_IN_CRIMINAL_ORGANISATION, OffenceCategory.LAUNDERING,
                        OffenceCategory.OBSTRUCTION_OF_JUSTICE),
                assessed(UnAssessments.UNTOC_CONVENTION_OFFENCE));
        Condition covered = named("the offence is covered by UNTOC art. 3(1): a serious crime (art. 2(b)) or an offence established under "
                + "art. 5, 6, 8 or 23", anyOf(seriousCrime, listedOffence));
        Rule scope = Rule.builder("untoc.18.1", "UNTOC art. 18(1)").scope()
                .statement("States Parties afford one another the widest measure of mutual legal assistance for the offences covered by the "
                        + "Convention (art. 3): offences under arts. 5, 6, 8 and 23 and serious crime (at least four years' maximum deprivation of "
                        + "liberty, art. 2(b)), where the offence is transnational in nature (art. 3(2)) and involves an organized criminal group "
                        + "(art. 2(a)) — or where the requesting State has reasonable grounds to suspect so, including that victims, witnesses, "
                        + "proceeds, instrumentalities or evidence are in the requested State.")
                .when(allOf(covered, assessed(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME))).build();
        Rule dualCriminality = Rule.builder("untoc.18.9", "UNTOC art. 18(9)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                .statement("Dual criminality (variant DISCRETIONARY): the requested State may decline assistance for absence of dual "
                        + "criminality; it may nevertheless assist, to the extent it decides at its discretion, whether or not the conduct is an "
                        + "offence under its law. UNTOC draws no line between coercive and other measures (contrast UNCAC art. 46(9)(b)).")
                .appliesWhen(a.residual()).when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build();
        RulePack.Builder b = RulePack.builder("UNTOC", VERSION)
                .title("UNTOC art. 18 — mutual legal assistance under the UN Convention against Transnational Organized Crime")
                .instrument(UNTOC).effectiveFrom(UNTOC.inForce().orElseThrow())
                .covers(CommunicationKind.REQUEST, CommunicationKind.SPONTANEOUS_INFORMATION)
                .rules(a.rules(List.of(scope), a.purposes(ConventionMlaArticle.PURPOSES_A_TO_H, " (a)-(h)"), List.of(dualCriminality)));
        declare(b, UnAssessments.TRANSNATIONAL_ORGANISED_CRIME, UnAssessments.UNTOC_CONVENTION_OFFENCE);
        declareCommon(b);
        return b.build();
    }

    // ---- UNCAC ----

    /** @return the UNCAC art. 46 pack */
    static RulePack uncac() {
        ConventionMlaArticle a = new ConventionMlaArticle("UNCAC", "46");
        Rule scope = Rule.builder("uncac.46.1", "UNCAC art. 46(1)").scope()
                .statement("States Parties afford one another the widest measure of mutual legal assistance for the offences covered by the "
                        + "Convention: those established in accordance with it (chapter III), and the freezing, seizure, confiscation and return of "
                        + "their proceeds (art. 3(1)). No transnational element and no organized criminal group is required (contrast UNTOC art. "
                        + "18(1)).")
                .when(named("the offence is covered by UNCAC (art. 3(1)): indicated as corruption, or assessed as an offence established in "
                        + "accordance with the Convention", anyOf(offenceInCategory(OffenceCategory.CORRUPTION),
                                assessed(UnAssessments.UNCAC_CONVENTION_OFFENCE))))
                .build();
        Set<MeasureType> listed = EnumSet.copyOf(ConventionMlaArticle.PURPOSES_A_TO_H);
        listed.add(MeasureType.ASSET_RECOVERY);
        List<Rule> purposes = new java.util.ArrayList<>(a.purposes(listed, " (a)-(h), (j) and (k)"));
        purposes.add(Rule.builder("uncac.46.3.j", "UNCAC art. 46(3)(j)").scope().perMeasure()
                .statement("Identifying, freezing and tracing proceeds of crime in accordance with chapter V (asset recovery) is a purpose for "
                        + "which assistance may be requested, beyond the evidentiary purposes of (c) and (g).")
                .appliesWhen(measureOfType(MeasureType.FREEZING, MeasureType.TRACING_PROCEEDS)).when(always()).build());
        purposes.add(Rule.builder("uncac.46.3.k", "UNCAC art. 46(3)(k)").scope().perMeasure()
                .statement("The recovery of assets in accordance with chapter V is a purpose for which assistance may be requested; under UNTOC "
                        + "it is only 'other assistance' (UNTOC art. 18(3)(i)).")
                .appliesWhen(measureOfType(MeasureType.ASSET_RECOVERY)).when(always()).build());
        Condition noDualCriminality = not(assessed(StandardAssessments.DUAL_CRIMINALITY));
        Condition nonCoerciveWithoutDc = allOf(a.residual(), not(coerciveMeasure()), noDualCriminality);
        List<Rule> dualCriminality = List.of(
                Rule.builder("uncac.46.9.b", "UNCAC art. 46(9)(b)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Dual criminality (variant DISCRETIONARY_FOR_COERCIVE_ONLY, with the CONDUCT_BASED_TEST of art. 43(2)): the "
                                + "requested State may decline assistance for absence of dual criminality, taking into account the purposes of the "
                                + "Convention (art. 46(9)(a)) — but it shall render assistance that involves no coercive action (next rule).")
                        .appliesWhen(a.residual()).when(noDualCriminality).build(),
                Rule.exception("uncac.46.9.b.non-coercive", "UNCAC art. 46(9)(b)").perMeasure()
                        .statement("Even absent dual criminality, the requested State shall, where consistent with the basic concepts of its legal "
                                + "system, render assistance that does not involve coercive action — unless the request involves a de minimis matter "
                                + "or the cooperation sought is available under other provisions of the Convention. Where this holds, absence of dual "
                                + "criminality is no ground for refusing this measure.")
                        .to("uncac.46.9.b", ExceptionEffect.DISAPPLY)
                        .appliesWhen(nonCoerciveWithoutDc)
                        .when(allOf(not(assessed(UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS)), not(assessed(UnAssessments.DE_MINIMIS_MATTER)),
                                not(assessed(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS)))).build(),
                Rule.builder("uncac.46.9.b.de-minimis", "UNCAC art. 46(9)(b)").discretionaryRefusal(StandardGrounds.DE_MINIMIS).perMeasure()
                        .statement("Assistance involving no coercive action, owed even without dual criminality, may still be refused where the "
                                + "request involves matters of a de minimis nature.")
                        .appliesWhen(nonCoerciveWithoutDc).when(assessed(UnAssessments.DE_MINIMIS_MATTER)).build(),
                Rule.builder("uncac.46.9.b.other-provisions", "UNCAC art. 46(9)(b)").discretionaryRefusal(UnGrounds.AVAILABLE_UNDER_OTHER_PROVISIONS)
                        .perMeasure()
                        .statement("Assistance involving no coercive action, owed even without dual criminality, may still be refused where the "
                                + "cooperation or assistance sought is available under other provisions of the Convention.")
                        .appliesWhen(nonCoerciveWithoutDc).when(assessed(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS)).build(),
                Rule.builder("uncac.43.2", "UNCAC art. 43(2)").notAGround(UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS)
                        .statement("Dual criminality is a conduct test (CONDUCT_BASED_TEST): whenever it is required in international cooperation, "
                                + "it is deemed fulfilled if the conduct underlying the offence is a criminal offence under the laws of both States, "
                                + "whatever the category or name the requested State's law gives the offence. A refusal because the offence is "
                                + "classified or named differently is not permitted. Art. 43 lies outside art. 46(9)-(29) and applies to every "
                                + "request.")
                        .when(allOf(not(Conditions.spontaneousInformation()), assessed(StandardAssessments.DUAL_CRIMINALITY))).build());
        RulePack.Builder b = RulePack.builder("UNCAC", VERSION)
                .title("UNCAC art. 46 — mutual legal assistance under the UN Convention against Corruption")
                .instrument(UNCAC).effectiveFrom(UNCAC.inForce().orElseThrow())
                .covers(CommunicationKind.REQUEST, CommunicationKind.SPONTANEOUS_INFORMATION)
                .rules(a.rules(List.of(scope), purposes, dualCriminality));
        declare(b, UnAssessments.UNCAC_CONVENTION_OFFENCE, UnAssessments.DE_MINIMIS_MATTER, UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS,
                UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS, StandardAssessments.MEASURE_COERCIVE);
        declareCommon(b);
        b.ground(StandardGrounds.DE_MINIMIS).ground(UnGrounds.AVAILABLE_UNDER_OTHER_PROVISIONS).ground(UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS);
        return b.build();
    }

    private static void declare(RulePack.Builder b, AssessmentKey... keys) {
        for (AssessmentKey k : keys) {
            b.assessment(k);
        }
    }

    private static void declareCommon(RulePack.Builder b) {
        declare(b, StandardAssessments.MLA_TREATY_BINDS, StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS,
                UnAssessments.OTHER_ASSISTANCE_CONTRARY_TO_LAW, StandardAssessments.DUAL_CRIMINALITY, StandardAssessments.DETAINED_PERSON_CONSENT,
                UnAssessments.TRANSFER_AGREED_BY_BOTH_STATES, UnAssessments.ORAL_REQUEST_AGREED, UnAssessments.LANGUAGE_ACCEPTABLE,
                UnAssessments.AUTHENTICITY_ESTABLISHED, UnAssessments.PERSON_DETAILS_NOT_POSSIBLE, UnAssessments.ADDITIONAL_INFORMATION_NEEDED,
                UnAssessments.VIDEOCONFERENCE_NOT_POSSIBLE, UnAssessments.REQUEST_NOT_IN_CONFORMITY, StandardAssessments.ESSENTIAL_INTERESTS,
                StandardAssessments.DOMESTIC_PROHIBITION, StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM, StandardAssessments.FISCAL_OFFENCE,
                StandardAssessments.INTERFERES_WITH_PROCEEDINGS, UnAssessments.SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES,
                UnAssessments.RECORDS_NOT_PUBLICLY_AVAILABLE, StandardAssessments.CONSULTATION_HELD,
                StandardAssessments.CONSULTATION_CONDITIONS_ACCEPTED, UnAssessments.INFORMATION_ON_CRIMINAL_MATTERS,
                UnAssessments.EXCULPATORY_DISCLOSURE);
        for (RefusalGround g : List.of(StandardGrounds.BANK_SECRECY, StandardGrounds.DUAL_CRIMINALITY, UnGrounds.VIDEOCONFERENCE_NOT_POSSIBLE,
                StandardGrounds.NON_CONFORMITY, StandardGrounds.ESSENTIAL_INTERESTS, StandardGrounds.DOMESTIC_PROHIBITION,
                StandardGrounds.CONTRARY_TO_MLA_LEGAL_SYSTEM, StandardGrounds.FISCAL_OFFENCE, UnGrounds.NON_PUBLIC_GOVERNMENT_RECORDS)) {
            b.ground(g);
        }
    }

    // ---- UN Model Treaty ----

    /** @return the UN Model Treaty pack, the template for bilateral treaty packs */
    static RulePack modelTreaty() {
        Set<MeasureType> forms = EnumSet.of(MeasureType.TAKING_EVIDENCE, MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON,
                MeasureType.FACILITATING_VOLUNTARY_APPEARANCE, MeasureType.SERVICE_OF_DOCUMENTS, MeasureType.SEARCH_AND_SEIZURE,
                MeasureType.EXAMINATION_OF_OBJECTS_AND_SITES, MeasureType.PROVISION_OF_INFORMATION, MeasureType.PUBLIC_RECORDS,
                MeasureType.JUDICIAL_RECORDS, MeasureType.BANK_AND_BUSINESS_RECORDS);
        Condition fourOneGrounds = anyOf(assessed(StandardAssessments.ESSENTIAL_INTERESTS), assessed(StandardAssessments.POLITICAL_OFFENCE),
                assessed(StandardAssessments.DISCRIMINATORY_PURPOSE), assessed(StandardAssessments.NE_BIS_IN_IDEM),
                assessed(UnAssessments.OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE), assessed(StandardAssessments.MEASURE_NOT_AVAILABLE),
                assessed(UnAssessments.MILITARY_OFFENCE), assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS));
        List<Rule> rules = List.of(
                Rule.builder("mt.1.offence", "UN_MODEL_TREATY art. 1").scope()
                        .statement("The Parties afford each other the widest possible assistance in investigations or court proceedings in "
                                + "respect of offences the punishment of which, at the time of the request, falls within the jurisdiction of the "
                                + "judicial authorities of the requesting State.")
                        .when(assessed(UnAssessments.OFFENCE_WITHIN_REQUESTING_JURISDICTION)).build(),
                Rule.builder("mt.1.forms", "UN_MODEL_TREATY art. 1").scope().perMeasure()
                        .statement("Assistance covers taking evidence or statements; making detained or other persons available to give evidence "
                                + "or assist; service of judicial documents; search and seizure; examining objects and sites; providing information "
                                + "and evidentiary items; and providing documents and records. Other measures (tracing, freezing and confiscating "
                                + "proceeds are for the Optional Protocol, not encoded) are outside the treaty.")
                        .appliesWhen(not(measureInFamily(MeasureFamily.SURRENDER)))
                        .when(measure("the measure is a form of assistance listed in art. 1", m -> forms.contains(m.type()))).build(),
                Rule.builder("mt.1.excluded", "UN_MODEL_TREATY art. 1").scope().perMeasure()
                        .statement("The treaty does not apply to the arrest or detention of a person with a view to extradition, the enforcement of "
                                + "criminal judgments (except as the requested State's law permits), the transfer of prisoners, or the transfer of "
                                + "proceedings.")
                        .when(not(measureInFamily(MeasureFamily.SURRENDER))).build(),
                Rule.builder("mt.4.1.a", "UN_MODEL_TREATY art. 4(1)(a)").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused if the requested State is of the opinion that the request, if granted, would "
                                + "prejudice its sovereignty, security, public order or other essential public interest.")
                        .when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build(),
                Rule.builder("mt.4.1.b", "UN_MODEL_TREATY art. 4(1)(b)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Assistance may be refused if the offence is regarded by the requested State as being of a political nature.")
                        .when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build(),
                Rule.builder("mt.4.1.c", "UN_MODEL_TREATY art. 4(1)(c)").discretionaryRefusal(StandardGrounds.DISCRIMINATION)
                        .statement("Assistance may be refused if there are substantial grounds for believing that the request has been made for "
                                + "the purpose of prosecuting a person on account of race, sex, religion, nationality, ethnic origin or political "
                                + "opinions, or that the person's position may be prejudiced for any of those reasons.")
                        .when(assessed(StandardAssessments.DISCRIMINATORY_PURPOSE))
                        .caveat(Caveat.Kind.UNVERIFIED, "the legal reference verifies only the opening words of art. 4(1)(c) [V: UMN-MT]; the rest of the "
                                + "condition is reported from general knowledge [GK].").build(),
                Rule.builder("mt.4.1.d", "UN_MODEL_TREATY art. 4(1)(d)").discretionaryRefusal(StandardGrounds.NE_BIS_IN_IDEM)
                        .statement("Assistance may be refused if the offence is under investigation or prosecution in the requested State, or if "
                                + "prosecution in the requesting State would be incompatible with the requested State's law on double jeopardy (ne "
                                + "bis in idem).")
                        .when(anyOf(assessed(UnAssessments.OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE), assessed(StandardAssessments.NE_BIS_IN_IDEM)))
                        .caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.4.1.e", "UN_MODEL_TREATY art. 4(1)(e)").discretionaryRefusal(StandardGrounds.MEASURE_NOT_AVAILABLE).perMeasure()
                        .statement("Assistance may be refused if the requested State would be required to carry out compulsory measures "
                                + "inconsistent with its law and practice had the offence been the subject of investigation or prosecution under its "
                                + "own jurisdiction.")
                        .appliesWhen(coerciveMeasure()).when(assessed(StandardAssessments.MEASURE_NOT_AVAILABLE)).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.4.1.f", "UN_MODEL_TREATY art. 4(1)(f)").discretionaryRefusal(StandardGrounds.MILITARY_OFFENCE)
                        .statement("Assistance may be refused if the act is an offence under military law which is not also an offence under "
                                + "ordinary criminal law.")
                        .when(anyOf(offenceInCategory(OffenceCategory.MILITARY_OFFENCE), assessed(UnAssessments.MILITARY_OFFENCE)))
                        .caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.4.2", "UN_MODEL_TREATY art. 4(2)").notAGround(StandardGrounds.BANK_SECRECY)
                        .statement("Assistance shall not be refused solely on the ground of secrecy of banks and similar financial institutions.")
                        .when(measureOfType(ConventionMlaArticle.BANK_MEASURES)).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.4.3", "UN_MODEL_TREATY art. 4(3)").postponement()
                        .statement("The requested State may postpone the execution of the request if its immediate execution would interfere with "
                                + "an ongoing investigation or prosecution in the requested State.")
                        .when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.4.4", "UN_MODEL_TREATY art. 4(4)").consultation()
                        .statement("Before refusing or postponing, the requested State shall consider whether assistance may be granted subject to "
                                + "conditions; if the requesting State accepts assistance on those conditions, it shall comply with them.")
                        .when(fourOneGrounds).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.5.authority", "UN_MODEL_TREATY art. 5").formalRequirement()
                        .statement("The request shall name the requesting office and the competent authority conducting the investigation or court "
                                + "proceedings.")
                        .when(allOf(hasRequestingAuthority(), hasConductingAuthority())).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.5.purpose", "UN_MODEL_TREATY art. 5").formalRequirement()
                        .statement("The request shall state its purpose and briefly describe the assistance sought.")
                        .when(allOf(hasPurpose(), measureDescribed())).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.5.facts", "UN_MODEL_TREATY art. 5").formalRequirement()
                        .statement("Except for a request for service of documents, the request shall describe the facts alleged to constitute the "
                                + "offence and state or give the text of the relevant laws.")
                        .appliesWhen(not(onlyMeasuresOfType(MeasureType.SERVICE_OF_DOCUMENTS)))
                        .when(allOf(hasFactsSummary(), Conditions.everyOffenceHasStatutoryProvision())).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.5.service", "UN_MODEL_TREATY art. 5").formalRequirement().perMeasure()
                        .statement("A request for service of documents shall give the name and address of the person to be served.")
                        .appliesWhen(measureOfType(MeasureType.SERVICE_OF_DOCUMENTS))
                        .when(measure("the person to be served is identified", m -> !m.targets().isEmpty())).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.5.3", "UN_MODEL_TREATY art. 5(3)").formalRequirement()
                        .statement("If the requested State considers the information in the request insufficient to deal with it, it may request "
                                + "additional information: until then the request is deficient, not refused.")
                        .when(not(assessed(UnAssessments.ADDITIONAL_INFORMATION_NEEDED))).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.7", "UN_MODEL_TREATY art. 7").condition().perMeasure()
                        .statement("Art. 7 provides for the return of material furnished in execution of the request (evidentiary items, records); "
                                + "its terms are in the treaty text, which the legal reference gives only by heading.")
                        .appliesWhen(measureOfType(MeasureType.SEARCH_AND_SEIZURE, MeasureType.PROVISION_OF_INFORMATION, MeasureType.PUBLIC_RECORDS,
                                MeasureType.JUDICIAL_RECORDS, MeasureType.BANK_AND_BUSINESS_RECORDS))
                        .when(always()).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.8", "UN_MODEL_TREATY art. 8").condition()
                        .statement("The requesting State shall not use or transfer information or evidence provided for investigations or "
                                + "proceedings other than those stated in the request without the requested State's consent.")
                        .when(always()).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build(),
                Rule.builder("mt.9", "UN_MODEL_TREATY art. 9").condition()
                        .statement("Where the requesting State asks for confidentiality, art. 9 (confidentiality) applies to the request; its terms "
                                + "are in the treaty text, which the legal reference gives only by heading.")
                        .when(Conditions.confidentialityRequested()).caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED).build());
        RulePack.Builder b = RulePack.builder("UN_MODEL_TREATY", MODEL_TREATY_VERSION)
                .title("UN Model Treaty on Mutual Assistance in Criminal Matters (1990) — template for bilateral treaties")
                .instrument(MODEL_TREATY).rules(rules);
        declare(b, UnAssessments.OFFENCE_WITHIN_REQUESTING_JURISDICTION, StandardAssessments.ESSENTIAL_INTERESTS,
                StandardAssessments.POLITICAL_OFFENCE, StandardAssessments.DISCRIMINATORY_PURPOSE, UnAssessments.OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE,
                StandardAssessments.NE_BIS_IN_IDEM, StandardAssessments.MEASURE_NOT_AVAILABLE, UnAssessments.MILITARY_OFFENCE,
                StandardAssessments.INTERFERES_WITH_PROCEEDINGS, UnAssessments.ADDITIONAL_INFORMATION_NEEDED, StandardAssessments.MEASURE_COERCIVE);
        for (RefusalGround g : List.of(StandardGrounds.ESSENTIAL_INTERESTS, StandardGrounds.POLITICAL_OFFENCE, StandardGrounds.DISCRIMINATION,
                StandardGrounds.NE_BIS_IN_IDEM, StandardGrounds.MEASURE_NOT_AVAILABLE, StandardGrounds.MILITARY_OFFENCE, StandardGrounds.BANK_SECRECY)) {
            b.ground(g);
        }
        return b.build();
    }
}
