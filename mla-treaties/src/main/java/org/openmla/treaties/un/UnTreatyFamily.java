package org.openmla.treaties.un;

import java.util.List;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.RulePack;
import org.openmla.treaties.TreatyFamily;
import org.openmla.treaties.docs.PackDocumentation;
import org.openmla.treaties.resolver.InstrumentRelationship;
import org.openmla.treaties.resolver.ResidualProvisionsRule;

/**
 * The UN family: the UNTOC, UNCAC and UN Model Treaty packs; the relationships UNTOC art. 18(7) and UNCAC art. 46(7)
 * (paragraphs 9 to 29 give way to a treaty of mutual legal assistance); and the party data {@code untoc.json},
 * {@code uncac.json} and {@code un-model-treaty.json}. Immutable; use {@link #INSTANCE}.
 */
public final class UnTreatyFamily implements TreatyFamily {

    /** The family. */
    public static final UnTreatyFamily INSTANCE = new UnTreatyFamily();

    private static final List<InstrumentRelationship> RELATIONSHIPS = List.of(
            new ResidualProvisionsRule("UNTOC", "art. 18(9)-(29)", Citation.parse("UNTOC art. 18(7)"), true),
            new ResidualProvisionsRule("UNCAC", "art. 46(9)-(29)", Citation.parse("UNCAC art. 46(7)"), true));

    private UnTreatyFamily() {}

    @Override
    public String name() {
        return "UN";
    }

    @Override
    public List<RulePack> packs() {
        return UnPacks.all();
    }

    @Override
    public List<InstrumentRelationship> relationships() {
        return RELATIONSHIPS;
    }

    @Override
    public List<String> partyDataResources() {
        return List.of("untoc.json", "uncac.json", "un-model-treaty.json");
    }

    @Override
    public List<PackDocumentation> documentation() {
        return List.of(UnDocumentation.untoc(), UnDocumentation.uncac(), UnDocumentation.modelTreaty());
    }

    @Override
    public String toString() {
        return "UnTreatyFamily";
    }
}
