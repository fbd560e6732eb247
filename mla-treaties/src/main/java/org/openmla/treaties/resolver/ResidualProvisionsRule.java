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

    private final String instrumentId;
    private final String provisions;
    private final Citation citation;
    private final boolean agreementPossible;
    private final String id;

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
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the instrument whose provisions this rule concerns */
    @Override
    public java.util.Set<String> concerns() {
        return java.util.Set.of(instrumentId);
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
        String what = instrumentId + " " + provisions;
        List<RelationshipFinding> findings = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        switch (treaty) {
            case FALSE -> {
                String why = "no treaty of mutual legal assistance binds " + ctx.requesting() + " and " + ctx.requested() + " on " + ctx.date()
                        + ", so " + what + " apply (" + citation + ")";
                findings.add(finding(RelationshipFinding.Effect.PROVISIONS_APPLY, List.of(), why));
                assessments.add(ctx.systemAssessment(StandardAssessments.MLA_TREATY_BINDS, false, why + "; from party data"));
            }
            case TRUE -> {
                List<String> treaties = ctx.mlaTreatiesBindingBoth(instrumentId);
                List<String> agreedIn = ctx.bilateralTreaties().stream()
                        .filter(t -> t.mlaTreaty() && t.agreedToApplyConventionProvisions().contains(instrumentId))
                        .map(BilateralTreaty::id).toList();
                boolean agreed = agreementPossible && !agreedIn.isEmpty();
                String binds = String.join(", ", treaties) + " bind" + (treaties.size() == 1 ? "s " : " ") + ctx.requesting() + " and "
                        + ctx.requested() + " on " + ctx.date();
                assessments.add(ctx.systemAssessment(StandardAssessments.MLA_TREATY_BINDS, true, binds + "; from party data"));
                if (agreed) {
                    String why = binds + ", but the States agreed (" + String.join(", ", agreedIn) + ") to apply " + what + " instead of the treaty's "
                            + "corresponding provisions (" + citation + ")";
                    findings.add(finding(RelationshipFinding.Effect.PROVISIONS_APPLY, treaties, why));
                    assessments.add(ctx.systemAssessment(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, true, why + "; from party data"));
                } else {
                    String why = binds + ", so " + what + " give way to the corresponding provisions of " + String.join(", ", treaties) + " ("
                            + citation + ")";
                    findings.add(finding(RelationshipFinding.Effect.PROVISIONS_DISPLACED, treaties, why));
                    if (agreementPossible) {
                        assessments.add(ctx.systemAssessment(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false,
                                "no agreement to apply " + what + " instead of " + String.join(", ", treaties)
                                        + " is recorded in the party data; a host that knows of one should assess this itself"));
                    }
                }
            }
            case UNKNOWN -> findings.add(finding(RelationshipFinding.Effect.UNDETERMINED, List.of(), "the party data cannot tell whether a treaty "
                    + "of mutual legal assistance binds " + ctx.requesting() + " and " + ctx.requested() + " on " + ctx.date()
                    + ", so whether " + what + " apply is open (" + citation + ")"));
        }
        return new RelationshipResult(findings, assessments);
    }

    private RelationshipFinding finding(RelationshipFinding.Effect effect, List<String> by, String why) {
        return new RelationshipFinding(id(), effect, instrumentId, by, Optional.of(provisions), citation, why);
    }

    @Override
    public String toString() {
        return "ResidualProvisionsRule[" + id() + "]";
    }
}
