package org.openmla.examples.custompack;

import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.deathPenaltyPossible;

import java.time.LocalDate;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.treaties.un.UnAssessments;
import org.openmla.treaties.un.UnPacks;

/**
 * The rule pack of {@value #ID}, a <b>fictional</b> bilateral treaty on mutual assistance in criminal matters,
 * negotiated on the UN Model Treaty (GA res. 45/117) as many real bilateral treaties are. It shows how a host encodes
 * its own treaty by extending the built-in {@code UN_MODEL_TREATY} pack: every rule of the Model Treaty is inherited
 * unless the treaty departs from it, and every departure cites the treaty's own article. No State is bound by it; the
 * party data that declares it between two States ({@code mla-examples/requests/party-data/example-mlat.json}) is part of
 * the example, not a statement about any real treaty.
 *
 * <p>Where it departs from the Model Treaty, it follows what the Model Treaty's footnotes invite negotiators to consider
 * (further grounds such as capital punishment; the legal reference reports these footnotes from general knowledge,
 * unverified, which is one more reason this treaty is fictional):
 * <ul>
 *   <li><b>Replaced</b>, {@code mt.4.1.d} (Model Treaty art. 4(1)(d): the offence is under investigation or prosecution
 *       in the requested State, or prosecution would offend its double-jeopardy law). The treaty keeps only the ne bis
 *       in idem limb ({@value #ID} art. 4(1)(d)): that the requested State is itself investigating the same offence is
 *       a reason to <em>postpone</em> execution (inherited Model Treaty art. 4(3)), not to refuse it, so the two
 *       States' investigations can proceed side by side.</li>
 *   <li><b>Replaced</b> with it, {@code mt.4.4} (consultation before refusing or postponing), so that the duty to consult
 *       follows this treaty's grounds: it no longer waits on the dropped limb or on the military-offence ground, and
 *       it covers the death-penalty ground.</li>
 *   <li><b>Added</b>, {@value #DEATH_PENALTY_RULE} ({@value #ID} art. 4(1)(g)): assistance may be refused where the
 *       offence is punishable by death under the requesting State's law and that State does not give sufficient
 *       assurance that the death penalty will not be imposed or, if imposed, not carried out — the capital-punishment
 *       ground the Model Treaty's footnote suggests.</li>
 *   <li><b>Disabled</b>, {@code mt.4.1.f} (military offences): neither Party has military offences outside its ordinary
 *       criminal law, so the treaty has no military-offence ground; a refusal proposed on it is answered "not
 *       provided".</li>
 * </ul>
 *
 * <p>The inherited rules keep the caveats of the Model Treaty pack where the legal reference marks them unverified.
 * The pack is immutable and built once.
 */
public final class ExampleTreatyPack {

    /** The treaty's and the pack's id. */
    public static final String ID = "EXAMPLE-MLAT";
    /** The pack's version. */
    public static final String VERSION = "1.0.0";
    /** The id of the rule the treaty adds. */
    public static final String DEATH_PENALTY_RULE = "example-mlat.4.1.g";
    /** The date the fictional treaty entered into force. */
    public static final LocalDate IN_FORCE = LocalDate.of(2012, 1, 1);

    private static final RulePack PACK = build();

    private ExampleTreatyPack() {}

    /** @return the pack */
    public static RulePack pack() {
        return PACK;
    }

    private static RulePack build() {
        return RulePack.builder(ID, VERSION)
                .title("Example bilateral treaty on mutual assistance in criminal matters (fictional), built on the UN Model Treaty")
                .instrument(Instrument.of(ID, "Example bilateral treaty on mutual assistance in criminal matters (fictional)",
                        LocalDate.of(2011, 6, 1), IN_FORCE))
                .effectiveFrom(IN_FORCE)
                .extending(UnPacks.UN_MODEL_TREATY)
                .replace(Rule.builder("mt.4.1.d", ID + " art. 4(1)(d)").discretionaryRefusal(StandardGrounds.NE_BIS_IN_IDEM)
                        .statement("Assistance may be refused if the person concerned has been finally acquitted, pardoned or convicted in the "
                                + "requested State for the same acts, so that prosecution in the requesting State would be incompatible with the "
                                + "requested State's law on double jeopardy. An investigation of the same offence in the requested State is a "
                                + "ground for postponement (art. 4(3)), not for refusal.")
                        .when(assessed(StandardAssessments.NE_BIS_IN_IDEM)).build())
                .replace(Rule.builder("mt.4.4", ID + " art. 4(4)").consultation()
                        .statement("Before refusing under paragraph 1 or postponing under paragraph 3, the requested State shall consider, in "
                                + "consultation with the requesting State, whether assistance may be granted subject to conditions; if the "
                                + "requesting State accepts assistance on those conditions, it shall comply with them.")
                        .when(anyOf(assessed(StandardAssessments.ESSENTIAL_INTERESTS), assessed(StandardAssessments.POLITICAL_OFFENCE),
                                assessed(StandardAssessments.DISCRIMINATORY_PURPOSE), assessed(StandardAssessments.NE_BIS_IN_IDEM),
                                assessed(StandardAssessments.MEASURE_NOT_AVAILABLE), deathPenaltyPossible().and(
                                        assessed(StandardAssessments.DEATH_PENALTY_ASSURANCE_REFUSED)),
                                assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS))).build())
                .disable("mt.4.1.f", "Neither Party has military offences outside its ordinary criminal law: " + ID
                        + " has no military-offence ground.")
                .rule(Rule.builder(DEATH_PENALTY_RULE, ID + " art. 4(1)(g)").discretionaryRefusal(StandardGrounds.DEATH_PENALTY)
                        .statement("Assistance may be refused if the offence is punishable by death under the law of the requesting State, "
                                + "unless that State gives such assurance as the requested State considers sufficient that the death penalty "
                                + "will not be imposed or, if imposed, will not be carried out.")
                        .appliesWhen(deathPenaltyPossible())
                        .when(assessed(StandardAssessments.DEATH_PENALTY_ASSURANCE_REFUSED)).build())
                .assessment(StandardAssessments.NE_BIS_IN_IDEM)
                .assessment(StandardAssessments.DEATH_PENALTY_ASSURANCE_REFUSED)
                .assessment(UnAssessments.OFFENCE_WITHIN_REQUESTING_JURISDICTION)
                .ground(StandardGrounds.DEATH_PENALTY)
                .build();
    }
}
