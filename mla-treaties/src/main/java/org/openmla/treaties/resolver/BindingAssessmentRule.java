package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;

/**
 * Answers an assessment with whether both States are bound by an instrument on the date, for a pack that conditions
 * some of its rules on it: e.g. whether an additional protocol (ETS 99, ETS 182) binds two Parties to ETS 30, or a
 * convention that removes a ground of refusal for its offences (ETS 90). The pack asks the assessment in its rules;
 * this relationship supplies the answer from party data, attributed to {@value RelationshipContext#SYSTEM}.
 *
 * <p>Fails closed: where the party data has no entry for the instrument, or cannot tell whether both States are bound,
 * it supplies nothing, so the engine asks the host. It applies only where the instrument whose pack reads the answer
 * ({@code forInstrument}) binds both States, since otherwise that pack does not govern the request. Immutable and
 * thread-safe.
 */
public final class BindingAssessmentRule implements InstrumentRelationship {

    private static final String FROM_PARTY_DATA = "; from party data";

    private final String instrumentId;
    private final String forInstrument;
    private final AssessmentKey key;
    private final String provisions;
    private final Citation citation;
    private final String citationText;
    private final java.util.Set<String> concerns;
    private final List<String> byInstruments;
    private final Optional<String> provisionsNamed;

    /**
     * @param instrumentId the instrument whose binding is assessed, e.g. {@code ETS99}
     * @param forInstrument the instrument whose pack reads the answer, e.g. {@code ETS30}
     * @param key the assessment the pack asks, e.g. {@code BOUND_BY_ETS99}
     * @param provisions what becomes applicable when both are bound, in words, e.g. {@code the rules of ETS 99}
     * @param citation the provision that makes the instrument modify or supplement the other, e.g. {@code ETS90 art. 8(3)}
     */
    public BindingAssessmentRule(String instrumentId, String forInstrument, AssessmentKey key, String provisions, Citation citation) {
        this.instrumentId = LegalBasis.checkInstrumentId(instrumentId);
        this.forInstrument = LegalBasis.checkInstrumentId(forInstrument);
        this.key = Objects.requireNonNull(key, "key");
        this.provisions = Checks.text(provisions, "provisions", 200);
        this.citation = Objects.requireNonNull(citation, "citation");
        this.citationText = citation.toString();
        this.byInstruments = List.of(this.instrumentId);
        this.provisionsNamed = Optional.of(this.provisions);
        this.concerns = forInstrument.equals(instrumentId) ? java.util.Set.of(instrumentId) : java.util.Set.of(forInstrument, instrumentId);
    }

    @Override
    public String id() {
        return key.id();
    }

    /** @return the instrument whose pack reads the answer, and the instrument assessed */
    @Override
    public java.util.Set<String> concerns() {
        return concerns;
    }

    @Override
    public String description() {
        return "Whether both States are bound by " + instrumentId + " (" + citation + ") decides whether " + provisions + " apply to requests under "
                + forInstrument + "; answered from party data as " + key.id() + ", or asked where the data cannot tell.";
    }

    @Override
    public RelationshipResult apply(RelationshipContext ctx) {
        if (!ctx.bothBound(forInstrument).isTrue()) {
            return RelationshipResult.none();
        }
        InstrumentStatus status = ctx.statusOrNull(instrumentId);
        String requesting = ctx.requesting().toString();
        String requested = ctx.requested().toString();
        if (status == null) {
            return new RelationshipResult(List.of(finding(RelationshipFinding.Effect.UNDETERMINED, () -> Texts.of("there is no party data for ",
                    instrumentId, ", so whether ", provisions, " apply between ", requesting, " and ", requested, " is open; ", key.id(),
                    " is left for the host to assess"))), List.of());
        }
        String on = ctx.dateText();
        String first = status.requesting().explanation();
        String second = status.requested().explanation();
        return switch (status.bothBound()) {
            case TRUE -> {
                String reasoning = Texts.of(instrumentId, " binds both ", requesting, " and ", requested, " on ", on, ", so ", provisions,
                        " apply (", citationText, "): ", first, "; ", second, FROM_PARTY_DATA);
                yield new RelationshipResult(List.of(finding(RelationshipFinding.Effect.PROVISIONS_APPLY,
                        () -> reasoning.substring(0, reasoning.length() - FROM_PARTY_DATA.length()))),
                        List.of(ctx.systemAssessment(key, true, reasoning)));
            }
            case FALSE -> new RelationshipResult(List.of(), List.of(ctx.systemAssessment(key, false, Texts.of(instrumentId,
                    " does not bind both ", requesting, " and ", requested, " on ", on, ", so ", provisions, " do not apply: ", first, "; ",
                    second, FROM_PARTY_DATA))));
            case UNKNOWN -> new RelationshipResult(List.of(finding(RelationshipFinding.Effect.UNDETERMINED, () -> Texts.of(
                    "the party data cannot tell whether ", instrumentId, " binds both ", requesting, " and ", requested, " on ", on, " (",
                    first, "; ", second, "), so whether ", provisions, " apply is open; ", key.id(), " is left for the host to assess"))),
                    List.of());
        };
    }

    /** A finding whose explanation is worded when first read. */
    private RelationshipFinding finding(RelationshipFinding.Effect effect, java.util.function.Supplier<String> why) {
        return RelationshipFinding.worded(id(), effect, forInstrument, byInstruments, provisionsNamed, citation, why);
    }

    @Override
    public String toString() {
        return "BindingAssessmentRule[" + id() + "]";
    }
}
