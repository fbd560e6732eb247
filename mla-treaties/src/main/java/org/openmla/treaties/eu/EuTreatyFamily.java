package org.openmla.treaties.eu;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.RulePack;
import org.openmla.treaties.TreatyFamily;
import org.openmla.treaties.docs.PackDocumentation;
import org.openmla.treaties.resolver.CoexistenceRule;
import org.openmla.treaties.resolver.InstrumentRelationship;
import org.openmla.treaties.resolver.NonParticipationRule;
import org.openmla.treaties.resolver.SupersessionRule;

/**
 * The EU family: the {@code EIO}, {@code EEVIDENCE} and {@code EAW} packs; the relationships {@code EIO.34.1} (the
 * European Investigation Order replaces the corresponding provisions of ETS 30, its protocols and the 2000 EU Convention
 * between bound Member States from 22 May 2017, Directive 2014/41/EU art. 34(1), while joint investigation teams,
 * cross-border surveillance and service of documents stay under them, art. 3, recitals 8 and 9, art. 1(1)) and
 * {@code EIO.NON-PARTICIPATION} (Ireland and Denmark are not bound, recitals 44 and 45), {@code EEVIDENCE.32.1}
 * (e-Evidence does not affect the other instruments on gathering evidence, Regulation (EU) 2023/1543 art. 32(1)) and
 * {@code EAW.31.1} (the EAW replaces the corresponding provisions of the extradition conventions between Member States
 * from 1 January 2004, Framework Decision 2002/584/JHA art. 31(1), only where a host's data lists them); and the party data
 * {@code eu-membership.json}, {@code eio.json}, {@code eevidence.json}, {@code eaw.json} and {@code eu-mla-2000.json}.
 * Immutable; use {@link #INSTANCE}.
 */
public final class EuTreatyFamily implements TreatyFamily {

    /** The family. */
    public static final EuTreatyFamily INSTANCE = new EuTreatyFamily();

    /** The id of the relationship by which the EIO replaces the conventions. */
    public static final String EIO_REPLACES_CONVENTIONS = "EIO.34.1";

    /** The id of the relationship by which Ireland and Denmark stay outside the EIO. */
    public static final String EIO_NON_PARTICIPATION = "EIO.NON-PARTICIPATION";

    /** The instrument id of the 2000 EU Convention on mutual assistance in criminal matters (party data only, no pack). */
    public static final String EU_MLA_CONVENTION_2000 = "EU2000";

    /** The id of the relationship by which e-Evidence leaves the other instruments on gathering evidence untouched. */
    public static final String EEVIDENCE_ALONGSIDE_OTHERS = "EEVIDENCE.32.1";

    /** The id of the relationship by which the EAW replaces the extradition conventions between Member States. */
    public static final String EAW_REPLACES_EXTRADITION_CONVENTIONS = "EAW.31.1";

    /**
     * The extradition conventions whose corresponding provisions the EAW replaces between Member States from 1 January
     * 2004 (EAW art. 31(1)(a)-(e)), as instrument ids a host's party data uses for them: the European Convention on
     * Extradition and its first two protocols ({@code ETS24}, {@code ETS86}, {@code ETS98}), the European Convention on
     * the Suppression of Terrorism as far as extradition is concerned ({@code ETS90}), the 1989 agreement on the
     * transmission of extradition requests ({@code EU-EXTRADITION-1989}), the 1995 and 1996 EU conventions on
     * extradition ({@code EU-EXTRADITION-1995}, {@code EU-EXTRADITION-1996}) and Title III, Chapter 4 of the Schengen
     * Implementing Convention ({@code CISA}). None is in the shipped party data.
     */
    public static final java.util.Set<String> EXTRADITION_CONVENTIONS = java.util.Set.of("ETS24", "ETS86", "ETS98", "ETS90",
            "EU-EXTRADITION-1989", "EU-EXTRADITION-1995", "EU-EXTRADITION-1996", "CISA");

    /** The first day the EAW replaces them (EAW art. 31(1); requests received earlier stay under them, art. 32). */
    public static final java.time.LocalDate EAW_REPLACES_FROM = java.time.LocalDate.of(2004, 1, 1);

