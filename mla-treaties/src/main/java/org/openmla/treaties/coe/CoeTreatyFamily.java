package org.openmla.treaties.coe;

import java.util.List;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.RulePack;
import org.openmla.treaties.TreatyFamily;
import org.openmla.treaties.docs.PackDocumentation;
import org.openmla.treaties.resolver.BindingAssessmentRule;
import org.openmla.treaties.resolver.InstrumentRelationship;
import org.openmla.treaties.resolver.ResidualProvisionsRule;

/**
 * The Council of Europe family: the packs {@code ETS30}, {@code ETS185} and {@code CETS224}; the party data
 * {@code ets30.json} (ETS 30, ETS 99, ETS 182), {@code ets185.json} and {@code cets224.json}; and the relationships the
 * resolver applies for them:
 *
 * <ul>
 *   <li>Budapest Convention arts. 27 and 28 apply only where no treaty of mutual legal assistance binds the two States,
 *       unless they agree to apply them ({@code ETS185 art. 27(1)}, {@code 28(1)}); ETS 30 is such a treaty, so
 *       between two Parties to ETS 30 the Budapest Convention's own rules (arts. 25, 29 to 35) still apply but arts. 27
 *       and 28 give way, as UNTOC art. 18(9)-(29) and UNCAC art. 46(9)-(29) do;</li>
 *   <li>whether both States are bound by ETS 99, ETS 182, ETS 90, the 1999 Terrorist Financing Convention, ETS 185
 *       (for its art. 25(4) where ETS 30 governs) and CETS 224, answered from party data as the assessments the packs ask ({@link CoeAssessments}), or left open.</li>
 * </ul>
 *
 * Immutable; use {@link #INSTANCE}.
 */
public final class CoeTreatyFamily implements TreatyFamily {

    /** The family. */
    public static final CoeTreatyFamily INSTANCE = new CoeTreatyFamily();

    private static final List<InstrumentRelationship> RELATIONSHIPS = List.of(
            new ResidualProvisionsRule("ETS185", "arts. 27 and 28", Citation.parse("ETS185 art. 27(1)"), true),
            new BindingAssessmentRule("ETS99", "ETS30", CoeAssessments.BOUND_BY_ETS99, "the rules of ETS 99 on fiscal offences",
                    Citation.parse("ETS99 art. 1")),
            new BindingAssessmentRule("ETS182", "ETS30", CoeAssessments.BOUND_BY_ETS182,
                    "the Convention as amended by ETS 182 and the Protocol's own tools", Citation.parse("ETS182 art. 1")),
            new BindingAssessmentRule("ETS90", "ETS30", CoeAssessments.BOUND_BY_ETS90,
                    "the exclusion of the political-offence ground for ETS 90 offences", Citation.parse("ETS90 art. 8(3)")),
            new BindingAssessmentRule("ICSFT", "ETS30", CoeAssessments.BOUND_BY_ICSFT,
                    "the exclusion of the political, fiscal and bank-secrecy grounds for terrorist financing", Citation.parse("ICSFT art. 14")),
            new BindingAssessmentRule("ETS185", "ETS30", CoeAssessments.BOUND_BY_ETS185,
                    "the Budapest Convention's rule that its offences are not refused as fiscal", Citation.parse("ETS185 art. 25(4)")),
            new BindingAssessmentRule("CETS224", "ETS185", CoeAssessments.BOUND_BY_CETS224,
                    "the Second Additional Protocol's orders for subscriber information and traffic data", Citation.parse("CETS224 art. 16")));

    private CoeTreatyFamily() {}

    @Override
    public String name() {
        return "COE";
    }

    @Override
    public List<RulePack> packs() {
        return CoePacks.all();
    }

    @Override
    public List<InstrumentRelationship> relationships() {
        return RELATIONSHIPS;
    }

    @Override
    public List<String> partyDataResources() {
        return List.of("ets30.json", "ets185.json", "cets224.json");
    }

    @Override
    public List<PackDocumentation> documentation() {
        return List.of(CoeDocumentation.ets30(), CoeDocumentation.ets185(), CoeDocumentation.cets224());
    }

    @Override
    public String toString() {
        return "CoeTreatyFamily";
    }
}
