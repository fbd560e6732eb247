package org.openmla.treaties.eu;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.RulePack;
import org.openmla.treaties.TreatyFamily;
import org.openmla.treaties.docs.PackDocumentation;
import org.openmla.treaties.internal.eu.EuDocumentation;
import org.openmla.treaties.resolver.InstrumentRelationship;
import org.openmla.treaties.resolver.SupersessionRule;

/**
 * The EU family: the {@code EIO}, {@code EEVIDENCE} and {@code EAW} packs; the relationship {@code EIO.34.1} (the
 * European Investigation Order replaces ETS 30 and its protocols between bound Member States from 22 May 2017,
 * Directive 2014/41/EU art. 34(1)); and the party data {@code eio.json}, {@code eevidence.json} and {@code eaw.json}.
 * Immutable; use {@link #INSTANCE}.
 */
public final class EuTreatyFamily implements TreatyFamily {

    /** The family. */
    public static final EuTreatyFamily INSTANCE = new EuTreatyFamily();

    /** The id of the relationship by which the EIO replaces the conventions. */
    public static final String EIO_REPLACES_CONVENTIONS = "EIO.34.1";

    private static final List<InstrumentRelationship> RELATIONSHIPS = List.of(
            new SupersessionRule(EIO_REPLACES_CONVENTIONS, EioPack.ID, Set.of("ETS30", "ETS99", "ETS182"), Optional.of(EioPack.APPLICABLE_FROM),
                    Citation.parse("EIO art. 34(1)"),
                    "between the Member States bound by it, the Directive replaces the corresponding provisions of the European Convention "
                            + "on Mutual Assistance in Criminal Matters (ETS 30) and its two additional protocols (ETS 99, ETS 182), as well as "
                            + "the 2000 EU Convention on mutual assistance and the Schengen Implementing Convention; Denmark and Ireland are not "
                            + "bound (recitals 44-45), so the conventions continue to apply with them"));

    private EuTreatyFamily() {}

    @Override
    public String name() {
        return "EU";
    }

    @Override
    public List<RulePack> packs() {
        return new EuRulePackProvider().packs();
    }

    @Override
    public List<InstrumentRelationship> relationships() {
        return RELATIONSHIPS;
    }

    @Override
    public List<String> partyDataResources() {
        return List.of("eio.json", "eevidence.json", "eaw.json");
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
