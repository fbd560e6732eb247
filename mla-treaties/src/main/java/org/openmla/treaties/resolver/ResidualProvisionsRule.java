package org.openmla.treaties.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.FrozenList;
import org.openmla.treaties.parties.BilateralTreaty;

/**
 * Provisions of an instrument that apply only where no treaty of mutual legal assistance binds the two States, unless
 * they agree to apply them instead: UNTOC art. 18(7) (paragraphs 9 to 29), UNCAC art. 46(7), and in the same pattern
 * Budapest Convention arts. 27(1) and 28(1).
 *
 * <p>Between two States bound by the instrument it finds whether such a treaty binds them (a bilateral treaty flagged
 * as an MLA treaty, or a multilateral instrument flagged {@code mlaTreaty} in party data) and whether they agreed to
 * apply the instrument's provisions instead (recorded on a bilateral treaty's
 * {@code agreedToApplyConventionProvisions}). It supplies the answers to the engine as the standard assessments
 * {@code MLA_TREATY_BINDS} and, when a treaty binds, {@code AGREED_TO_APPLY_CONVENTION_PROVISIONS}; the packs' rules
 * for the provisions read them in their {@code appliesWhen}. Where the data cannot tell whether a treaty binds, it
 * supplies nothing, so the engine asks. Immutable and thread-safe.
 */
public final class ResidualProvisionsRule implements InstrumentRelationship {

    private static final String FROM_PARTY_DATA = "; from party data";

    private final String instrumentId;
    private final String provisions;
    private final Citation citation;
    private final boolean agreementPossible;
    private final String id;
    private final String citationText;
    /** The instrument and its provisions, e.g. {@code UNTOC art. 18(9)-(29)}. */
    private final String what;
    private final java.util.Set<String> concerns;
    private final Optional<String> provisionsNamed;

    /**
     * @param instrumentId the instrument, e.g. {@code UNTOC}
     * @param provisions the provisions concerned, e.g. {@code art. 18(9)-(29)}
     * @param citation the provision that sets the rule, e.g. {@code UNTOC art. 18(7)}
     * @param agreementPossible whether the States may agree to apply the provisions instead of their treaty
     */
    public ResidualProvisionsRule(String instrumentId, String provisions, Citation citation, boolean agreementPossible) {
        this.instrumentId = LegalBasis.checkInstrumentId(instrumentId);
        this.provisions = Checks.text(provisions, "provisions", 200);
        this.citation = Objects.requireNonNull(citation, "citation");
        this.agreementPossible = agreementPossible;
        StringBuilder b = new StringBuilder(citation.instrument()).append('.').append(citation.article());
        citation.points().forEach(p -> b.append('.').append(p));
        this.id = b.toString();
        this.citationText = citation.toString();
        this.provisionsNamed = Optional.of(this.provisions);
        this.what = this.instrumentId + " " + this.provisions;
        this.concerns = java.util.Set.of(this.instrumentId);
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the instrument whose provisions this rule concerns */
    @Override
    public java.util.Set<String> concerns() {
        return concerns;
    }

    @Override
    public String description() {
        return instrumentId + " " + provisions + " apply only where no treaty of mutual legal assistance binds the two States"
                + (agreementPossible ? ", unless they agree to apply them instead of the treaty's corresponding provisions" : "")
                + " (" + citation + ").";
    }

    @Override
    public RelationshipResult apply(RelationshipContext ctx) {
        if (ctx.bothBound(instrumentId).isFalse()) {
            return RelationshipResult.none();
        }
        Truth treaty = ctx.anyMlaTreatyBindsBoth(instrumentId);
        String requesting = ctx.requesting().toString();
        String requested = ctx.requested().toString();
        String on = ctx.dateText();
        ArrayList<RelationshipFinding> findings = new ArrayList<>(1);
        ArrayList<Assessment> assessments = new ArrayList<>(2);
        switch (treaty) {
            case FALSE -> {
                String reasoning = Texts.of("no treaty of mutual legal assistance binds ", requesting, " and ", requested, " on ", on, ", so ",
                        what, " apply (", citationText, ")", FROM_PARTY_DATA);
                findings.add(finding(RelationshipFinding.Effect.PROVISIONS_APPLY, List.of(), () -> withoutSource(reasoning)));
                assessments.add(ctx.systemAssessment(StandardAssessments.MLA_TREATY_BINDS, false, reasoning));
            }
            case TRUE -> {
                List<String> treaties = ctx.mlaTreatiesBindingBoth(instrumentId);
                List<String> agreedIn = new ArrayList<>(0);
                for (BilateralTreaty t : ctx.bilateralTreaties()) {
                    if (t.mlaTreaty() && t.agreedToApplyConventionProvisions().contains(instrumentId)) {
                        agreedIn.add(t.id());
                    }
                }
                boolean agreed = agreementPossible && !agreedIn.isEmpty();
                String names = treaties.size() == 1 ? treaties.get(0) : String.join(", ", treaties);
                String binds = Texts.of(names, treaties.size() == 1 ? " binds " : " bind ", requesting, " and ", requested, " on ", on);
                assessments.add(ctx.systemAssessment(StandardAssessments.MLA_TREATY_BINDS, true, Texts.of(binds, FROM_PARTY_DATA)));
                if (agreed) {
                    String reasoning = Texts.of(binds, ", but the States agreed (", String.join(", ", agreedIn), ") to apply ", what,
                            " instead of the treaty's corresponding provisions (", citationText, ")", FROM_PARTY_DATA);
                    findings.add(finding(RelationshipFinding.Effect.PROVISIONS_APPLY, treaties, () -> withoutSource(reasoning)));
                    assessments.add(ctx.systemAssessment(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, true, reasoning));
                } else {
                    findings.add(finding(RelationshipFinding.Effect.PROVISIONS_DISPLACED, treaties, () -> Texts.of(binds, ", so ", what,
                            " give way to the corresponding provisions of ", names, " (", citationText, ")")));
                    if (agreementPossible) {
                        assessments.add(ctx.systemAssessment(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false,
                                Texts.of("no agreement to apply ", what, " instead of ", names,
                                        " is recorded in the party data; a host that knows of one should assess this itself")));
                    }
                }
            }
            case UNKNOWN -> findings.add(finding(RelationshipFinding.Effect.UNDETERMINED, List.of(), () -> Texts.of("the party data cannot tell ",
                    "whether a treaty of mutual legal assistance binds ", requesting, " and ", requested, " on ", on, ", so whether ", what,
                    " apply is open (", citationText, ")")));
        }
        return new RelationshipResult(FrozenList.of(findings), FrozenList.of(assessments));
    }

    /** A finding whose explanation is worded when first read. */
    private RelationshipFinding finding(RelationshipFinding.Effect effect, List<String> by, java.util.function.Supplier<String> why) {
        return RelationshipFinding.worded(id(), effect, instrumentId, by, provisionsNamed, citation, why);
    }

    /** @return an assessment's reasoning without its closing source, which is the finding's explanation */
    private static String withoutSource(String reasoning) {
        return reasoning.substring(0, reasoning.length() - FROM_PARTY_DATA.length());
    }

    @Override
    public String toString() {
        return "ResidualProvisionsRule[" + id() + "]";
    }
}
