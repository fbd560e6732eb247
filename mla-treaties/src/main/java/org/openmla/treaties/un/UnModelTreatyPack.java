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
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;
import static org.openmla.core.rules.Conditions.onlyMeasuresOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;

/** The UN Model Treaty pack, the template for bilateral treaty packs. Built once by {@link org.openmla.treaties.un.UnPacks}. */
final class UnModelTreatyPack {
    private UnModelTreatyPack() {}

    /** Pack version of the UN Model Treaty, whose law has not changed. */
    static final String VERSION = "1.0.0";

    static final Instrument MODEL_TREATY = new Instrument("UN_MODEL_TREATY",
            "UN Model Treaty on Mutual Assistance in Criminal Matters (GA res. 45/117)", java.util.Optional.of(LocalDate.of(1990, 12, 14)),
            java.util.Optional.empty());

    static final String UNVERIFIED = "the legal reference reports this item of the UN Model Treaty from general knowledge [GK]; "
            + "the text seen stops at art. 4(1)(c). Verify against A/RES/45/117 before relying on it.";


    /** @return the UN Model Treaty pack, the template for bilateral treaty packs */
    static RulePack pack() {
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
        RulePack.Builder b = RulePack.builder("UN_MODEL_TREATY", VERSION)
                .title("UN Model Treaty on Mutual Assistance in Criminal Matters (1990) — template for bilateral treaties")
                .instrument(MODEL_TREATY).rules(rules);
        UnPackParts.declare(b, UnAssessments.OFFENCE_WITHIN_REQUESTING_JURISDICTION, StandardAssessments.ESSENTIAL_INTERESTS,
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