    private static final java.util.Map<MeasureType, String> STAY_UNDER_CONVENTIONS = new java.util.EnumMap<>(java.util.Map.of(
            MeasureType.JOINT_INVESTIGATION_TEAM, "setting up a joint investigation team and gathering evidence within it are outside the EIO: "
                    + "EIO art. 3 and recital 8",
            MeasureType.CROSS_BORDER_OBSERVATION, "cross-border surveillance under the Schengen Implementing Convention is outside the EIO: "
                    + "EIO recital 9",
            MeasureType.SERVICE_OF_DOCUMENTS, "service of procedural documents does not obtain evidence, so it is outside the EIO: "
                    + "EIO art. 1(1)"));

    private static final List<InstrumentRelationship> RELATIONSHIPS = List.of(
            new SupersessionRule(EIO_REPLACES_CONVENTIONS, EioPack.ID, Set.of("ETS30", "ETS99", "ETS182", EU_MLA_CONVENTION_2000),
                    Optional.of(EioPack.APPLICABLE_FROM), Citation.parse("EIO art. 34(1)"),
                    "between the Member States bound by it, the Directive replaces the corresponding provisions of the European Convention "
                            + "on Mutual Assistance in Criminal Matters (ETS 30) and its two additional protocols (ETS 99, ETS 182), the "
                            + "2000 EU Convention on mutual assistance and its protocol, and the Schengen Implementing Convention",
                    STAY_UNDER_CONVENTIONS),
            new NonParticipationRule(EIO_NON_PARTICIPATION, EioPack.ID, new java.util.LinkedHashMap<>(java.util.Map.of(
                    Jurisdiction.of("IE"), "Ireland did not take part in its adoption and is not bound by it: EIO recital 44, Protocol No 21",
                    Jurisdiction.of("DK"), "Denmark is not bound by it: EIO recital 45, Protocol No 22")),
                    List.of("ETS30", "ETS99", "ETS182", EU_MLA_CONVENTION_2000), Citation.parse("EIO art. 34(1)")),
            new CoexistenceRule(EEVIDENCE_ALONGSIDE_OTHERS, EevidencePack.ID,
                    List.of(EioPack.ID, "ETS30", "ETS99", "ETS182", EU_MLA_CONVENTION_2000, "ETS185", "CETS224"),
                    Citation.parse("EEVIDENCE art. 32(1)"),
                    "the Regulation does not affect Union or other international instruments, agreements and arrangements on the gathering "
                            + "of evidence that falls within its scope"),
            new SupersessionRule(EAW_REPLACES_EXTRADITION_CONVENTIONS, EawPack.ID, EXTRADITION_CONVENTIONS, Optional.of(EAW_REPLACES_FROM),
                    Citation.parse("EAW art. 31(1)"),
                    "from 1 January 2004 the Framework Decision replaces the corresponding provisions of the conventions applicable in the "
                            + "field of extradition in relations between the Member States, without prejudice to their application between "
                            + "Member States and third States; extradition requests received before that date stay under them (art. 32)",
                    nonSurrenderMeasures()));

    /** What the extradition conventions keep: everything but surrender (ETS 90 is replaced "as far as extradition is concerned"). */
    private static java.util.Map<MeasureType, String> nonSurrenderMeasures() {
        java.util.Map<MeasureType, String> kept = new java.util.EnumMap<>(MeasureType.class);
        for (MeasureType t : MeasureType.values()) {
            if (t.family() != org.openmla.core.model.MeasureFamily.SURRENDER) {
                kept.put(t, "the Framework Decision replaces them only as far as extradition (surrender) is concerned: EAW art. 31(1)");
            }
        }
        return kept;
    }

    private EuTreatyFamily() {}

    @Override
    public String name() {
        return "EU";
    }

    @Override
    public List<RulePack> packs() {
        return EuPacks.all();
    }

    @Override
    public List<InstrumentRelationship> relationships() {
        return RELATIONSHIPS;
    }

    @Override
    public List<String> partyDataResources() {
        return List.of("eu-membership.json", "eio.json", "eevidence.json", "eaw.json", "eu-mla-2000.json");
    }

    @Override
    public List<PackDocumentation> documentation() {
        return List.of(EuDocumentation.eio(), EuDocumentation.eevidence(), EuDocumentation.eaw());
    }

    @Override
    public String toString() {
        return "EuTreatyFamily";
    }
}
