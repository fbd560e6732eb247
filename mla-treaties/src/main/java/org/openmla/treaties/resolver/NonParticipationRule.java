package org.openmla.treaties.resolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.rules.Citation;
import org.openmla.core.internal.Checks;

/**
 * States that do not take part in an instrument although it is adopted for a group they belong to, and what applies
 * with them instead: e.g. Ireland and Denmark, which are not bound by the European Investigation Order Directive
 * (Directive 2014/41/EU recitals 44 and 45), so that between them and the other Member States ETS 30 and its
 * protocols and the 2000 EU Convention continue to apply. A request that claims the instrument with such a State gets a
 * legal-basis finding saying so, citing the recital, and pointing to the instruments that apply instead. Immutable and
 * thread-safe.
 */
public final class NonParticipationRule implements InstrumentRelationship {

    private final String id;
    private final String instrumentId;
    private final Map<Jurisdiction, String> nonParticipants;
    private final List<String> instead;
    private final Citation citation;

    /**
     * @param id a stable id, e.g. {@code EIO.NON-PARTICIPATION}
     * @param instrumentId the instrument, e.g. {@code EIO}
     * @param nonParticipants the States that do not take part, each with where the text says so in words (e.g. {@code IE}
     *     with {@code "EIO recital 44, Protocol No 21"}; recitals are not articles, so they are named here, not cited)
     * @param instead the instruments that continue to apply with them, in order, e.g. {@code ETS30, ETS99, ETS182, EU2000}
     * @param citation the provision on the instrument's relationship to the others, e.g. {@code EIO art. 34(1)}
     */
    public NonParticipationRule(String id, String instrumentId, Map<Jurisdiction, String> nonParticipants, List<String> instead, Citation citation) {
        this.id = Checks.text(id, "id", 100);
        this.instrumentId = LegalBasis.checkInstrumentId(instrumentId);
        this.nonParticipants = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(nonParticipants, "nonParticipants")));
        this.nonParticipants.values().forEach(c -> Checks.text(c, "nonParticipants", 200));
        this.instead = Checks.textList(instead, "instead", 40);
        this.instead.forEach(LegalBasis::checkInstrumentId);
        this.citation = Objects.requireNonNull(citation, "citation");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        List<String> who = new ArrayList<>();
        nonParticipants.forEach((s, c) -> who.add(s + " (" + c + ")"));
        return String.join(", ", who) + " do not take part in " + instrumentId + "; with them " + String.join(", ", instead)
                + " continue to apply (" + citation + ").";
    }

    @Override
    public RelationshipResult apply(RelationshipContext ctx) {
        Optional<Jurisdiction> out = nonParticipants.containsKey(ctx.requested()) ? Optional.of(ctx.requested())
                : nonParticipants.containsKey(ctx.requesting()) ? Optional.of(ctx.requesting()) : Optional.empty();
        if (out.isEmpty() || ctx.bothBound(instrumentId).isTrue()) {
            return RelationshipResult.none();
        }
        Jurisdiction state = out.get();
        List<String> applying = instead.stream().filter(i -> !ctx.bothBound(i).isFalse()).toList();
        String text = instrumentId + " does not apply between " + ctx.requesting() + " and " + ctx.requested() + ": " + state
                + " is not bound by it (" + nonParticipants.get(state) + ")"
                + "; " + (applying.isEmpty() ? "none of " + String.join(", ", instead) + " binds both States in the party data"
                        : String.join(", ", applying) + " " + (applying.size() == 1 ? "applies" : "apply") + " between them instead")
                + " (" + citation + ")";
        return new RelationshipResult(List.of(new RelationshipFinding(id, RelationshipFinding.Effect.NOT_APPLICABLE_BETWEEN, instrumentId, applying,
                Optional.empty(), citation, text)), List.of());
    }

    /** @return the citation on the relationship with the other instruments */
    public Citation citation() {
        return citation;
    }

    @Override
    public String toString() {
        return "NonParticipationRule[" + id + "]";
    }
}
