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
import org.openmla.treaties.resolver.InstrumentRelationship;
import org.openmla.treaties.resolver.NonParticipationRule;
import org.openmla.treaties.resolver.SupersessionRule;

/**
 * The EU family: the {@code EIO}, {@code EEVIDENCE} and {@code EAW} packs; the relationships {@code EIO.34.1} (the
 * European Investigation Order replaces the corresponding provisions of ETS 30, its protocols and the 2000 EU Convention
 * between bound Member States from 22 May 2017, Directive 2014/41/EU art. 34(1), while joint investigation teams,
 * cross-border surveillance and service of documents stay under them, art. 3, recitals 8 and 9, art. 1(1)) and
 * {@code EIO.NON-PARTICIPATION} (Ireland and Denmark are not bound, recitals 44 and 45); and the party data
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
                    List.of("ETS30", "ETS99", "ETS182", EU_MLA_CONVENTION_2000), Citation.parse("EIO art. 34(1)")));

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
